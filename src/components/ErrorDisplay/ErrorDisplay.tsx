'use client';

import { type ComponentType, forwardRef } from 'react';
import { useRenderers } from '../../react/ErrorKitProvider';
import type { DefaultProps, ErrorKindRenderers } from '../../react/renderers';
import { useClassifiedError } from '../../react/useClassifiedError';
import { ErrorSummary, type ErrorSummaryProps } from '../ErrorSummary';
import { PermissionNotice, type PermissionNoticeProps } from '../PermissionNotice';
import type { RootProps } from '../parts/NoticeFrame';
import { ReauthPrompt, type ReauthPromptProps } from '../ReauthPrompt';
import { RetryBanner, type RetryBannerProps } from '../RetryBanner';
import { ErrorNotice, type ErrorNoticeProps } from './ErrorNotice';

export type { ErrorKindRendererProps, ErrorKindRenderers } from '../../react/renderers';

/** Props of {@link ErrorDisplay}. */
export interface ErrorDisplayProps extends RootProps {
  /** The failed call's error, raw or already classified. `null`/`undefined` render nothing. */
  error: unknown;
  /**
   * Replace the rendering of any kind; wins over the provider's `renderers`.
   * @default the provider's `renderers`
   */
  renderers?: ErrorKindRenderers;
  /** `RetryBanner`'s `retry`: pass a live `RetryState` to count down to the real schedule. */
  retry?: RetryBannerProps['retry'];
  /** `RetryBanner`'s other props (`exhausted`, `actions`, `messages`, `classNames`, ...). */
  banner?: Omit<RetryBannerProps, 'error' | 'retry'>;
  /** Passed to `ErrorSummary` (validation, and conflicts with field errors). */
  summary?: Omit<ErrorSummaryProps, 'error'>;
  /** Passed to `ReauthPrompt` (unauthenticated). */
  reauth?: Omit<ReauthPromptProps, 'error'>;
  /** Passed to `PermissionNotice` (forbidden). */
  permission?: Omit<PermissionNoticeProps, 'error'>;
  /** Passed to `ErrorNotice` (not found, conflict, client, unknown). */
  notice?: Omit<ErrorNoticeProps, 'error'>;
}

const Nothing = () => null;

/**
 * Renders the right component for the error's kind. A cancelled request shows nothing: the user
 * or the app chose to stop it.
 */
export const ErrorDisplay = /* @__PURE__ */ forwardRef<HTMLElement, ErrorDisplayProps>(
  function ErrorDisplay(
    { error, renderers, retry, banner, summary, reauth, permission, notice, ...root },
    ref,
  ) {
    const providerRenderers = useRenderers();
    const classified = useClassifiedError(error);
    if (!classified) return null;
    const { kind } = classified;
    // `unknown`: the components' ref types differ between React 18 and 19 type packages.
    const [Default, own]: [unknown, (object | undefined)?] =
      kind === 'cancelled'
        ? [Nothing]
        : kind === 'validation' ||
            (kind === 'conflict' && Object.keys(classified.fieldErrors).length)
          ? [ErrorSummary, summary]
          : kind === 'unauthenticated'
            ? [ReauthPrompt, reauth]
            : kind === 'forbidden'
              ? [PermissionNotice, permission]
              : classified.retryable
                ? [RetryBanner, { ...banner, retry }]
                : [ErrorNotice, notice];
    const props: DefaultProps = { ...own, ...root, ref, error: classified };
    const Replacement = renderers?.[kind] ?? providerRenderers?.[kind];
    const Shown = Default as ComponentType<DefaultProps>;
    return Replacement ? (
      <Replacement error={classified} props={props} Default={Shown} />
    ) : (
      <Shown {...props} />
    );
  },
);
