// The command line (fluent-bundle, src/message/catalogue.rs) and JavaScript (@fluent/bundle, messages/index.js)
// write the same text for every message: the findings of the project's fixtures, in English (the JSON report's
// `message`) and in Japanese, Korean and Chinese (its SARIF, written with `--language`). Needs the native build of
// the command line (target/debug/patlint), which `cargo test` makes before scripts/test.sh runs these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMessage, loadLanguage } from '../../messages/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'target', 'debug', 'patlint');

/** Claims with many defects, plurals among them, beside the fixtures' documents. */
const CLAIMS = `1. A lever
2. The lever of claim 1, being red.
3. The lever of claims 1 and 2, being long.
4. The lever of claim 2 or 3, being short.
5. The lever of claim 9 or 8, being blue.
5. The lever of claim 6, being green.
`;

const fixtures = ['docx', 'st26', 'pdf'].flatMap((dir) =>
  readdirSync(join(root, 'tests', 'fixtures', dir))
    .filter((name) => /\.(docx|xml|pdf|txt)$/.test(name))
    .map((name) => join(root, 'tests', 'fixtures', dir, name)),
);

function run(args, input) {
  const out = spawnSync(cli, ['check', '--today', '2026-12-06', ...args], { input, maxBuffer: 1 << 28 });
  return JSON.parse(out.stdout.toString());
}

const cases = [...fixtures.map((file) => ({ args: [file] })), { args: ['-'], input: CLAIMS }];

test('the command line is built', () => {
  assert.ok(existsSync(cli), `${cli} is missing: build it with cargo build (scripts/test.sh runs cargo test first)`);
});

test('JavaScript writes the English of every finding as the command line does', { skip: !existsSync(cli) }, () => {
  let compared = 0;
  for (const { args, input } of cases) {
    for (const finding of run(['--format', 'json', ...args], input).findings) {
      assert.equal(formatMessage(finding.message_template), finding.message, `${args[0]} ${finding.rule}`);
      if (finding.fix) assert.equal(formatMessage(finding.fix.description_template), finding.fix.description);
      compared += 1;
    }
  }
  assert.ok(compared > 50, `${compared} findings`);
});

test('and in Japanese, Korean and Chinese', { skip: !existsSync(cli) }, async () => {
  for (const language of ['ja', 'ko', 'zh']) {
    await loadLanguage(language);
    for (const { args, input } of cases) {
      const report = run(['--format', 'json', ...args], input);
      const sarif = run(['--format', 'sarif', '--language', language, ...args], input);
      const written = sarif.runs[0].results.map((result) => result.message.text).sort();
      const shown = report.findings.map((finding) => formatMessage(finding.message_template, language)).sort();
      assert.deepEqual(shown, written, `${language} ${args[0]}`);
    }
  }
});
