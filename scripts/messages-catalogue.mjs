// Writes messages/catalogue.json: the translations of messages/*.js as one JSON file, for the native CLI
// (`patlint check --language ja`), which embeds it. The JavaScript catalogues stay the source; tests/messages/
// fails when this file no longer matches them.
//
//   node scripts/messages-catalogue.mjs            writes it
//   node scripts/messages-catalogue.mjs --print    prints it

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUES, LIST_WORDS } from '../messages/index.js';

export const CATALOGUE_JSON = fileURLToPath(new URL('../messages/catalogue.json', import.meta.url));

/** The catalogue as the CLI reads it: list words per language, and per English template its translations. */
export function catalogueJson() {
  const merged = Object.assign({}, ...Object.values(CATALOGUES));
  const messages = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((template) => [template, merged[template]]),
  );
  return `${JSON.stringify({ list_words: LIST_WORDS, messages }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--print')) process.stdout.write(catalogueJson());
  else writeFileSync(CATALOGUE_JSON, catalogueJson());
}
