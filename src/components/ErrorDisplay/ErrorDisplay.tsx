import type { CSSProperties } from 'react';
import { useErrorKit } from '../../react/ErrorKitProvider';
import type { ErrorKindRenderers } from '../../react/renderers';
import { useClassifiedError } from '../../react/useClassifiedError';

export type { ErrorKindRendererProps, ErrorKindRenderers } from '../../react/renderers';

import { ErrorSummary, type ErrorSummaryProps } from '../ErrorSummary';
import { PermissionNotice, type PermissionNoticeProps } from '../PermissionNotice';
import { ReauthPrompt, type ReauthPromptProps } from '../ReauthPrompt';
import { RetryBanner, type RetryBannerProps } from '../RetryBanner';
import { ErrorNotice } from './ErrorNotice';

/** Props of {@link ErrorDisplay}. */
export interface ErrorDisplayProps {
  /** The failed call's error, raw or already classified. `null`/`undefined` render nothing. */
  error: unknown;
  /**
   * Replace the rendering of any kind; wins over the provider's `renderers`.
   * @default the provider's `renderers`
   */
  renderers?: ErrorKindRenderers;
  /**
   * Passed to `RetryBanner` (rate-limited, unavailable, server, timeout, network), e.g.
   * `{ retryState }` from `useRetryState` in `errorkit/query` for a countdown on the real schedule.
   */
  retry?: Omit<RetryBannerProps, 'error'>;
  /** Passed to `ErrorSummary` (validation, and conflicts with field errors). */
  summary?: Omit<ErrorSummaryProps, 'error'>;
  /** Passed to `ReauthPrompt` (unauthenticated). */
  reauth?: Omit<ReauthPromptProps, 'error'>;
  /** Passed to `PermissionNotice` (forbidden). */
  permission?: Omit<PermissionNoticeProps, 'error'>;
  /** Class name and style for the root of whichever component renders. */
  className?: string;
  style?: CSSProperties;
}

/**
 * Renders the right component for the error's kind: `ErrorSummary` for validation,
 * `ReauthPrompt` for unauthenticated, `PermissionNotice` for forbidden, `RetryBanner` for
 * failures that may succeed later, and a plain notice for the rest. A cancelled request shows
 * nothing: the user or the app chose to stop it.
 */
export function ErrorDisplay({
  error,
  renderers,
  retry,
  summary,
  reauth,
  permission,
  className,
  style,
}: ErrorDisplayProps) {
  const kit = useErrorKit();
  const classified = useClassifiedError(error);
  if (!classified) return null;
  const Replacement = renderers?.[classified.kind] ?? kit.renderers?.[classified.kind];
  if (Replacement) return <Replacement error={classified} />;
  const root = { className, style };
  switch (classified.kind) {
    case 'cancelled':
      return null;
    case 'validation':
      return <ErrorSummary {...summary} {...root} error={classified} />;
    case 'unauthenticated':
      return <ReauthPrompt {...reauth} {...root} error={classified} />;
    case 'forbidden':
      return <PermissionNotice {...permission} {...root} error={classified} />;
    case 'conflict':
      if (Object.keys(classified.fieldErrors).length > 0) {
        return <ErrorSummary {...summary} {...root} error={classified} />;
      }
      return <ErrorNotice {...root} error={classified} />;
    default:
      if (classified.retryable) return <RetryBanner {...retry} {...root} error={classified} />;
      return <ErrorNotice {...root} error={classified} />;
  }
}
