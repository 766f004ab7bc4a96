/** A query or mutation entry of an RTK Query api slice's state. */
export interface RequestSubState {
  status: string;
  endpointName: string;
  originalArgs?: unknown;
  requestId?: string;
  error?: unknown;
}

export interface ApiSliceState {
  queries: Record<string, RequestSubState | undefined>;
  mutations: Record<string, RequestSubState | undefined>;
}

const isSlice = (value: unknown): value is ApiSliceState =>
  typeof value === 'object' &&
  value !== null &&
  'queries' in value &&
  'mutations' in value &&
  'config' in value;

/** The query cache key whose current request is `requestId`, in whichever api slice has it. */
export function queryKeyOf(state: unknown, requestId: string | undefined): string | undefined {
  if (requestId === undefined || typeof state !== 'object' || state === null) return undefined;
  for (const slice of Object.values(state)) {
    if (!isSlice(slice)) continue;
    for (const [key, query] of Object.entries(slice.queries)) {
      if (query?.requestId === requestId) return key;
    }
  }
  return undefined;
}
