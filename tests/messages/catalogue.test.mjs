// The catalogues of messages (messages/<language>.ftl, Project Fluent) against each other and against the source:
// every catalogue parses cleanly and has every message of the English one, with the same placeholders; every
// message the source makes (`message!("id", name = …)` or `Message::term("id")`, the only ways to make one) is in
// the English catalogue with exactly the placeholders the call gives values for; and no catalogue keeps a message
// the source no longer makes. tests/registry.rs checks the other half: every message the rules' examples raise
// comes from such a literal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, Visitor } from '@fluent/syntax';
import { LANGUAGES, formatMessage, isTranslated, loadLanguage, writeEnglish } from '../../messages/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TRANSLATED = LANGUAGES.filter((l) => l !== 'en');
/** Messages the renderers use themselves: how lists are joined. */
const RENDERER_IDS = ['list-separator', 'list-and', 'list-or'];

/** A catalogue's messages: id → the names of the variables its value uses (in any variant, or to choose one). */
function catalogue(language) {
  const resource = parse(readFileSync(join(root, `messages/${language}.ftl`), 'utf8'), { withSpans: false });
  const junk = resource.body.filter((entry) => entry.type === 'Junk');
  assert.deepEqual(
    junk.map((entry) => `${entry.annotations.map((a) => a.message).join('; ')}: ${entry.content.slice(0, 80)}`),
    [],
    `messages/${language}.ftl does not parse`,
  );
  const messages = new Map();
  const shown = new Map();
  const selectors = new Map();
  for (const entry of resource.body.filter((e) => e.type === 'Message')) {
    assert.ok(!messages.has(entry.id.name), `messages/${language}.ftl: ${entry.id.name} twice`);
    assert.ok(entry.value, `messages/${language}.ftl: ${entry.id.name} has no value`);
    const variables = new Set();
    const placed = new Set();
    const keys = new Map();
    const visitor = new (class extends Visitor {
      visitVariableReference(node) {
        variables.add(node.id.name);
      }
      visitPlaceable(node) {
        if (node.expression.type === 'VariableReference') placed.add(node.expression.id.name);
        this.genericVisit(node);
      }
      visitSelectExpression(node) {
        if (node.selector.type === 'VariableReference') {
          const name = node.selector.id.name;
          const found = node.variants.map((v) => (v.key.type === 'NumberLiteral' ? v.key.value : v.key.name));
          keys.set(name, new Set([...(keys.get(name) ?? []), ...found]));
        }
        this.genericVisit(node);
      }
    })();
    visitor.visit(entry.value);
    messages.set(entry.id.name, variables);
    shown.set(entry.id.name, placed);
    selectors.set(entry.id.name, keys);
  }
  shownIn[language] = shown;
  selectorsIn[language] = selectors;
  return messages;
}

/** Per language, per message: the variables it shows (not those it only chooses words by). */
const shownIn = {};
/** Per language, per message: each variable it chooses words by, with the keys of its variants. */
const selectorsIn = {};

/** Every message the Rust sources make (but the examples in message.rs's documentation): id → calls. */
function sourceMessages() {
  const found = new Map();
  const call = /(message!\(|Message::term\()\s*"([^"\\]*)"/g;
  for (const file of rustFiles(join(root, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(call)) {
      const line = source.slice(source.lastIndexOf('\n', match.index) + 1, match.index);
      if (/^\s*\/\/[/!]/.test(line)) continue;
      const names = match[1] === 'message!(' ? argumentNames(source, match.index + match[1].length) : [];
      const where = `${file.slice(root.length)}:${source.slice(0, match.index).split('\n').length}`;
      found.set(match[2], [...(found.get(match[2]) ?? []), { names, where }]);
    }
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

/** The names given values in a `message!(` call whose arguments start at `start`: `name = value, …`. */
function argumentNames(source, start) {
  const pieces = [];
  let depth = 0;
  let piece = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      // A string literal, escapes included.
      const end = /^"(?:[^"\\]|\\[\s\S])*"/.exec(source.slice(i))[0].length;
      piece += source.slice(i, i + end);
      i += end - 1;
    } else if (c === "'" && /^'(?:\\.|[^\\'])'/.test(source.slice(i))) {
      const end = /^'(?:\\.|[^\\'])'/.exec(source.slice(i))[0].length;
      piece += source.slice(i, i + end);
      i += end - 1;
    } else if ('([{'.includes(c)) {
      depth++;
      piece += c;
    } else if (')]}'.includes(c)) {
      if (depth === 0) break;
      depth--;
      piece += c;
    } else if (c === ',' && depth === 0) {
      pieces.push(piece);
      piece = '';
    } else {
      piece += c;
    }
  }
  pieces.push(piece);
  return pieces
    .slice(1)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => /^(\w+)\s*=[^=]/.exec(p)?.[1] ?? `(not a name: ${p.slice(0, 40)})`)
    .sort();
}

