// The page in English, Japanese, Korean and Chinese: the catalogs, the language menu, the remembered choice and
// the default from the browser's language. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMessage, loadLanguage } from '../../messages/index.js';
import en from '../../www/i18n/en.js';
import ja from '../../www/i18n/ja.js';
import ko from '../../www/i18n/ko.js';
import zh from '../../www/i18n/zh.js';
import {
  SCREENSHOTS,
  cardOf,
  finding,
  openPage,
  startEnvironment,
  waitForReports,
  withPage,
  chooseLanguage,
} from './harness.mjs';
import { loadChecker } from './wasm-node.mjs';

for (const code of ['ja', 'ko', 'zh']) await loadLanguage(code);

const MULTI_ON_MULTI = 'claims/multiple-dependency-on-multiple';

// What each language must show: the report's heading, the multi-multi rule's summary, the html lang.
const EXPECTED = {
  en: {
    lang: 'en',
    heading: 'Report',
    summary: 'A multiple dependent claim depends on another multiple dependent claim',
  },
  ja: { lang: 'ja', heading: 'レポート', summary: ja.rules[MULTI_ON_MULTI] },
  ko: { lang: 'ko', heading: '보고서', summary: ko.rules[MULTI_ON_MULTI] },
  zh: { lang: 'zh-Hans', heading: '报告', summary: zh.rules[MULTI_ON_MULTI] },
};

test('every catalog has every string of the English one, and a summary for every rule', async () => {
  const { rules } = await loadChecker({ drawings: true });
  const required = rules().map((rule) => rule.id);
  assert.ok(
    required.some((id) => id.startsWith('drawings/')),
    required.join(', '),
  );
  const english = Object.keys(en.strings).sort();
  for (const [code, catalog] of Object.entries({ ja, ko, zh })) {
    assert.deepEqual(Object.keys(catalog.strings).sort(), english, `${code}: the same strings as English`);
    const translated = Object.keys(catalog.rules);
    assert.deepEqual(
      required.filter((id) => !translated.includes(id)),
      [],
      `${code}: rules without a summary`,
    );
    assert.deepEqual(
      translated.filter((id) => !required.includes(id)),
      [],
      `${code}: summaries of rules that do not exist`,
    );
    for (const [key, value] of Object.entries(catalog.strings)) {
      // A string, or a function of the parameters (a language with plurals needs one where another does not).
      assert.ok(['string', 'function'].includes(typeof value), `${code} ${key}`);
      // Placeholders are the English string's.
      if (typeof value === 'string' && typeof en.strings[key] === 'string') {
        const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        assert.deepEqual(names(value), names(en.strings[key]), `${code} ${key}: placeholders`);
      }
    }
  }
});

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

test('the whole interface switches language, and the choice is remembered', async () => {
  await withPage(env, async ({ page, context, problems }) => {
    // The finding's message as the report has it: its id in the catalogue and its values.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    const template = report.findings.find((f) => f.rule === MULTI_ON_MULTI).message_template;
    for (const code of ['ja', 'ko', 'zh', 'en']) {
      const expected = EXPECTED[code];
      await chooseLanguage(page, code);
      assert.equal(await page.locator('html').getAttribute('lang'), expected.lang);
      assert.equal(await page.locator('#report-heading').innerText(), expected.heading);
      // The finding's heading is the translated summary, and its message is in the language too.
      const multi = finding(page, MULTI_ON_MULTI).first();
      assert.equal(await cardOf(multi).locator('.summary-text').innerText(), expected.summary);
      const message = multi.locator('.message');
      await assert.doesNotReject(
        message.filter({ hasText: formatMessage(template, code) }).waitFor({ timeout: 5000 }),
        code,
      );
      if (code === 'en') assert.match(await message.innerText(), /^Claim 5 is a multiple dependent claim/);
      else assert.doesNotMatch(await message.innerText(), /Claim|claim/);
      assert.equal(await message.getAttribute('lang'), null);
      // Every message of the sample claims is translated: no note that some are in English.
      assert.equal(await page.locator('#english-note').isVisible(), false);
      // Fixed text, the rules list and the status line follow.
      assert.equal(
        await page
          .locator('#rules details.rule[id="rule-claims-multiple-dependency-on-multiple"] .rule-summary')
          .innerText(),
        expected.summary,
      );
      assert.equal(await page.title(), (code === 'en' ? en : { ja, ko, zh }[code]).strings['page.title']);
      if (code !== 'en') {
        assert.doesNotMatch(await page.locator('#status').innerText(), /claims in/);
        await page.screenshot({ path: join(SCREENSHOTS, `language-${code}.png`) });
        await page.screenshot({ path: join(SCREENSHOTS, `language-${code}-full.png`), fullPage: true });
      }
    }
    await chooseLanguage(page, 'ko');
    // A reload keeps the choice.
    const again = await openPage(env, { context });
    assert.equal(await again.page.locator('html').getAttribute('lang'), 'ko');
    assert.equal(await again.page.locator('#language').inputValue(), 'ko');
    assert.equal(await again.page.locator('#report-heading').innerText(), '보고서');
    assert.deepEqual(problems, []);
  });
});

