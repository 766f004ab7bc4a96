import type { AnyFormApi } from '@tanstack/react-form';

/** A server message errorkit put on a form, and the value it answered. */
export interface LedgerEntry {
  message: string;
  value: unknown;
}

/** The server errors errorkit last applied to a form: it clears only those, never others'. */
export interface ServerErrorLedger {
  fields: Map<string, LedgerEntry>;
  /** The form-level message; `value` is the form's values object it answered. */
  form: LedgerEntry | undefined;
  /** The form's submission count when they were applied: a new submit retires them. */
  submissionAttempts: number;
}

const ledgers = /* @__PURE__ */ new WeakMap<AnyFormApi, ServerErrorLedger>();

export function ledgerOf(form: AnyFormApi): ServerErrorLedger | undefined {
  return ledgers.get(form);
}

export function keepLedger(form: AnyFormApi, ledger: ServerErrorLedger | undefined): void {
  if (ledger) ledgers.set(form, ledger);
  else ledgers.delete(form);
}
