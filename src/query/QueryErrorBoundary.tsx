'use client';

import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorDisplay, type ErrorDisplayProps } from '../components/ErrorDisplay/ErrorDisplay';
import { useErrorKit } from '../react/kitContext';
import { useClassifiedError } from '../react/useClassifiedError';

/** What a replacement fallback of {@link QueryErrorBoundary} receives. */
export interface QueryErrorBoundaryFallbackProps {
  /** The error the boundary caught, as thrown. */
  error: unknown;
  /** Lets failed queries fetch again (`QueryErrorResetBoundary`'s `reset`) and renders the children again. */
  resetErrorBoundary: () => void;
}

/** Props of {@link QueryErrorBoundary}: `ErrorDisplay`'s except `error` and `retry`, plus these. */
export interface QueryErrorBoundaryProps
  extends Omit<ErrorDisplayProps, 'error' | 'onError' | 'retry'> {
  children?: ReactNode;
  /**
   * Renders the caught error instead of `ErrorDisplay`.
   * @default `ErrorDisplay` with a "Try again" button
   */
  fallback?: (props: QueryErrorBoundaryFallbackProps) => ReactNode;
  /** Called with what the boundary caught (for logging). */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface BoundaryProps extends QueryErrorBoundaryProps {
  reset: () => void;
}

interface BoundaryState {
  caught: { error: unknown } | undefined;
}

/** The class that catches: React has no hook for that. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { caught: undefined };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: { error } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  resetErrorBoundary = (): void => {
    // First let the failed queries fetch again, then render the children that start them.
    this.props.reset();
    this.setState({ caught: undefined });
  };

  override render(): ReactNode {
    const { caught } = this.state;
    const { children, fallback, reset: _reset, onError: _onError, ...display } = this.props;
    if (!caught) return children;
    const props = { error: caught.error, resetErrorBoundary: this.resetErrorBoundary };
    if (fallback) return fallback(props);
    return <DefaultFallback {...display} {...props} />;
  }
}

function DefaultFallback({
  error,
  resetErrorBoundary,
  banner,
  ...display
}: Omit<QueryErrorBoundaryProps, 'children' | 'fallback' | 'onError'> &
  QueryErrorBoundaryFallbackProps) {
  const { messages } = useErrorKit();
  const classified = useClassifiedError(error);
  // Retryable failures get "Try again" from their retry banner (its retries are over here);
  // every other kind gets a button of the boundary's own.
  const bannerShown = classified?.retryable === true && !display.renderers?.[classified.kind];
  return (
    <div className="ek-query-error-boundary" data-ek="query-error-boundary">
      <ErrorDisplay
        {...display}
        error={error}
        retry={{ onRetry: resetErrorBoundary }}
        banner={{ ...banner, exhausted: true }}
      />
      {!bannerShown && (
        <button
          type="button"
          className="ek-query-error-boundary__try-again"
          data-ek-action="try-again"
          onClick={resetErrorBoundary}
        >
          {messages.tryAgain}
        </button>
      )}
    </div>
  );
}

/**
 * An error boundary for queries that throw (`throwOnError`, `useSuspenseQuery`). "Try again"
 * resets the surrounding `QueryErrorResetBoundary` first, so the failed queries fetch again.
 */
export function QueryErrorBoundary(props: QueryErrorBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary();
  return <Boundary {...props} reset={reset} />;
}
