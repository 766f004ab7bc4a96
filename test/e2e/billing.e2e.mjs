// The billing example under each failure scenario, in a real Chromium. Run by `run.mjs`.
import assert from 'node:assert/strict';

const SUMMARY = '[data-ek="error-summary"]';
const BANNER = '[data-ek="retry-banner"]';
/** A sign-in prompt (not the "signed in again, send it again" offer). */
const SIGN_IN_PROMPT = '[data-ek="reauth-prompt"]:not([data-state="signed-in"])';

/** Resolves once `predicate` (run in the page) is truthy. */
const waitInPage = (page, predicate, arg, timeout = 8_000) =>
  page.waitForFunction(predicate, arg, { timeout, polling: 50 });

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

async function openEdit(page, baseUrl, id = 2) {
  await page.goto(`${baseUrl}/#/invoices/${id}/edit`);
  await page.getByLabel('Invoice number').waitFor();
}

/** Counts the app's requests for the invoice list (as the browser sent them). */
function countListRequests(page) {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/invoices') counter.count += 1;
  });
  return counter;
}

export const tests = [
  {
    name: 'validation-summary',
    async run({ page, baseUrl, scenario, shot }) {
      await scenario('validation');
      await openEdit(page, baseUrl);
      await page.getByRole('button', { name: 'Save changes' }).click();

      const summary = page.locator(SUMMARY);
      await summary.waitFor();
      await summary.getByText('There is a problem').waitFor();
      // Focus moves to the summary when it appears.
      await waitInPage(page, (selector) => document.activeElement?.closest(selector), SUMMARY);
      await shot('validation-summary');

      const links = summary.getByRole('link');
      assert.equal(await links.count(), 3, 'one link per field message');
      const expected = [
        ['The number must look like INV-1234.', 'invoice-number'],
        ['The customer email must be a valid email address.', 'invoice-customerEmail'],
        ['The amount must be greater than 0.', 'invoice-amount'],
      ];
      for (const [text, inputId] of expected) {
        await summary.getByRole('link', { name: text }).click();
        await waitInPage(page, (id) => document.activeElement?.id === id, inputId);
        const input = page.locator(`#${inputId}`);
        assert.equal(await input.getAttribute('aria-invalid'), 'true');
        const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
        const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
        assert.ok(errorId, `${inputId} is described by its error (${describedBy})`);
        const fieldError = ((await page.locator(`#${errorId}`).textContent()) ?? '').trim();
        assert.ok(fieldError.includes(text), `${inputId}'s FieldError says "${text}"`);
      }
      assert.equal(await activeId(page), 'invoice-amount');
      await shot('validation-field-focused');
    },
  },
  {
    name: 'reauth-queries',
    async run({ page, baseUrl, scenario, serverState, shot }) {
      await scenario('expired-token');
      const before = (await serverState()).refreshes;
      await page.goto(`${baseUrl}/#/`);
      // The list's ErrorDisplay and the app's ReauthOutlet both would prompt: one prompt shows.
      const prompt = page.locator(SIGN_IN_PROMPT);
      await prompt.waitFor();
      await page.waitForTimeout(300);
      assert.equal(await prompt.count(), 1, 'one sign-in prompt on the page');
      assert.equal(await page.getByRole('button', { name: 'Sign in again' }).count(), 1);
      assert.equal(await page.locator('.billing-table').count(), 0, 'no data yet');
      await shot('reauth-queries-prompt');

      await prompt.getByRole('button', { name: 'Sign in again' }).click();
      await page.locator('.billing-table').waitFor();
      assert.equal(await page.locator('[data-ek="reauth-prompt"]').count(), 0, 'no prompt left');
      assert.equal((await serverState()).refreshes - before, 1, 'reauthenticate() ran once');
      await shot('reauth-queries-recovered');
    },
  },
  {
    name: 'reauth-resubmit',
    async run({ page, baseUrl, scenario, serverState, shot }) {
      await openEdit(page, baseUrl);
      // The session expires while the user is editing.
      await scenario('expired-token');
      const refreshesBefore = (await serverState()).refreshes;
      const typed = {
        number: 'INV-2002',
        customer_email: 'billing@northwind.example',
        amount: '990.25',
      };
      await page.getByLabel('Invoice number').fill(typed.number);
      await page.getByLabel('Customer email').fill(typed.customer_email);
      await page.getByLabel('Amount (EUR)').fill(typed.amount);
      await page.getByRole('button', { name: 'Save changes' }).click();

      const prompt = page.locator(SIGN_IN_PROMPT);
      await prompt.waitFor();
      assert.equal(await prompt.count(), 1, 'one sign-in prompt');
      assert.equal((await serverState()).lastWrite, undefined, 'the 401 saved nothing');
      await shot('reauth-prompt');

      await prompt.getByRole('button', { name: 'Sign in again' }).click();
      // The failed save is offered again by errorkit itself, where it failed.
      const again = page.getByRole('button', { name: 'Send again' });
      await again.waitFor();
      await page.locator(SIGN_IN_PROMPT).waitFor({ state: 'detached' });
      // Signing in kept what the user typed.
      assert.equal(await page.getByLabel('Invoice number').inputValue(), typed.number);
      await again.click();
      await page.getByRole('status').filter({ hasText: 'Invoice saved.' }).waitFor();

      assert.equal(await page.getByLabel('Invoice number').inputValue(), typed.number);
      assert.equal(await page.getByLabel('Customer email').inputValue(), typed.customer_email);
      assert.equal(await page.getByLabel('Amount (EUR)').inputValue(), typed.amount);
      const state = await serverState();
      assert.equal(state.refreshes - refreshesBefore, 1, 'reauthenticate() ran once');
      assert.deepEqual(state.lastWrite, typed, 'the resubmitted save carried the typed values');
      await shot('reauth-resubmitted');
    },
  },
  {
    name: 'rate-limited-countdown',
    async run({ page, baseUrl, scenario, shot }) {
      await scenario('rate-limited');
      const requests = countListRequests(page);
      await page.goto(`${baseUrl}/#/`);
      const banner = page.locator(`${BANNER}[data-kind="rate-limited"]`);
      await banner.waitFor();
      const shownAt = Date.now();
      const timer = banner.getByRole('timer');
      await timer.waitFor();
      const text = (await timer.textContent()) ?? '';
      assert.match(text, /^Trying again in [12] seconds?$/);
      assert.equal(await banner.getAttribute('data-state'), 'counting');
      await shot('rate-limited-countdown');

      // No click: the list appears when the countdown ends.
      const firstRow = page.getByRole('link', { name: 'INV-1001' });
      await firstRow.waitFor({ timeout: 6_000 });
      const waited = Date.now() - shownAt;
      assert.ok(waited >= 1_200, `the retry waited for Retry-After (waited ${waited} ms)`);
      assert.equal(await page.locator(BANNER).count(), 0, 'the banner is gone');
      assert.equal(requests.count, 2, 'one failed request, one retry');
      await shot('rate-limited-recovered');
    },
  },
  {
    name: 'forbidden-notice',
    async run({ page, baseUrl, scenario, shot }) {
      await scenario('forbidden');
      const requests = countListRequests(page);
      await page.goto(`${baseUrl}/#/`);
      const notice = page.locator('[data-ek="permission-notice"]');
      await notice.waitFor();
      assert.equal(await notice.getAttribute('data-kind'), 'forbidden');
      const text = (await notice.textContent()) ?? '';
      assert.ok(text.includes('your billing administrator'), `names who grants access: ${text}`);
      assert.equal(await page.locator(BANNER).count(), 0, 'no retry banner for a 403');
      await page.waitForTimeout(300);
      assert.equal(requests.count, 1, 'a 403 is not retried');
      await shot('forbidden-notice');
    },
  },
  {
    name: 'proxy-down-banner',
    async run({ page, baseUrl, scenario, shot }) {
      await scenario('proxy-down');
      await page.goto(`${baseUrl}/#/`);
      const banner = page.locator(`${BANNER}[data-kind="unavailable"]`);
      await banner.waitFor();
      await banner.getByRole('timer').waitFor();
      const text = (await banner.textContent()) ?? '';
      for (const leak of ['<', 'nginx', '503 Service', 'center']) {
        assert.ok(
          !text.includes(leak),
          `the banner shows none of the HTML page (${leak}): ${text}`,
        );
      }
      const html = await banner.innerHTML();
      assert.ok(!/<(center|hr|h1)\b/.test(html), 'no markup from the proxy page');
      assert.equal(await page.locator('center, hr').count(), 0);
      await shot('proxy-down-banner');
      await page.getByRole('link', { name: 'INV-1001' }).waitFor({ timeout: 6_000 });
      await shot('proxy-down-recovered');
    },
  },
  {
    name: 'offline-pauses-countdown',
    async run({ page, context, baseUrl, scenario, shot }) {
      await scenario('rate-limited');
      const requests = countListRequests(page);
      await page.goto(`${baseUrl}/#/`);
      const banner = page.locator(`${BANNER}[data-kind="rate-limited"]`);
      await banner.getByRole('timer').waitFor();

      await context.setOffline(true);
      await page.locator(`${BANNER}[data-state="paused"]`).waitFor({ timeout: 3_000 });
      const pausedText = (await banner.textContent()) ?? '';
      assert.ok(pausedText.includes('Paused while you are offline'), pausedText);
      // Longer than Retry-After: while offline nothing is sent and the list does not appear.
      await page.waitForTimeout(2_600);
      assert.equal(await banner.getAttribute('data-state'), 'paused');
      assert.equal(requests.count, 1, 'no request while offline');
      assert.equal(await page.getByRole('link', { name: 'INV-1001' }).count(), 0);
      await shot('offline-paused');

      await context.setOffline(false);
      await page.getByRole('link', { name: 'INV-1001' }).waitFor({ timeout: 6_000 });
      assert.equal(requests.count, 2, 'the retry went out once back online');
      await shot('online-resumed');
    },
  },
];
