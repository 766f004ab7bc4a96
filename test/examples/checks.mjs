// The checks every example app passes, driven against its production build: what the server's
// HTML holds before any JavaScript runs, hydration without warnings, the form without JavaScript,
// the retry countdown against the backend's Retry-After, and the typed values after an action.
// Each app (next.mjs, react-router.mjs) says where its pages are and what they show.
import {
  check,
  checkIncludes,
  checkNoHydrationWarning,
  inputValues,
  seconds,
  sleep,
  waitForHydration,
} from './lib.mjs';

const SUMMARY = '[data-ek="error-summary"]';
const BANNER = '[data-ek="retry-banner"]';
const TRY_AGAIN = `${BANNER} [data-ek-action="try-again"]`;
/** errorkit's default `maxRetries`: the first request and at most this many more. */
const MAX_RETRIES = 3;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const decode = (text) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The hidden inputs of the first form in `html` (a framework's action id, for instance). */
function hiddenInputs(html) {
  const form = html.match(/<form[\s\S]*?<\/form>/)?.[0] ?? '';
  const fields = [];
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    if (!/type="hidden"/.test(input)) continue;
    const name = input.match(/name="([^"]*)"/)?.[1];
    if (name !== undefined)
      fields.push([decode(name), decode(input.match(/value="([^"]*)"/)?.[1] ?? '')]);
  }
  return fields;
}

/** Fills the form's inputs by name with `values`. */
async function fill(page, values) {
  for (const [name, value] of Object.entries(values)) {
    await page.locator(`form [name="${name}"]`).fill(value);
  }
}

/** The text of the element an input's `aria-describedby` points at (its `FieldError`). */
async function describedBy(page, name) {
  return page.evaluate((field) => {
    const input = document.querySelector(`form [name="${field}"]`);
    const ids = input?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  }, name);
}

/**
 * Field messages shown next to their inputs and the typed values kept; after a page load, the
 * passwords are empty (the server never sends them back).
 */
async function checkFormAfterAction(page, form, where, { reloaded = true } = {}) {
  const values = await inputValues(page);
  for (const [name, value] of Object.entries(form.kept)) {
    check(
      values[name] === value,
      `${where}: ${name} holds ${JSON.stringify(values[name])}, typed ${JSON.stringify(value)}`,
    );
  }
  for (const name of reloaded ? form.secrets : []) {
    check(values[name] === '', `${where}: the password input ${name} was filled back in`);
  }
  for (const [name, message] of Object.entries(form.fieldErrors)) {
    const text = await describedBy(page, name);
    check(
      text.includes(message),
      `${where}: ${name}'s described-by text is ${JSON.stringify(text)}, expected ${JSON.stringify(message)}`,
    );
  }
  const summary = await page.locator(SUMMARY).textContent();
  for (const message of Object.values(form.fieldErrors)) {
    checkIncludes(summary ?? '', message, `${where}: the error summary`);
  }
}

/** The checks for `app`, each `{ name, run(context) }`. */
export function checksFor(app) {
  const { form, retry } = app;
  return [
    {
      name: `${app.name}: the server HTML already has the error UI`,
      async run({ baseUrl, backend }) {
        for (const page of app.serverHtml) {
          backend.reset();
          const response = await fetch(`${baseUrl}${page.path}`);
          const html = await response.text();
          const where = `GET ${page.path} (${response.status})`;
          if (page.status)
            check(response.status === page.status, `${where}: expected ${page.status}`);
          for (const part of page.contains) checkIncludes(html, part, where);
          if (page.requestId) {
            const sent = backend.requests().map((request) => request.requestId);
            check(sent.length > 0, `${where}: the backend was never asked`);
            check(
              sent.some((id) => html.includes(id)),
              `${where}: none of the backend's request ids ${sent.join(', ')} is on the page`,
            );
          }
        }
        // errorkit/styles.css, imported by the app, is linked from the page.
        const page = await (await fetch(`${baseUrl}${app.serverHtml[0].path}`)).text();
        const sheets = [...page.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
          .map(([link]) => link.match(/href="([^"]*)"/)?.[1])
          .filter(Boolean);
        const css = await Promise.all(
          sheets.map(async (href) => (await fetch(new URL(decode(href), baseUrl))).text()),
        );
        check(
          css.some((text) => text.includes('.ek-retry-banner') && text.includes('--ek-')),
          `none of the page's stylesheets (${sheets.join(', ') || 'none'}) holds errorkit/styles.css`,
        );
        // The form posted without JavaScript, as a browser would: the hidden fields a framework
        // puts in the form, then what the user typed.
        const blank = await (await fetch(`${baseUrl}${form.path}`)).text();
        const body = new FormData();
        for (const [name, value] of hiddenInputs(blank)) body.append(name, value);
        for (const [name, value] of Object.entries(form.typed)) body.append(name, value);
        // A browser sends its origin with a form; Next.js checks it against the host.
        const response = await fetch(`${baseUrl}${form.path}`, {
          method: 'POST',
          headers: { origin: baseUrl },
          body,
        });
        const html = await response.text();
        const where = `POST ${form.path} (${response.status})`;
        checkIncludes(html, 'data-ek="error-summary"', where);
        for (const message of Object.values(form.serverFieldErrors ?? form.fieldErrors)) {
          checkIncludes(html, message, where);
        }
        for (const [name, value] of Object.entries(form.kept)) {
          check(
            new RegExp(
              `name="${name}"[^>]*value="${escapeRegExp(value)}"|value="${escapeRegExp(value)}"[^>]*name="${name}"`,
            ).test(html),
            `${where}: the ${name} input does not hold ${JSON.stringify(value)}`,
          );
        }
        check(!html.includes(form.secret), `${where}: the typed password is in the page`);
      },
    },
    {
      name: `${app.name}: no hydration warning in the console`,
      async run({ newPage, baseUrl }) {
        for (const path of app.hydrationPages) {
          const { page, messages } = await newPage();
          await page.goto(`${baseUrl}${path}`);
          await waitForHydration(page, '[data-ek]');
          await sleep(500);
          checkNoHydrationWarning(messages, `GET ${path}`);
        }
        // A form sent before the page's JavaScript arrived: the server renders the answer, then
        // the browser hydrates it.
        const { page, messages } = await newPage();
        await page.route('**/*.js', (route) => route.abort());
        await page.goto(`${baseUrl}${form.path}`);
        await fill(page, form.typed);
        await page.unroute('**/*.js');
        await Promise.all([page.waitForNavigation(), page.locator('form [type="submit"]').click()]);
        await waitForHydration(page, SUMMARY);
        await sleep(500);
        checkNoHydrationWarning(messages, `POST ${form.path} before hydration`);
        await checkFormAfterAction(page, form, `POST ${form.path}, hydrated`);
      },
    },
    {
      name: `${app.name}: the no-JS POST shows the field errors and the typed values`,
      async run({ newPage, baseUrl }) {
        const { page } = await newPage({ javaScriptEnabled: false });
        await page.goto(`${baseUrl}${form.path}`);
        await fill(page, form.typed);
        await Promise.all([page.waitForNavigation(), page.locator('form [type="submit"]').click()]);
        await page.locator(SUMMARY).waitFor();
        await checkFormAfterAction(page, form, `no-JS POST ${form.path}`);
        check(!(await page.content()).includes(form.secret), 'the typed password is in the page');
      },
    },
    {
      name: `${app.name}: the countdown follows Retry-After and stops after its retries`,
      async run({ newPage, baseUrl, backend }) {
        backend.reset();
        const { page } = await newPage();
        await page.goto(`${baseUrl}${retry.path}`);
        await waitForHydration(page, BANNER);
        const countdown = (await page.locator(`${BANNER} [role="timer"]`).textContent()) ?? '';
        check(
          /Trying again in [12] seconds?/.test(countdown),
          `the banner's countdown reads ${JSON.stringify(countdown)}, expected about 2 seconds`,
        );
        const asked = () =>
          backend.requests().filter((request) => request.path === retry.backendPath);
        const t0 = Date.now();
        // With Retry-After: 2 and three retries, it gives up after about 6 seconds: "Try again"
        // shows, and stays, with nothing more sent. (While a retry is on its way the banner may
        // offer "Try again" for a moment.)
        let gaveUp = false;
        while (!gaveUp && Date.now() - t0 < 20_000) {
          await page
            .locator(TRY_AGAIN)
            .waitFor({ timeout: Math.max(1, 20_000 - (Date.now() - t0)) })
            .catch(() => {});
          const before = asked().length;
          await sleep(3_000);
          gaveUp = asked().length === before && (await page.locator(TRY_AGAIN).isVisible());
        }
        const requests = asked();
        check(
          gaveUp,
          `the retries did not stop: ${requests.length} requests in ${seconds(Date.now() - t0)}, and no lasting "Try again"`,
        );
        check(
          requests.length >= 2 && requests.length <= MAX_RETRIES + 1,
          `the backend was asked ${requests.length} times, expected 2 to ${MAX_RETRIES + 1}`,
        );
        const gaps = requests.slice(1).map((request, index) => request.at - requests[index].at);
        check(
          gaps.every((gap) => gap >= 1_800),
          `the retries came ${gaps.join(', ')} ms apart; Retry-After asks for 2000`,
        );
        // "Try again" sends the request again.
        await page.locator(TRY_AGAIN).click();
        const deadline = Date.now() + 5_000;
        while (asked().length === requests.length && Date.now() < deadline) await sleep(100);
        check(asked().length > requests.length, '"Try again" did not ask the backend again');
      },
    },
    {
      name: `${app.name}: typed values survive the action, focus on the error summary`,
      async run({ newPage, baseUrl }) {
        const { page } = await newPage();
        await page.goto(`${baseUrl}${form.path}`);
        await waitForHydration(page, 'form');
        await page.evaluate(() => {
          window.sameDocument = true;
        });
        await fill(page, form.typed);
        await page.locator('form [type="submit"]').click();
        await page.locator(SUMMARY).waitFor();
        check(
          await page.evaluate(() => window.sameDocument === true),
          'the page was loaded again: the app did not send the form itself',
        );
        await checkFormAfterAction(page, form, `POST ${form.path}`, { reloaded: false });
        await page
          .waitForFunction((summary) => document.activeElement?.closest(summary), SUMMARY, {
            timeout: 3_000,
          })
          .catch(async () => {
            const focused = await page.evaluate(() =>
              document.activeElement?.outerHTML.slice(0, 120),
            );
            throw new Error(`focus is on ${focused}, not in the error summary`);
          });
        if (form.formOnly) {
          // A body with only a form-level error is still a validation failure.
          await fill(page, form.formOnly.typed);
          await page.locator('form [type="submit"]').click();
          await page
            .locator(SUMMARY, { hasText: form.formOnly.message })
            .waitFor({ timeout: 8_000 })
            .catch(async () => {
              const shown = await page.locator('main').textContent();
              throw new Error(
                `expected a summary with ${JSON.stringify(form.formOnly.message)}: ${shown}`,
              );
            });
        }
      },
    },
  ];
}
