// The translation catalogues (messages/*.js) against the source: every message template written in src/ (as
// `message!("…"` or `Message::term("…")`, the only ways to make a translatable message) has a Japanese, Korean and
// Chinese translation with the same placeholders, and no catalogue keeps a template the source no longer has.
// tests/registry.rs checks the other half: every message the rules' examples raise comes from such a literal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUES, LANGUAGES, formatMessage, isTranslated } from '../../messages/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TRANSLATED = LANGUAGES.filter((l) => l !== 'en');

/** Every template literal in the Rust sources (but the examples in message.rs), with the file it is in. */
function sourceTemplates() {
  const found = new Map();
  const literal = /(?:message!\(|Message::term\()\s*"((?:[^"\\]|\\[\s\S])*)"/g;
  for (const file of rustFiles(join(root, 'src'))) {
    let source = readFileSync(file, 'utf8');
    // message.rs: its helpers' templates (`quoted`), not the examples in its documentation and tests.
    if (file.endsWith('/src/message.rs')) source = source.split('#[cfg(test)]')[0].replace(/^\s*\/\/[/!].*$/gm, '');
    for (const [, raw] of source.matchAll(literal)) found.set(unescapeRust(raw), file.slice(root.length));
  }
  return found;
}

function* rustFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* rustFiles(path);
    else if (entry.name.endsWith('.rs')) yield path;
  }
}

/** A Rust string literal's text: line continuations dropped, escapes resolved. */
function unescapeRust(raw) {
  return raw.replace(/\\\n\s*/g, '').replace(/\\(u\{([0-9a-fA-F]+)\}|.)/g, (_whole, escaped, hex) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { n: '\n', t: '\t', r: '\r', 0: '\0' }[escaped] ?? escaped;
  });
}

const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const templates = sourceTemplates();

test('the source has message templates to check', () => {
  assert.ok(templates.size > 0);
});

test('templates are plain: named placeholders, no format specifications', () => {
  for (const [template, file] of templates) {
    const braces = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    const bad = braces.filter((name) => !/^\w+$/.test(name));
    assert.deepEqual(bad, [], `${file}: ${JSON.stringify(template)}`);
  }
});

test('every template has a translation into each language, with the same placeholders', () => {
  const catalogue = Object.assign({}, ...Object.values(CATALOGUES));
  const missing = [];
  for (const [template, file] of templates) {
    for (const language of TRANSLATED) {
      const translation = catalogue[template]?.[language];
      if (translation === undefined) {
        missing.push(`${language} ${file}: ${JSON.stringify(template)}`);
        continue;
      }
      assert.deepEqual(
        placeholders(translation),
        placeholders(template),
        `${language} of ${JSON.stringify(template)}: ${JSON.stringify(translation)}`,
      );
    }
  }
  assert.deepEqual(missing, [], `${missing.length} translations missing`);
});

test('no catalogue keeps a template the source no longer has, and each template is in one catalogue', () => {
  const seen = new Map();
  for (const [name, catalogue] of Object.entries(CATALOGUES)) {
    for (const template of Object.keys(catalogue)) {
      assert.ok(templates.has(template), `messages/${name}.js: ${JSON.stringify(template)} is not in the source`);
      assert.ok(
        !seen.has(template),
        `${JSON.stringify(template)} is in messages/${seen.get(template)}.js and messages/${name}.js`,
      );
      seen.set(template, name);
      for (const language of Object.keys(catalogue[template]))
        assert.ok(TRANSLATED.includes(language), `${template}: ${language}`);
    }
  }
});

test('a message is shown with its values, terms and lists in the language asked for', () => {
  const message = {
    template: 'Claim {claim} does not end with a period.',
    args: { claim: '7' },
  };
  assert.equal(formatMessage(message, 'en'), 'Claim 7 does not end with a period.');
  assert.equal(formatMessage(message, 'ja'), '請求項7の末尾にピリオドがありません。');
  assert.ok(isTranslated(message, 'zh'));

  const untranslated = {
    template: 'Not in any catalogue: {items}.',
    args: { items: { list: ['1', '2', { template: 'x', args: {} }], join: 'or' } },
  };
  assert.equal(formatMessage(untranslated, 'en'), 'Not in any catalogue: 1, 2 or x.');
  assert.equal(formatMessage(untranslated, 'ja'), 'Not in any catalogue: 1、2又はx.');
  assert.equal(isTranslated(untranslated, 'ja'), false);
  assert.equal(isTranslated(untranslated, 'en'), true);
});

test('messages/catalogue.json, which the CLI embeds, is the catalogues as they are', async () => {
  const { CATALOGUE_JSON, catalogueJson } = await import('../../scripts/messages-catalogue.mjs');
  assert.ok(
    readFileSync(CATALOGUE_JSON, 'utf8') === catalogueJson(),
    'messages/catalogue.json is stale: run `node scripts/messages-catalogue.mjs` after changing messages/*.js',
  );
});
