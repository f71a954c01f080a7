// Speed: the progress indicator of long checks, and the time from navigation start to the first report (median
// of five loads). `node --test tests/e2e/`.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  SCREENSHOTS,
  afterRecheck,
  openPage,
  startEnvironment,
  typeClaims,
  waitForReports,
  chooseLanguage,
} from './harness.mjs';

/** A long US claim set: each claim refers to the two before it, so the dependency rules have work to do. */
function longClaimSet(count, word) {
  const lines = [`1. A ${word} comprising a frame, a lever and a spring.`];
  for (let i = 2; i <= count; i += 1)
    lines.push(`${i}. The ${word} of claim ${i - 1} or ${Math.max(1, i - 2)}, wherein the spring has ${i} turns.`);
  return `${lines.join('\n')}\n`;
}

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

const checkedIn = async (page) =>
  Number(/checked in ([\d,]+) ms/.exec(await page.locator('#status').innerText())?.[1].replace(/,/g, '') ?? 0);

test('a long check shows that it is working, and goes when the report comes', async () => {
  const { page, context, problems } = await openPage(env);
  try {
    const files = ['brake', 'caliper', 'derailleur'].map((word) => ({
      name: `${word}-claims.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(longClaimSet(1200, word)),
    }));
    // The checker reports each file it has done: the bar fills file by file while the filing is checked.
    const seen = page.waitForFunction(
      () => {
        const box = document.querySelector('#progress');
        const bar = document.querySelector('#progress-bar');
        return box.hidden || !bar.hasAttribute('value')
          ? null
          : {
              label: document.querySelector('#progress-label').textContent,
              value: Number(bar.value),
              max: Number(bar.max),
            };
      },
      null,
      { timeout: 15_000, polling: 20 },
    );
    await afterRecheck(page, async () => {
      await page.locator('#file-input').setInputFiles(files);
      const progress = await (await seen).jsonValue();
      assert.equal(progress.label, 'Checking 4 files…');
      assert.equal(progress.max, 4);
      assert.ok(progress.value >= 1 && progress.value <= 4, `${progress.value} of 4 files done`);
      await page.screenshot({ path: join(SCREENSHOTS, 'progress.png') });
    });
    assert.equal(await page.locator('#progress').isVisible(), false);
    assert.ok((await checkedIn(page)) > 200, 'the check was long');
    assert.equal(await page.locator('#file-list .file[data-kind="claims"]').count(), 3);
    assert.match(await page.locator('#status').innerText(), /3,?608 claims in 4 documents/);

    // Typing while files are checked: the report that stays is the one of the last text.
    await typeClaims(page, '1. A lamp.\n2. The lamp of claim 1, being red.\n');
    assert.match(await page.locator('#status').innerText(), /3,?602 claims in 4 documents/);
    assert.equal(await page.locator('#progress').isVisible(), false);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a single quick check shows no progress bar', async () => {
  const { page, context } = await openPage(env);
  try {
    await page.evaluate(() => {
      window.progressShown = false;
      new MutationObserver(() => {
        if (!document.querySelector('#progress').hidden) window.progressShown = true;
      }).observe(document.querySelector('#progress'), { attributes: true });
    });
    await typeClaims(page, '1. A lamp.\n');
    assert.equal(await page.evaluate(() => window.progressShown), false);
  } finally {
    await context.close();
  }
});

test('the first report is the sample check the boot script asked for; its time from navigation start, median of five loads', async (t) => {
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(env.url);
      await waitForReports(page, 1);
      times.push(await page.evaluate(() => performance.getEntriesByName('patlint:first-report')[0].startTime));
      // The first report is the one the boot script asked for before the page's modules had arrived.
      assert.equal(await page.evaluate(() => document.documentElement.dataset.firstCheck), 'boot');
    } finally {
      await context.close();
    }
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  // A figure, not a verdict: the time is measured by scripts/bench.sh and stated in BENCHMARKS.md.
  t.diagnostic(`first report after ${Math.round(median)} ms (median; loads: ${times.map(Math.round).join(', ')} ms)`);
});

test("the boot script is inline, allowed by its hash in the page's Content-Security-Policy", () => {
  const html = readFileSync(new URL('../../www/index.html', import.meta.url), 'utf8');
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  assert.equal(inline.length, 1, 'one inline script: the boot script');
  const hash = `'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`;
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const scripts = /script-src ([^;]*)/.exec(policy)?.[1].split(' ') ?? [];
  assert.ok(scripts.includes(hash), `www/index.html: the policy's script-src must allow the boot script by ${hash}`);
  // Its hash and nothing looser: no other inline script runs.
  assert.deepEqual(
    scripts.filter((source) => source !== hash),
    ["'self'", "'wasm-unsafe-eval'"],
  );
});

test('time from choosing Japanese to the findings in Japanese, the first time (the translations load)', async (t) => {
  const { page, context } = await openPage(env);
  try {
    const japanese = (text) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
    const started = await page.evaluate(() => performance.now());
    await chooseLanguage(page, 'ja');
    await page.waitForFunction(() => [...document.querySelectorAll('#findings .message')].every((m) => !m.lang));
    const elapsed = (await page.evaluate(() => performance.now())) - started;
    const messages = await page.locator('#findings .message').allInnerTexts();
    assert.ok(messages.length > 0 && messages.every(japanese), messages.join('\n'));
    t.diagnostic(`findings in Japanese ${Math.round(elapsed)} ms after choosing the language`);
  } finally {
    await context.close();
  }
});
