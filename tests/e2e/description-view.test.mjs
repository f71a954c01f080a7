// Description as read: a specification dropped on the page (DOCX, Word XML) is shown as the checker read it —
// title, headings, numbered paragraphs, claims and abstract — and choosing a finding in it highlights its
// paragraph, marks the words it is about and moves the focus there, with a way back. `node --test tests/e2e/`.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import en from '../../www/i18n/en.js';
import {
  SCREENSHOTS,
  afterRecheck,
  drop,
  finding,
  placeOf,
  startEnvironment,
  typeClaims,
  withPage,
  chooseLanguage,
} from './harness.mjs';

const DOCX = await readFile(new URL('../fixtures/docx/us_defects.docx', import.meta.url));
/** The catalog keys of the view: none may show untranslated. */
const VIEW_KEYS = Object.keys(en.strings).filter((key) => key.startsWith('description.'));

/** Word's flat XML (a `w:document`), one paragraph per item: a text, or [text, style]. */
function wordXml(paragraphs) {
  const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraph = ([text, style]) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  const body = paragraphs.map((item) => paragraph(Array.isArray(item) ? item : [item])).join('');
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
}

/** A Japanese specification as the JPO's forms write it, its paragraph numbers in full-width digits. */
const JAPANESE = wordXml([
  '【書類名】明細書',
  '【発明の名称】レバー',
  '【技術分野】',
  '【０００１】',
  '本発明は、レバーに関する。',
  '【背景技術】',
  '【０００２】',
  'レバーは知られている。',
  '【発明を実施するための形態】',
  '【０００４】',
  'レバー１０は、ハンドル１２を有する。',
  '【書類名】特許請求の範囲',
  '【請求項１】',
  'ハンドルを有するレバー。',
  '【書類名】要約書',
  '【要約】',
  '【課題】握りやすいレバーを提供する。',
  '【解決手段】レバー１０は、湾曲したハンドル１２を有する。',
  '【選択図】図１',
]);

/** Over a million characters of text: more than the report carries. */
const LONG = wordXml([
  ['Lever with a handle', 'Title'],
  ['BACKGROUND', 'Heading1'],
  ...Array.from(
    { length: 520 },
    (_, i) => `[${String(i + 1).padStart(4, '0')}] ${'The lever 10 has a handle 12. '.repeat(66)}`,
  ),
  ['ABSTRACT', 'Heading1'],
  'A lever has a handle.',
]);

/** Waits until the highlighted paragraph is on screen, inside the view's scrolling box. */
async function waitUntilShown(page) {
  await page.waitForFunction(
    () => {
      const node = document.querySelector('#description-view .spec-block.is-selected');
      if (!node) return false;
      const box = node.getBoundingClientRect();
      const view = document.querySelector('#description-view').getBoundingClientRect();
      return (
        box.height > 0 && box.top >= Math.max(0, view.top) - 1 && box.bottom <= Math.min(innerHeight, view.bottom) + 1
      );
    },
    null,
    { timeout: 5_000 },
  );
}

/** The focused element's paragraph index in the view, or what else has the focus. */
function focused(page) {
  return page.evaluate(() => {
    const node = document.activeElement;
    if (node?.classList.contains('spec-block')) return `block ${node.dataset.index ?? 'title'}`;
    if (node?.classList.contains('finding-main')) return `finding ${node.closest('.finding').dataset.rule}`;
    return node?.tagName ?? null;
  });
}

let env;
before(async () => {
  env = await startEnvironment();
});
after(async () => {
  await env?.close();
});

