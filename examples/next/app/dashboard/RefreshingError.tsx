'use client';

import type { SerializedError } from 'errorkit';
import { ErrorDisplay } from 'errorkit/react';
import { useRouter } from 'next/navigation';

// Retrying means rendering the server component again: `router.refresh()` asks the server for
// the page, which asks the backend. Each answer is a new error object for the same failure;
// errorkit counts them as attempts, waits the server's Retry-After between them and stops after
// `maxRetries` (3), offering "Try again".
export function RefreshingError({ error }: { error: SerializedError }) {
  const router = useRouter();
  return <ErrorDisplay error={error} retry={{ onRetry: () => router.refresh() }} />;
}
