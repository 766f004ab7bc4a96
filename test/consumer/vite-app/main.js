// A tiny app built by `scripts/check-package.sh` against the packed errorkit tarball: every
// browser entry point and the stylesheet must resolve and bundle in a consumer's Vite build.
import 'errorkit/styles.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { classifyError, HttpError } from 'errorkit';
import { retryPolicy } from 'errorkit/query';
import { ErrorDisplay, ErrorKitProvider } from 'errorkit/react';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

const client = new QueryClient({ defaultOptions: { queries: { ...retryPolicy() } } });
const error = new HttpError({ status: 503, headers: { 'retry-after': '5' } });
const root = document.getElementById('root');
if (root) {
  root.dataset.kind = classifyError(error).kind;
  createRoot(root).render(
    h(
      QueryClientProvider,
      { client },
      h(ErrorKitProvider, null, h(ErrorDisplay, { error, retry: { onRetry: () => {} } })),
    ),
  );
}
