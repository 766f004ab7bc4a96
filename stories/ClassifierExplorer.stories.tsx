import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ERROR_KINDS } from '../src/core';
import { inputFixtures, responseFixture, responseFixtures } from '../test/fixtures';
import { ClassifierExplorer, type ClassifierExplorerProps } from './explorer/ClassifierExplorer';
import { ClassifyPlayground } from './explorer/ClassifyPlayground';
import { FixtureTable } from './explorer/FixtureTable';
import { buildEntries } from './explorer/model';
import './explorer/explorer.css';

/**
 * Every shared fixture, classified once when the stories load. Kept out of `args`: Storybook
 * walks args, and some fixtures are hostile on purpose (getters that throw, cycles).
 */
const entries = buildEntries(responseFixtures, inputFixtures);

/** The explorer over the shared fixtures. */
function FixtureExplorer(props: Omit<ClassifierExplorerProps, 'entries'>) {
  return <ClassifierExplorer entries={entries} {...props} />;
}

const SEED_004_401 = 'seed-004-401-missing-token';
const LARAVEL_422 = 'seed-002-422-validation-example';

/** A fixture's button in the list: its accessible name starts with the fixture id. */
function fixtureButton(canvasElement: HTMLElement, id: string): HTMLElement {
  const nav = within(canvasElement).getByRole('navigation', { name: 'Fixtures' });
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return within(nav).getByRole('button', { name: new RegExp(`^${escaped}\\s*:`) });
}

/** The value shown for a term in the classification's definition list. */
function classified(canvasElement: HTMLElement, term: string): string {
  const section = within(canvasElement).getByRole('heading', { name: 'Classification' })
    .parentElement as HTMLElement;
  const dt = within(section)
    .getAllByRole('term')
    .find((node) => node.textContent === term);
  return dt?.nextElementSibling?.textContent ?? '';
}

const meta = {
  title: 'Introduction/Classifier explorer',
  component: FixtureExplorer,
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A debugging tool for `classifyError`: every shared fixture (`test/fixtures`), its input and its classification, compared with what the fixture expects.',
      },
    },
  },
  argTypes: {
    initialFixture: {
      control: 'select',
      options: entries.map((entry) => entry.id),
    },
    initialKind: {
      control: 'select',
      options: ['all', ...ERROR_KINDS],
    },
  },
} satisfies Meta<typeof FixtureExplorer>;

export default meta;

type Story = StoryObj<typeof meta>;

/** Scripted flows run as tests and stay off the docs page, which shows resting states. */
const FLOW = ['!autodocs'];

/** Pick a fixture on the left; its input and classification show on the right. */
export const Explorer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Opens unfiltered: every fixture is listed.
    const nav = canvas.getByRole('navigation', { name: 'Fixtures' });
    // Counted with a selector: a role query over hundreds of buttons computes each one's
    // accessible name and takes seconds.
    await expect(nav.querySelectorAll('button')).toHaveLength(entries.length);
    await expect(canvas.getByLabelText('Kind')).toHaveValue('all');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      `Showing ${entries.length} of ${entries.length} fixtures`,
    );
  },
};

/** Picking fixtures and filtering by kind. */
export const ExplorerFlow: Story = {
  name: 'Explorer flow',
  tags: FLOW,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('the documented seed 004 401 is unauthenticated, code 1002', async () => {
      await userEvent.click(fixtureButton(canvasElement, SEED_004_401));
      await expect(
        canvas.getByRole('heading', { level: 2, name: `Fixture ${SEED_004_401}` }),
      ).toBeVisible();
      await expect(classified(canvasElement, 'Kind')).toBe('unauthenticated');
      await expect(classified(canvasElement, 'Code')).toBe('1002');
      await expect(classified(canvasElement, 'Message')).toBe('Token could not be located.');
      await expect(classified(canvasElement, 'Retryable')).toBe('No');
    });

    await step('the Laravel-style 422 lists both messages for email', async () => {
      await userEvent.click(fixtureButton(canvasElement, LARAVEL_422));
      await expect(classified(canvasElement, 'Kind')).toBe('validation');
      const fields = canvas.getByRole('table', { name: /^Field errors/ });
      const email = within(fields).getByRole('row', { name: /^email\b/ });
      const messages = within(email)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
      await expect(messages).toEqual(
        responseFixture(LARAVEL_422).expected.fieldErrors?.email ?? ['(fixture changed)'],
      );
      await expect(messages).toEqual([
        'The email field is required.',
        'The email must be a valid email address.',
      ]);
    });

    await step('filtering by rate-limited lists only rate-limited fixtures', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Kind'), 'rate-limited');
      const expectedCount = entries.filter((entry) => entry.result.kind === 'rate-limited').length;
      await expect(expectedCount).toBeGreaterThan(0);
      const nav = canvas.getByRole('navigation', { name: 'Fixtures' });
      await waitFor(() => expect(nav.querySelectorAll('button')).toHaveLength(expectedCount));
      for (const button of within(nav).getAllByRole('button')) {
        await expect(button).toHaveTextContent(/: ?rate-limited ·/);
      }
      await expect(canvas.getByRole('status')).toHaveTextContent(
        `Showing ${expectedCount} of ${entries.length} fixtures`,
      );
      // The details follow the list: a rate-limited fixture is shown.
      await expect(classified(canvasElement, 'Kind')).toBe('rate-limited');
    });
  },
};