test('a dropped DOCX is shown as read, and choosing a finding shows its paragraph', async () => {
  await withPage(env, async ({ page, problems }) => {
    const panel = page.locator('#description-panel');
    assert.ok(await panel.isHidden(), 'no description, no panel');
    await afterRecheck(page, () =>
      drop(page, [
        {
          name: 'spec.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: DOCX,
        },
      ]),
    );
    assert.ok(await panel.isVisible());

    // As read: the title, headings, numbers as written, the claims and the abstract, each at its position.
    const doc = panel.locator('.description-doc[data-file="spec.docx"]');
    assert.match(await doc.locator('h3').innerText(), /^spec\.docx · docx · 7 paragraphs of description$/);
    assert.equal(await doc.locator('.spec-block').count(), 22);
    const title = doc.locator('.spec-block.is-title');
    assert.equal(await title.getAttribute('data-index'), '1');
    assert.equal(await title.locator('.spec-label').innerText(), 'Title of the invention');
    assert.equal(await title.locator('.spec-words').innerText(), 'A new lever');
    assert.deepEqual(await doc.locator('h4.spec-heading').allInnerTexts(), [
      'CROSS-REFERENCE TO RELATED APPLICATIONS',
      'BACKGROUND',
      'SUMMARY',
      'BRIEF DESCRIPTION OF THE DRAWINGS',
      'DETAILED DESCRIPTION',
      'TECHNICAL FIELD',
      'CLAIMS',
      'ABSTRACT',
    ]);
    const eleven = doc.locator('.spec-block[data-index="11"]');
    assert.equal(await eleven.locator('.spec-number').innerText(), '[006]');
    assert.match(await eleven.locator('.spec-words').innerText(), /^As shown in FIG\. 1 and FIG\. 2, the lever 10/);
    assert.equal(await doc.locator('.spec-block[data-part="abstract"]').count(), 4);

    // A malformed number: its paragraph highlighted, the number marked, the focus there, on screen.
    const malformed = finding(page, 'description/paragraph-number-malformed').first();
    assert.match(await placeOf(malformed).locator('.where').innerText(), /Paragraph 11/);
    await malformed.locator('button.finding-main').click();
    await waitUntilShown(page);
    const selected = panel.locator('.spec-block.is-selected');
    assert.equal(await selected.count(), 1);
    assert.equal(await selected.getAttribute('data-index'), '11');
    assert.equal(await selected.locator('mark.hit').innerText(), '[006]');
    assert.equal(await focused(page), 'block 11', 'the focus moves to the paragraph');
    assert.match(await malformed.locator('button.finding-main').getAttribute('class'), /is-active/);
    await page.screenshot({ path: join(SCREENSHOTS, 'description-view.png') });
    await panel.screenshot({ path: join(SCREENSHOTS, 'description-view-panel.png') });

    // Back by keyboard: Tab reaches the way back, Enter returns to the finding.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Back to the finding');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'finding description/paragraph-number-malformed');

    // The words a finding names are marked; one selection at a time.
    const phrase = finding(page, 'description/abstract-legal-phraseology').first();
    await phrase.locator('button.finding-main').focus();
    await page.keyboard.press('Enter');
    await waitUntilShown(page);
    assert.equal(await selected.getAttribute('data-index'), '20');
    assert.equal(await selected.locator('mark.hit').innerText(), 'said handle');
    assert.equal(await panel.locator('mark.hit').count(), 1);
    assert.equal(await eleven.locator('.spec-number').innerHTML(), '[006]', 'the earlier mark is gone');
    assert.equal(await panel.locator('.back-to-finding').count(), 1);

    // An excerpt that is the paragraph's opening marks nothing: the paragraph is highlighted.
    await finding(page, 'description/abstract-several-paragraphs').first().locator('button.finding-main').click();
    await waitUntilShown(page);
    assert.equal(await selected.getAttribute('data-index'), '21');
    assert.equal(await panel.locator('mark.hit').count(), 0);
    // A finding on the title shows the title.
    await finding(page, 'description/title-improper-form').first().locator('button.finding-main').click();
    await waitUntilShown(page);
    assert.equal(await focused(page), 'block 1');
    await panel.screenshot({ path: join(SCREENSHOTS, 'description-view-title.png') });

    // A claim's finding in the same file goes to the claims; the paragraph is no longer highlighted.
    await finding(page, 'claims/final-period-missing').first().locator('button.finding-main').click();
    assert.equal(await panel.locator('.spec-block.is-selected').count(), 0);
    assert.equal(await page.locator('#claims-view .claim.is-selected').count(), 1);
    // A finding about the whole document has no place to show.
    assert.equal(await finding(page, 'description/landscape-page').first().locator('button.finding-main').count(), 0);

    // Typing claims checks again: the text is the same, so the view keeps its nodes.
    await eleven.evaluate((node) => {
      node.dataset.kept = 'yes';
    });
    await typeClaims(page, '1. A lamp.\n');
    assert.equal(await eleven.getAttribute('data-kept'), 'yes');
    await finding(page, 'description/paragraph-number-malformed').first().locator('button.finding-main').click();
    await waitUntilShown(page);

    // Every language: the view's strings translated, none shown as a key.
    for (const code of ['ja', 'ko', 'zh']) {
      await chooseLanguage(page, code);
      const text = await panel.innerText();
      assert.deepEqual(
        VIEW_KEYS.filter((key) => text.includes(key)),
        [],
        `${code}: ${text}`,
      );
      assert.notEqual(await panel.locator('#description-heading').innerText(), 'Description as read');
    }
    await chooseLanguage(page, 'en');

    // Not on paper: the printed report lists the findings.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await panel.isHidden());
    await page.emulateMedia({ media: 'screen' });

    // Removing the file removes the view.
    await afterRecheck(page, () => page.getByRole('button', { name: 'Remove spec.docx' }).click());
    assert.ok(await panel.isHidden());
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
  });
});

