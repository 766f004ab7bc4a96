import css from '../../src/styles/index.css?raw';
import brandCss from '../themes/brand.css?raw';
import { readTokens } from './tokens';

const tokens = readTokens(css, brandCss);

function Value({ value }: { value: string | undefined }) {
  if (!value) return <span>—</span>;
  const colour = /^#[0-9a-f]{3,8}$/i.test(value);
  return (
    <span style={{ display: 'inline-flex', gap: '0.4em', alignItems: 'center' }}>
      {colour ? (
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            width: '1em',
            height: '1em',
            border: '1px solid #667085',
            borderRadius: '0.2em',
            background: value,
          }}
        />
      ) : null}
      <code>{value}</code>
    </span>
  );
}

/** Every `--ek-*` token, read from `src/styles/index.css` and `stories/themes/brand.css`. */
export function TokenTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Custom property</th>
          <th scope="col">What it colours or sizes</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Brand (example)</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              {token.description}
              <details>
                <summary>Used by {token.usedBy.length} declarations</summary>
                <ul>
                  {token.usedBy.map((use) => (
                    <li key={use}>
                      <code>{use}</code>
                    </li>
                  ))}
                </ul>
              </details>
            </td>
            <td>
              <Value value={token.light} />
            </td>
            <td>
              <Value value={token.dark} />
            </td>
            <td>
              <Value value={token.brand} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
