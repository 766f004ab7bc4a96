import type { AnyFormApi } from '@tanstack/react-form';
import { keepLedger, ledgerOf } from './serverErrorLedger';
import {
  fieldServerError,
  formServerError,
  setFieldServerError,
  setFormServerError,
} from './serverErrorMap';

/** Removes the server errors errorkit applied to the form, and only those. */
export function clearServerErrors(form: AnyFormApi): void {
  const ledger = ledgerOf(form);
  if (!ledger) return;
  keepLedger(form, undefined);
  for (const [name, { message }] of ledger.fields) {
    if (fieldServerError(form, name) === message) setFieldServerError(form, name, undefined);
  }
  if (ledger.form && formServerError(form) === ledger.form.message) {
    setFormServerError(form, undefined);
  }
}

/**
 * Brings the form's server errors in line with what the user did since they were applied: a
 * field's error goes when its value changes, the form-level one when any value changes, all of
 * them when the form is submitted again. TanStack Form also drops them when a field with
 * validators is blurred or changed; an error whose field was not edited is put back.
 */
export function reconcileServerErrors(form: AnyFormApi): void {
  const ledger = ledgerOf(form);
  if (!ledger) return;
  if (form.state.submissionAttempts !== ledger.submissionAttempts) {
    clearServerErrors(form);
    return;
  }
  const edited: [string, string][] = [];
  const dropped: [string, string][] = [];
  for (const [name, { message, value }] of ledger.fields) {
    if (!Object.is(form.getFieldValue(name), value)) edited.push([name, message]);
    else if (fieldServerError(form, name) === undefined && form.getFieldMeta(name)) {
      dropped.push([name, message]);
    }
  }
  // The ledger changes before the form does: every update below runs this again.
  for (const [name] of edited) ledger.fields.delete(name);
  const formEntry = ledger.form;
  const formEdited = formEntry !== undefined && form.state.values !== formEntry.value;
  if (formEdited) ledger.form = undefined;
  if (ledger.fields.size === 0 && !ledger.form) keepLedger(form, undefined);

  for (const [name, message] of edited) {
    if (fieldServerError(form, name) === message) setFieldServerError(form, name, undefined);
  }
  for (const [name, message] of dropped) setFieldServerError(form, name, message);
  if (formEntry && formEdited) {
    if (formServerError(form) === formEntry.message) setFormServerError(form, undefined);
  } else if (formEntry && formServerError(form) === undefined) {
    setFormServerError(form, formEntry.message);
  }
}
