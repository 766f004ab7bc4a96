import type { Mutation, Query, QueryClient } from '@tanstack/react-query';

export type AnyMutation = Mutation<unknown, unknown, unknown, unknown>;

export interface CacheWatcher {
  /** A query or mutation is being sent. */
  sending(request: Query | AnyMutation): void;
  /** A query or mutation was added or changed (also called once for each one already there). */
  query(query: Query): void;
  mutation(mutation: AnyMutation): void;
  removedQuery(query: Query): void;
  removedMutation(mutation: AnyMutation): void;
}

/** Follows the client's query and mutation caches; returns the function that stops it. */
export function watchCaches(client: QueryClient, watcher: CacheWatcher): () => void {
  const queryCache = client.getQueryCache();
  const mutationCache = client.getMutationCache();
  for (const query of queryCache.getAll()) watcher.query(query);
  for (const mutation of mutationCache.getAll()) watcher.mutation(mutation as AnyMutation);
  const offQueries = queryCache.subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') watcher.sending(event.query);
    if (event.type === 'removed') watcher.removedQuery(event.query);
    else if (event.type === 'updated' || event.type === 'added') watcher.query(event.query);
  });
  const offMutations = mutationCache.subscribe((event) => {
    if (!event.mutation) return;
    const mutation = event.mutation as AnyMutation;
    if (event.type === 'updated' && event.action.type === 'pending') watcher.sending(mutation);
    if (event.type === 'removed') watcher.removedMutation(mutation);
    else if (event.type === 'updated' || event.type === 'added') watcher.mutation(mutation);
  });
  return () => {
    offQueries();
    offMutations();
  };
}