const catalogues = Object.fromEntries(LANGUAGES.map((language) => [language, catalogue(language)]));
const english = catalogues.en;
const made = sourceMessages();
const sorted = (set) => [...set].sort();

test('the source makes messages, and the English catalogue has them', () => {
  assert.ok(made.size > 500, `${made.size} messages`);
  const missing = [...made].filter(([id]) => !english.has(id)).map(([id, calls]) => `${calls[0].where}: ${id}`);
  assert.deepEqual(missing, [], 'ids the source uses that messages/en.ftl lacks');
});

test('every message is made with its id written as a literal, so that these tests see it', () => {
  const dynamic = [];
  for (const file of rustFiles(join(root, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:\bmessage!\(|Message::term\()\s*(?![\s"])/g)) {
      const line = source.slice(source.lastIndexOf('\n', match.index) + 1, source.indexOf('\n', match.index));
      // The macro's own definition, and documentation.
      if (/macro_rules!|\$id|^\s*\/\/|fn term\(/.test(line)) continue;
      dynamic.push(`${file.slice(root.length)}: ${line.trim()}`);
    }
  }
  assert.deepEqual(dynamic, []);
});

test('each call gives a value for exactly the placeholders of its message', () => {
  const wrong = [];
  for (const [id, calls] of made) {
    if (!english.has(id)) continue;
    for (const { names, where } of calls) {
      if (names.join() !== sorted(english.get(id)).join()) {
        wrong.push(
          `${where}: ${id} is given ${names.join(', ') || 'no values'}, en.ftl uses ${sorted(english.get(id)).join(', ')}`,
        );
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('no catalogue keeps a message the source no longer makes', () => {
  const unused = [...english.keys()].filter((id) => !made.has(id) && !RENDERER_IDS.includes(id));
  assert.deepEqual(unused, []);
});

test('every language has every message, with the placeholders of the English one', () => {
  for (const language of TRANSLATED) {
    const translated = catalogues[language];
    const missing = [...english.keys()].filter((id) => !translated.has(id));
    assert.deepEqual(missing, [], `messages/${language}.ftl lacks ${missing.length} messages`);
    const extra = [...translated.keys()].filter((id) => !english.has(id));
    assert.deepEqual(extra, [], `messages/${language}.ftl has messages en.ftl does not`);
    for (const [id, variables] of english) {
      // A language without plurals may leave out a count that only chooses English words, not one English shows.
      const optional = (name) => name === 'count' && !shownIn.en.get(id).has('count');
      const expected = sorted(variables).filter((name) => !optional(name));
      const shown = sorted(translated.get(id)).filter((name) => !optional(name));
      assert.deepEqual(shown, expected, `${language} ${id}`);
    }
  }
});

test('every message renders in every language, a count choosing its words in English', async () => {
  for (const language of TRANSLATED) await loadLanguage(language);
  for (const language of LANGUAGES) {
    for (const [id, variables] of english) {
      const args = Object.fromEntries([...variables].map((name) => [name, name === 'count' ? '2' : `<${name}>`]));
      const text = formatMessage({ id, args }, language);
      assert.ok(!/\{\$|\{\?\?\?\}/.test(text), `${language} ${id}: ${text}`);
      for (const name of shownIn[language].get(id)) {
        if (name !== 'count') assert.ok(text.includes(`<${name}>`), `${language} ${id} does not show ${name}: ${text}`);
      }
    }
  }
  // Every variant of every selector, in every language: each key, and a value no key names (the default).
  for (const language of LANGUAGES) {
    for (const [id, variables] of english) {
      const keys = new Map([...selectorsIn.en.get(id), ...selectorsIn[language].get(id)]);
      let cases = [{}];
      for (const [name, values] of keys) {
        const choices = [...values].map((key) => (key === 'one' ? '1' : key === 'other' ? '7' : String(key)));
        cases = cases.flatMap((args) =>
          [...choices, name === 'count' ? '7' : 'unnamed'].map((v) => ({ ...args, [name]: v })),
        );
      }
      for (const chosen of cases) {
        const args = Object.fromEntries(
          [...variables].map((name) => [name, chosen[name] ?? (name === 'count' ? '7' : `<${name}>`)]),
        );
        const text = formatMessage({ id, args }, language);
        assert.ok(!/\{\$|\{\?\?\?\}/.test(text), `${language} ${id} ${JSON.stringify(chosen)}: ${text}`);
      }
    }
  }
  const cancelled = (count, targets) => ({
    id: 'dependency-on-cancelled-claim',
    args: { claim: '4', count, targets: { list: targets, join: 'and' } },
  });
  assert.equal(
    formatMessage(cancelled('1', ['2']), 'en'),
    'Claim 4 refers to claim 2, which the listing marks as cancelled or not entered.',
  );
  assert.equal(
    formatMessage(cancelled('3', ['1', '2', '3']), 'en'),
    'Claim 4 refers to claims 1, 2 and 3, which the listing marks as cancelled or not entered.',
  );
});

test('a message is shown with its values, terms and lists in the language asked for', async () => {
  await loadLanguage('ja');
  const message = { id: 'final-period-missing', args: { claim: '7' } };
  assert.equal(formatMessage(message, 'en'), 'Claim 7 does not end with a period.');
  assert.equal(formatMessage(message, 'ja'), '請求項7の末尾にピリオドがありません。');
  const list = { id: 'quoted', args: { text: { list: ['1', '2', { id: 'office-jpo', args: {} }], join: 'or' } } };
  assert.equal(formatMessage(list, 'en'), '"1, 2 or the JPO"');
  assert.equal(formatMessage(list, 'ja'), '「1、2又は特許庁」');
  assert.ok(isTranslated(list, 'ja'));
  assert.equal(isTranslated({ id: 'not-a-message', args: {} }, 'ja'), false);
  // Text from the document is shown as it is, Fluent syntax and all.
  assert.equal(formatMessage({ id: 'quoted', args: { text: '{ $x } *[other]' } }, 'en'), '"{ $x } *[other]"');
});

test("writeEnglish knows every place of the report's schema that holds a message", () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/report.schema.json'), 'utf8'));
  const holders = Object.entries(schema.definitions)
    .flatMap(([name, definition]) =>
      Object.keys(definition.properties ?? {})
        .filter((key) => key.endsWith('_template'))
        .map((key) => `${name}.${key}`),
    )
    .sort();
  // Finding and Fix under `findings`, ReadinessItem under documents[].assignments[].readiness[].missing and
  // to_check: messages/index.js writes each.
  assert.deepEqual(holders, ['Finding.message_template', 'Fix.description_template', 'ReadinessItem.message_template']);
});

test('the English text is written into every message of a result', () => {
  const report = writeEnglish({
    findings: [
      {
        message: '',
        message_template: { id: 'final-period-missing', args: { claim: '3' } },
        fix: { description: '', description_template: { id: 'final-period-missing-add-claim', args: { claim: '3' } } },
      },
    ],
    documents: [
      {
        assignments: [
          {
            readiness: [{ missing: [], to_check: [{ message: '', message_template: { id: 'office-epo', args: {} } }] }],
          },
        ],
      },
      { assignments: [] },
    ],
  });
  assert.equal(report.findings[0].message, 'Claim 3 does not end with a period.');
  assert.equal(report.findings[0].fix.description, 'Add the final period to claim 3');
  assert.equal(report.documents[0].assignments[0].readiness[0].to_check[0].message, 'the EPO');
  const number = writeEnglish({ valid: false, problem: '', problem_template: { id: 'office-jpo', args: {} } });
  assert.equal(number.problem, 'the JPO');
  assert.equal(writeEnglish({ valid: true, problem: null, problem_template: null }).problem, null);
});