/** Records the page's language and report heading when its first report is drawn. */
const FIRST_REPORT = () => {
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.reports !== '1') return;
    observer.disconnect();
    /** @type {any} */ (window).firstReport = {
      lang: document.documentElement.lang,
      heading: document.getElementById('report-heading')?.textContent,
    };
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-reports'] });
};

test('the first visit takes the browser’s language', async () => {
  for (const [locale, code] of [
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh'],
    ['ko-KR', 'ko'],
    ['fr-FR', 'en'],
  ]) {
    await withPage(
      env,
      async ({ page }) => {
        assert.equal(await page.locator('#language').inputValue(), code, locale);
        assert.equal(await page.locator('#report-heading').innerText(), EXPECTED[code].heading, locale);
        // The first report is drawn in the language already: the page never shows English first.
        const first = await page.evaluate(() => /** @type {any} */ (window).firstReport);
        assert.deepEqual(first, { lang: EXPECTED[code].lang, heading: EXPECTED[code].heading }, locale);
      },
      { locale, initScript: FIRST_REPORT },
    );
  }
});

test('choosing languages quickly ends in the last one chosen', async () => {
  await withPage(env, async ({ page }) => {
    // Japanese's strings arrive late, after English was chosen again.
    await page.route('**/i18n/ja.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.selectOption('#language', 'ja');
    await chooseLanguage(page, 'en');
    await page.waitForResponse('**/i18n/ja.js');
    await page.waitForTimeout(200);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#language').inputValue(), 'en');
    assert.equal(await page.locator('#report-heading').innerText(), EXPECTED.en.heading);
  });
});

test('an unknown rule id falls back to the English summary', async () => {
  await withPage(env, async ({ page }) => {
    await chooseLanguage(page, 'ja');
    const summary = await page.evaluate(async () => {
      // The page runs its modules bundled (app.bundle.js): this import is a module of its own, in Japanese too.
      const { ruleSummary, setLanguage } = await import('./i18n.js');
      await setLanguage('ja', { remember: false });
      return [ruleSummary('claims/some-future-rule', 'a future rule'), ruleSummary('claims/final-period-missing', 'x')];
    });
    assert.deepEqual(summary, ['A future rule', ja.rules['claims/final-period-missing']]);
    await waitForReports(page, 1);
  });
});

test('a rule’s documentation shows in the language, with its measurement under a translated heading', async () => {
  await withPage(env, async ({ page, problems }) => {
    const rule = page.locator('#rules details.rule[id="rule-claims-multiple-dependency-on-multiple"]');
    await rule.locator('summary').click();
    const docs = rule.locator('.rule-docs');
    for (const [code, heading, measured] of [
      ['ja', '確認する内容', '実際の文書での測定'],
      ['ko', '확인하는 내용', '실제 문서에서의 측정'],
      ['zh', '检查内容', '在真实文件上的测量'],
      ['en', 'What it checks', 'Measured on real documents'],
    ]) {
      await chooseLanguage(page, code);
      // The translations arrive after the switch (fetched once per language).
      await docs.filter({ hasText: heading }).waitFor({ timeout: 5000 });
      assert.ok((await docs.innerText()).includes(measured), code);
      if (code !== 'en') {
        assert.doesNotMatch(await docs.innerText(), /What it checks|Why it matters/, code);
        // The heading is in the language; the measurement under it, in English, says so.
        const heading = docs.getByRole('heading', { name: measured });
        assert.equal(await heading.evaluate((node) => Boolean(node.closest('.rule-docs [lang]'))), false, code);
        const english = docs.locator('[lang="en"]');
        assert.equal(await english.count(), 1, code);
        assert.ok((await english.innerText()).trim().length > 0, code);
        assert.equal(await english.evaluate((node) => node.previousElementSibling?.textContent), measured, code);
      }
      assert.equal(await docs.getAttribute('lang'), null, code);
      assert.equal(await rule.evaluate((details) => details.open), true, 'the rule stays open');
    }
    assert.deepEqual(problems, []);
  });
});
