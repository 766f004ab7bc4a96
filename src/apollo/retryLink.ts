import { ApolloLink, CombinedGraphQLErrors } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';
import { retryWait } from '../headless/retryWait';
import { defaultKit } from '../kit/errorKit';
import type { ErrorKit } from '../kit/types';
import { operationKey } from './operationKey';
import { apolloReauth, apolloRetries } from './tracker';

type Result = ApolloLink.Result;

/** Refetches the queries the page watches with this operation and variables. */
function refetchWatching(client: ApolloLink.Operation['client'], key: string) {
  const refetches = [...client.getObservableQueries('active')]
    .filter((query) => operationKey(query.queryName, query.variables) === key)
    .map((query) => query.refetch());
  return Promise.allSettled(refetches);
}

/**
 * A link, placed before the `HttpLink`, that retries operations by the kit's rules, as
 * `RetryLink` does but with the server's `Retry-After`: no retry for validation, auth,
 * permission, not-found, conflict or cancelled errors (GraphQL errors over HTTP 200 included),
 * exactly the server's wait for 429/503, full-jitter backoff otherwise, never a mutation without
 * an `Idempotency-Key`, waits over a minute left to the banner. While offline the retry waits for
 * the network. It also tells `ApolloReauthProvider` of every `unauthenticated` failure.
 */
export function retryLink(kit: ErrorKit = defaultKit()): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<Result>((observer) => {
        const key = operationKey(operation.operationName, operation.variables);
        const mutation = operation.operationType === 'mutation';
        const maxRetries = kit.retryOptions.maxRetries ?? 3;
        let failures = 0;
        let current: Subscription | undefined;
        let stopWait: (() => void) | undefined;
        let closed = false;

        const report = (raw: unknown, graphQLErrors: unknown) => {
          const classified = kit.classify(raw);
          if (classified.kind !== 'unauthenticated') return apolloReauth.settled(key);
          const { client, query, variables } = operation;
          apolloReauth.failed(key, {
            raw,
            classified,
            // Apollo makes its own error of GraphQL errors: the same list shows it is this one.
            same: (shown) =>
              graphQLErrors !== undefined &&
              (shown as { cause?: { errors?: unknown } } | undefined)?.cause?.errors ===
                graphQLErrors,
            ...(mutation
              ? { resend: () => client.mutate({ mutation: query, variables }) }
              : { refetch: () => refetchWatching(client, key) }),
          });
        };

        /** A failure: schedules the retry, or gives up with `giveUp`. */
        const failed = (raw: unknown, graphQLErrors: unknown, giveUp: () => void) => {
          failures += 1;
          const decision = kit.retryDecision(raw, failures - 1, { mutation });
          const entry = {
            raw,
            failureCount: failures,
            decision,
            maxRetries,
            nextAttemptAt: undefined as number | undefined,
            running: false,
            stopped: false,
            retryNow: () => {},
            stop: () => {},
          };
          if (!decision.retry) {
            apolloRetries.set(key, entry);
            // The query holds the error before the sign-in may refetch it.
            giveUp();
            return report(raw, graphQLErrors);
          }
          report(raw, graphQLErrors);
          const wait = retryWait(decision.delayMs);
          stopWait = wait.stop;
          apolloRetries.set(key, {
            ...entry,
            nextAttemptAt: Date.now() + decision.delayMs,
            running: true,
            retryNow: wait.now,
            stop: wait.stop,
          });
          void wait.done.then((end) => {
            stopWait = undefined;
            if (closed) return;
            if (end === 'retry') return attempt();
            apolloRetries.set(key, { ...entry, stopped: true });
            giveUp();
          });
        };

        const attempt = () => {
          apolloReauth.sending(key);
          let retrying = false;
          current = forward(operation).subscribe({
            next(result) {
              const errors = (result as { errors?: readonly unknown[] }).errors;
              if (errors?.length) {
                retrying = true;
                const raw = new CombinedGraphQLErrors(result as never);
                return failed(raw, errors, () => {
                  retrying = false;
                  observer.next(result);
                });
              }
              apolloRetries.set(key, undefined);
              apolloReauth.settled(key);
              observer.next(result);
            },
            error(error: unknown) {
              retrying = true;
              failed(error, undefined, () => observer.error(error));
            },
            complete() {
              if (!retrying) observer.complete();
            },
          });
        };

        attempt();
        return () => {
          closed = true;
          stopWait?.();
          current?.unsubscribe();
        };
      }),
  );
}
