// Run by `scripts/check-package.sh` in a scratch project that installed the packed errorkit
// tarball: Node must resolve and load every entry point, and `ErrorDisplay` must server-render.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

const core = await import('errorkit');
const react = await import('errorkit/react');
const query = await import('errorkit/query');
const form = await import('errorkit/react-hook-form');
const rtkQuery = await import('errorkit/rtk-query');
const swr = await import('errorkit/swr');
const apollo = await import('errorkit/apollo');
const tanstackForm = await import('errorkit/tanstack-form');
const { de } = await import('errorkit/locales/de');
const { ar } = await import('errorkit/locales/ar');
const { fr } = await import('errorkit/locales/fr');
const { es } = await import('errorkit/locales/es');
const { ptBR } = await import('errorkit/locales/pt-BR');
const { ja } = await import('errorkit/locales/ja');
const { zhCN } = await import('errorkit/locales/zh-CN');
const locales = { de, ar, fr, es, 'pt-BR': ptBR, ja, 'zh-CN': zhCN };

for (const [entry, names] of [
  [
    'errorkit',
    [core, ['classifyError', 'HttpError', 'fetchJson', 'retryDecision', 'ERROR_KINDS', 'errorKit']],
  ],
  [
    'errorkit/react',
    [react, ['ErrorDisplay', 'RetryBanner', 'ErrorKitProvider', 'errorKit', 'en']],
  ],
  ['errorkit/query', [query, ['retryPolicy', 'useRetryState', 'QueryErrorBoundary']]],
  [
    'errorkit/react-hook-form',
    [form, ['applyServerErrors', 'useClearServerErrors', 'useServerErrors']],
  ],
  [
    'errorkit/rtk-query',
    [rtkQuery, ['errorkitBaseQuery', 'useRetryState', 'RtkReauthProvider', 'ReauthOutlet']],
  ],
  [
    'errorkit/swr',
    [swr, ['errorkitOnErrorRetry', 'swrConfig', 'useRetryState', 'SWRReauthProvider']],
  ],
  ['errorkit/apollo', [apollo, ['retryLink', 'useRetryState', 'ApolloReauthProvider']]],
  [
    'errorkit/tanstack-form',
    [tanstackForm, ['applyServerErrors', 'useClearServerErrors', 'useServerErrors']],
  ],
]) {
  const [module, exported] = names;
  for (const name of exported) assert.ok(module[name], `${entry} exports ${name}`);
}
assert.equal(core.ERROR_KINDS.length, 13);
for (const [name, catalog] of Object.entries(locales)) {
  assert.equal(catalog?.locale, name, `errorkit/locales/${name} exports its catalog`);
}

const css = fileURLToPath(import.meta.resolve('errorkit/styles.css'));
assert.ok(existsSync(css), `errorkit/styles.css resolves to an existing file (${css})`);
assert.ok(existsSync(fileURLToPath(import.meta.resolve('errorkit/package.json'))));

const { HttpError } = core;
const { ErrorDisplay, ErrorKitProvider } = react;

function render(error, props = {}, provider = {}) {
  return renderToString(h(ErrorKitProvider, provider, h(ErrorDisplay, { error, ...props })));
}

// Each expected text is found in the markup (attributes) or in the text a reader sees, where
// payload values sit in elements of their own (`Reference: <bdi dir="ltr">req_1</bdi>`).
function expectTexts(label, html, texts) {
  const seen = html.replace(/<[^>]*>/g, '');
  for (const text of texts) {
    assert.ok(html.includes(text) || seen.includes(text), `${label}: expected ${text} in ${html}`);
  }
}

const invalid = new HttpError({
  status: 422,
  method: 'POST',
  body: {
    message: 'The given data was invalid.',
    errors: { email: ['Enter an email address.'], amount: ['Enter an amount.'] },
  },
});
expectTexts('422', render(invalid), [
  'data-kind="validation"',
  'There is a problem',
  'href="#email"',
  'Enter an email address.',
  'href="#amount"',
  'Enter an amount.',
]);

const unavailable = new HttpError({
  status: 503,
  headers: { 'retry-after': '5', 'x-request-id': 'req_503' },
});
expectTexts('503', render(unavailable, { retry: { onRetry: () => {} } }), [
  'data-kind="unavailable"',
  'Service unavailable',
  'Reference: req_503',
]);

// Each catalog from its own entry point reaches the rendered markup.
for (const [name, catalog] of Object.entries(locales)) {
  const html = render(unavailable, {}, { messages: catalog });
  assert.ok(!html.includes('Service unavailable'), `503 (${name}): still English: ${html}`);
  assert.ok(html.includes(catalog.kinds.unavailable.title), `503 (${name}): ${html}`);
}

console.log('consumer ssr: entry points load; ErrorDisplay renders 422 and 503 on the server');
