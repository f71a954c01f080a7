// Writes the page's catalogue of rules (pkg/rules.json: the version and each rule's id, summary and offices, what
// the page shows before any documentation is asked for) from a core Wasm module's own `rules()`.
//
//   node scripts/rules-json.mjs PKG_DIR OUT_FILE     # PKG_DIR holds patlint.js and patlint_bg.wasm

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, out] = process.argv.slice(2);
if (!pkg || !out) throw new Error('usage: node scripts/rules-json.mjs PKG_DIR OUT_FILE');
const { default: init, rules, version } = await import(pathToFileURL(resolve(pkg, 'patlint.js')).href);
await init({ module_or_path: readFileSync(join(pkg, 'patlint_bg.wasm')) });
writeFileSync(out, JSON.stringify({ version: version(), rules: rules() }));
