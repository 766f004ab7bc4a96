import { fetchJson } from 'errorkit';

/** An invoice as the billing API sends it (Laravel-style snake_case keys). */
export interface Invoice {
  id: number;
  number: string;
  customer_email: string;
  amount: number;
  status: 'paid' | 'open' | 'overdue';
}

/** What the edit form sends. */
export interface InvoiceInput {
  number: string;
  customer_email: string;
  amount: string;
}

/**
 * The session token. The app starts with one; when the API says it has expired, signing in again
 * (`refreshSession`) swaps it for a new one and every request after that carries the new one.
 */
let token = 'demo-session';

const authHeaders = (): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** The app's `reauthenticate`: asks the API for a new session token. */
export async function refreshSession(): Promise<void> {
  const { token: next } = await fetchJson<{ token: string }>('/api/session/refresh', {
    method: 'POST',
  });
  token = next;
}

export async function listInvoices(): Promise<Invoice[]> {
  const { data } = await fetchJson<{ data: Invoice[] }>('/api/invoices', {
    headers: authHeaders(),
  });
  return data;
}

export async function getInvoice(id: number): Promise<Invoice> {
  const { data } = await fetchJson<{ data: Invoice }>(`/api/invoices/${id}`, {
    headers: authHeaders(),
  });
  return data;
}

export async function updateInvoice(id: number, input: InvoiceInput): Promise<Invoice> {
  const { data } = await fetchJson<{ data: Invoice }>(`/api/invoices/${id}`, {
    method: 'PUT',
    headers: { ...authHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return data;
}

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });

export const formatAmount = (amount: number): string => money.format(amount);
