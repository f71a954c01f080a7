// Shared set-up for the end-to-end tests: one static server and one headless Chromium for a test file, and a
// page opened on patlint's web page with every request and console problem recorded.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = new URL('../../', import.meta.url);
export const WWW = fileURLToPath(new URL('www/', ROOT));
export const SCREENSHOTS = fileURLToPath(new URL('target/screenshots/', ROOT));

const BUILD_HINT = 'run scripts/build-wasm.sh in the repository';

/** Starts the server and the browser; fails with a clear message when the page's Wasm build is missing. */
export async function startEnvironment() {
  for (const file of ['pkg/patlint.js', 'pkg/patlint_bg.wasm', 'pkg/rules.json']) {
    if (!existsSync(new URL(file, new URL('www/', ROOT)))) {
      throw new Error(`www/${file} is missing: the end-to-end tests need the Wasm build of patlint. ${BUILD_HINT}`);
    }
  }
  // The page's copy of the package's grouping of findings: a stale one would test code that no longer is.
  const cards = (dir) => new URL(`${dir}/finding-cards.js`, ROOT);
  if (!existsSync(cards('www')) || readFileSync(cards('www'), 'utf8') !== readFileSync(cards('js'), 'utf8')) {
    throw new Error(`www/finding-cards.js is missing or differs from js/finding-cards.js: ${BUILD_HINT}`);
  }
  // The page loads its JavaScript bundled (scripts/build-page.mjs): a bundle older than a source would test code
  // that no longer is.
  const sources = ['www/', 'www/i18n/', 'messages/'].flatMap((dir) =>
    readdirSync(new URL(dir, ROOT))
      .filter((name) => name.endsWith('.js') && !name.endsWith('.bundle.js'))
      .map((name) => new URL(dir + name, ROOT)),
  );
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  for (const bundle of ['app.bundle.js', 'worker.bundle.js']) {
    const file = new URL(`www/${bundle}`, ROOT);
    if (!existsSync(file) || statSync(file).mtimeMs < newest) {
      throw new Error(`www/${bundle} is missing or older than the page's sources: run node scripts/build-page.mjs`);
    }
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const server = await serve(WWW, 0);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the page in a fresh context (or a new page of `context`) and waits for its first report. `bypassCSP` lets
 * a test inject a script (axe-core); the page's policy stays in force everywhere else. `initScript` runs in the page
 * before its own scripts.
 * `requests` lists every request's URL in order, `requestLog` each request's { method, url }; `problems` lists
 * console errors, CSP violations and page errors.
 */
export async function openPage(
  env,
  {
    viewport = { width: 1366, height: 900 },
    locale = 'en-US',
    bypassCSP = false,
    context: existing = null,
    initScript = null,
  } = {},
) {
  const context = existing ?? (await env.browser.newContext({ viewport, acceptDownloads: true, locale, bypassCSP }));
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const requests = [];
  const requestLog = [];
  const problems = [];
  // The context sees the requests of the page and of its worker alike.
  context.on('request', (request) => {
    requests.push(request.url());
    requestLog.push({ method: request.method(), url: request.url() });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker: ${message.text()}`);
    }),
  );
  await page.goto(env.url);
  await waitForReports(page, 1);
  return { context, page, requests, requestLog, problems };
}

/** Drops files on the drop zone, as a user dragging them from the desktop. */
export async function drop(page, files) {
  await page.locator('#drop-zone').evaluate(
    (zone, list) => {
      const data = new DataTransfer();
      for (const { name, type, bytes } of list) data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    files.map(({ name, type, buffer }) => ({ name, type, bytes: [...buffer] })),
  );
}

/** Chooses the page's language and waits until the page is in it (another language's strings load first). */
export async function chooseLanguage(page, code) {
  // The page's language as its menu marks the option.
  const lang = await page.locator(`#language option[value="${code}"]`).getAttribute('lang');
  await page.selectOption('#language', code);
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lang, { timeout: 10_000 });
}

/** The offices the page offers, in the order of its office boxes. */
export async function pageOffices(page) {
  return page.locator('input[name="office"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('value')));
}

/** The number of reports the page has shown. */
export async function reportCount(page) {
  return Number((await page.locator('html').getAttribute('data-reports')) ?? 0);
}

/** Waits until the page has shown at least `count` reports. */
export async function waitForReports(page, count) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.reports ?? 0) >= n, count, {
    timeout: 15_000,
  });
}

/** Runs `action`, then waits for the report it causes, once no newer check is pending. */
export async function afterRecheck(page, action) {
  const before = await reportCount(page);
  await action();
  await page.waitForFunction(
    (n) =>
      Number(document.documentElement.dataset.reports ?? 0) > n &&
      document.querySelector('#report').getAttribute('aria-busy') === 'false',
    before,
    { timeout: 15_000 },
  );
}

/** Replaces the editor's text as a user would: select all, type. Then waits for the report. */
export async function typeClaims(page, text) {
  await afterRecheck(page, async () => {
    await page.locator('#editor').fill('');
    await page.locator('#editor').pressSequentially(text);
  });
}

/** The rule ids of the findings shown, in order. */
export async function shownRules(page) {
  return page.locator('#findings .finding').evaluateAll((items) => items.map((item) => item.dataset.rule));
}

/** The host of a request URL; blob: and data: URLs stay inside the browser and have none. */
export function requestHost(url) {
  const parsed = new URL(url);
  return parsed.protocol === 'blob:' || parsed.protocol === 'data:' ? null : parsed.hostname;
}

/** Opens the page, runs `body`, and always closes the page's context. */
export async function withPage(env, body, options = {}) {
  const opened = await openPage(env, options);
  try {
    await body(opened);
  } finally {
    await opened.context.close();
  }
}

/** A finding of the rule shown in the list. */
export function finding(page, rule) {
  return page.locator(`#findings .finding[data-rule="${rule}"]`);
}

/** The card of a rule's findings in one file (or the first file with it). */
export function card(page, rule, file) {
  return page.locator(`#findings .rule-card[data-rule="${rule}"]${file ? `[data-file="${file}"]` : ''}`);
}

/** The card a finding is in: its rule's summary, its file, its offices by severity. */
export function cardOf(finding) {
  return finding.locator('xpath=ancestor::li[contains(concat(" ", @class, " "), " rule-card ")]');
}

/** The place a finding is at (where it is, the words concerned), shared by the findings of its group. */
export function placeOf(finding) {
  return finding.locator('xpath=ancestor::li[contains(concat(" ", @class, " "), " place ")]');
}

/** The counts of the matrix's row of `office`, over all documents: [errors, warnings, info]. */
export async function summaryRow(page, office) {
  const total = page.locator(`#summary tr[data-office="${office}"] td.total`);
  return Promise.all(
    ['errors', 'warnings', 'infos'].map(async (key) => Number(await total.getAttribute(`data-${key}`))),
  );
}
