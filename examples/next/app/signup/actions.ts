'use server';

import { fetchJson, type SerializedError, serializeError } from 'errorkit';
import { backendUrl } from '../../lib/backend';

export interface SignupState {
  /** The failure as plain data, with what the user typed (passwords left out). */
  error?: SerializedError;
  account?: { name: string; email: string };
}

const FIELDS = ['name', 'email', 'password', 'password_confirmation'];

export async function signUp(_previous: SignupState, formData: FormData): Promise<SignupState> {
  const body = Object.fromEntries(FIELDS.map((name) => [name, formData.get(name) ?? '']));
  try {
    const account = await fetchJson<{ name: string; email: string }>(backendUrl('/accounts'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { account: { name: account.name, email: account.email } };
  } catch (error) {
    return { error: serializeError(error, { values: formData }) };
  }
}