/** Opens on one fixture, e.g. from a link: `?args=initialFixture:<id>`. */
export const HtmlProxyPage: Story = {
  name: 'An HTML proxy page',
  args: { initialFixture: 'nginx-502-html' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Fixture nginx-502-html' }),
    ).toBeVisible();
    // The page is shown as escaped source text, never rendered.
    const body = canvas.getByText(/<html/i, { selector: 'pre' });
    await expect(body.children).toHaveLength(0);
    await expect(classified(canvasElement, 'Kind')).toBe('unavailable');
  },
};

/** A thrown value whose getters throw: shown and classified without the page failing. */
export const HostileInput: Story = {
  name: 'A hostile thrown value',
  args: { initialFixture: 'unknown-throwing-getters' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Fixture unknown-throwing-getters' }),
    ).toBeVisible();
    await expect(canvas.getByText(/status getter exploded/, { selector: 'pre' })).toBeVisible();
    await expect(classified(canvasElement, 'Kind')).toBe('unknown');
  },
};

/** Every fixture in one table: id, status, kind, code, message, fields, wait hint. */
export const AllFixtures: Story = {
  name: 'All fixtures',
  parameters: { controls: { disable: true } },
  render: () => <FixtureTable entries={entries} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: 'What classifyError makes of every fixture' });
    const [, body] = within(table).getAllByRole('rowgroup');
    await expect(within(body as HTMLElement).getAllByRole('row')).toHaveLength(
      responseFixtures.length + inputFixtures.length,
    );
    await expect(
      within(table).getByRole('rowheader', { name: SEED_004_401 }).closest('tr'),
    ).toHaveTextContent('unauthenticated');
  },
};

/** The playground with its own sample: a Laravel-style 422. */
const samplePlayground = () => (
  <ClassifyPlayground
    initialStatus={422}
    initialMethod="POST"
    initialHeaders={'content-type: application/json\nx-request-id: req-123'}
    initialBody={JSON.stringify(
      {
        message: 'The given data was invalid.',
        errors: { email: ['The email field is required.'] },
      },
      null,
      2,
    )}
  />
);

/** Paste a status, headers and a body and see the classification as you type. */
export const Playground: Story = {
  name: 'Classify a pasted response',
  parameters: { controls: { disable: true } },
  render: samplePlayground,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Shows its own sample untouched.
    await expect(canvas.getByLabelText('Status')).toHaveValue(422);
    await expect(classified(canvasElement, 'Kind')).toBe('validation');
    await expect(classified(canvasElement, 'Request ID')).toBe('req-123');
    await expect(canvas.getByRole('row', { name: /^email\b/ })).toBeVisible();
  },
};

/** Typing a broken body, then a 429 with `Retry-After`, reclassifies as you type. */
export const PlaygroundFlow: Story = {
  name: 'Classify a pasted response flow',
  tags: FLOW,
  parameters: { controls: { disable: true } },
  render: samplePlayground,
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const body = canvas.getByLabelText('Body');
    const status = canvas.getByLabelText('Status');
    const headers = canvas.getByLabelText('Headers');

    await step('the starting body is a validation error', async () => {
      await expect(classified(canvasElement, 'Kind')).toBe('validation');
      await expect(classified(canvasElement, 'Request ID')).toBe('req-123');
      await expect(canvas.getByRole('row', { name: /^email\b/ })).toBeVisible();
    });

    await step('a body that is not JSON is read as text, without crashing', async () => {
      await userEvent.clear(body);
      await userEvent.click(body);
      await userEvent.paste('{"message": "The coupon has expired.", ');
      await expect(
        canvas.getByText('The body is not valid JSON, so it is passed as text.', {
          exact: false,
        }),
      ).toBeVisible();
      await expect(classified(canvasElement, 'Kind')).toBe('validation');
    });

    await step('a 429 with Retry-After is rate-limited with a wait', async () => {
      await userEvent.clear(status);
      await userEvent.type(status, '429');
      await userEvent.click(headers);
      await userEvent.paste('\nretry-after: 30');
      await userEvent.clear(body);
      await userEvent.click(body);
      await userEvent.paste('Too many requests, slow down.');
      await expect(classified(canvasElement, 'Kind')).toBe('rate-limited');
      await expect(classified(canvasElement, 'Retry after')).toBe('30,000 ms (30 s)');
      await expect(classified(canvasElement, 'Retryable')).toBe('Yes');
    });
  },
};
