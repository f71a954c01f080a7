// Writes the rules' documentation, which the Wasm modules leave out (src/rules/rule.rs says why), as one ES module
// per language into pkg/: pkg/rule-docs.js, the English of every rule from the native catalogue on standard input
// (`patlint rules --format json`), with its measurement on real documents; and pkg/rule-docs.<language>.js, the
// translations of messages/docs/<language>/<family>.md, one section per rule opened by its marker line
// (`<!-- rule: ID source: HASH -->`; the tests of src/cli/docs.rs keep them complete and current). Each module's
// default export is { [rule id]: Markdown }. The npm package's rules(), ruleDocs() and sarif() read them, and so
// does the page's rules list.
//
//   patlint rules --format json | node scripts/rule-docs.mjs [OUT_DIR]     # OUT_DIR: pkg/ unless given

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.argv[2] ?? join(ROOT, 'pkg');
const TRANSLATED = join(ROOT, 'messages', 'docs');

function write(file, docs, source) {
  const text = [
    `// Written by scripts/rule-docs.mjs from ${source}: the documentation of each rule, by id.`,
    `export default /** @type {Readonly<Record<string, string>>} */ (Object.freeze(${JSON.stringify(docs, null, 1)}));`,
    '',
  ].join('\n');
  writeFileSync(join(OUT, file), text);
}

/** Each rule's section of a translated file, as [id, Markdown]. */
const sections = (file) =>
  file
    .split('<!-- rule: ')
    .slice(1)
    .map((section) => {
      const end = section.indexOf(' -->');
      return [section.slice(0, end).split(' source: ')[0], section.slice(end + 4).trim()];
    });

const catalogue = JSON.parse(readFileSync(0, 'utf8'));
write('rule-docs.js', Object.fromEntries(catalogue.map((rule) => [rule.id, rule.docs])), "the rules' doc comments");
for (const language of readdirSync(TRANSLATED)) {
  const folder = join(TRANSLATED, language);
  const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
  const docs = Object.fromEntries(files.flatMap((file) => sections(readFileSync(join(folder, file), 'utf8'))));
  write(`rule-docs.${language}.js`, docs, `messages/docs/${language}/`);
}