test('Word XML in Japanese is shown with its 【】 numbers, and a long text is cut with a note', async () => {
  await withPage(env, async ({ page, problems }) => {
    await afterRecheck(page, () => drop(page, [{ name: 'spec-ja.xml', type: 'text/xml', buffer: JAPANESE }]));
    const doc = page.locator('#description-panel .description-doc[data-file="spec-ja.xml"]');
    assert.equal(await doc.locator('.spec-text').getAttribute('lang'), 'ja');
    assert.equal(await doc.locator('.spec-block.is-title .spec-words').innerText(), '【発明の名称】レバー');
    assert.equal(await doc.locator('.spec-block[data-index="4"] .spec-number').innerText(), '【０００１】');
    assert.equal(await doc.locator('.spec-block[data-part="claims"]').count(), 3);

    const item = page
      .locator(
        '#findings .rule-card[data-file="spec-ja.xml"] .finding[data-rule="description/paragraph-numbers-not-consecutive"]',
      )
      .first();
    await item.locator('button.finding-main').click();
    await waitUntilShown(page);
    const selected = doc.locator('.spec-block.is-selected');
    assert.equal(await selected.getAttribute('data-index'), '8');
    assert.equal(await selected.locator('mark.hit').innerText(), '【０００４】');
    await chooseLanguage(page, 'ja');
    assert.equal(await page.locator('#description-heading').innerText(), '読み取った明細書');
    await page.locator('#description-panel').screenshot({ path: join(SCREENSHOTS, 'description-view-ja.png') });
    await chooseLanguage(page, 'en');

    // Past the report's cap, the text stops with a note; findings in it still show their paragraph.
    await afterRecheck(page, () => drop(page, [{ name: 'long.xml', type: 'text/xml', buffer: LONG }]));
    const long = page.locator('#description-panel .description-doc[data-file="long.xml"]');
    assert.equal(await long.locator('.spec-block').count(), 508);
    assert.equal(
      await long.locator('.spec-cut').innerText(),
      'The text is cut here: 29,138 more characters, in 16 more paragraphs, are not shown. Their findings are listed all the same.',
    );
    assert.match(await long.getAttribute('class'), /is-long/);
    const last = long.locator('.spec-block').last();
    await last.scrollIntoViewIfNeeded();
    assert.ok(await long.locator('.spec-cut').isVisible());
    assert.deepEqual(problems, [], 'no console errors or CSP violations');
  });
});
