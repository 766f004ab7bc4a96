/**
 * A 401 for a request sent before the latest sign-in carried the old credentials: it is repeated
 * or offered again, and the user is not asked to sign in again.
 */
export interface SignInLedger {
  /** A request (a query or a mutation) is being sent now. */
  sent(request: object): void;
  signedIn(): void;
  /** The request was last sent before the latest sign-in. */
  sentBefore(request: object): boolean;
}

export function createSignInLedger(): SignInLedger {
  let signIns = 0;
  const sentUnder = new WeakMap<object, number>();
  return {
    sent: (request) => {
      sentUnder.set(request, signIns);
    },
    signedIn: () => {
      signIns++;
    },
    sentBefore: (request) => (sentUnder.get(request) ?? 0) < signIns,
  };
}
