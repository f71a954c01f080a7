#!/usr/bin/env bash
# Builds the two Wasm modules and their bindings into pkg/: the core (claims, descriptions, assignments) in pkg/,
# and the module with drawing support (the `drawings` feature: everything the core does, plus PDF and images) in
# pkg/drawings/, which pages load only when a drawing is checked. Each is size-optimised with binaryen's wasm-opt
# from npm and smoke-tested. Then the report's JSON Schema is generated from the TypeScript types wasm-bindgen
# writes from the Rust types, and the modules are copied into www/pkg for the page (the messages' translations into
# www/messages and www/pkg/messages, the core's catalogue of rules into www/pkg/rules.json); the rules' documentation,
# which the modules leave out, goes into pkg/rule-docs*.js. pkg/ is what npm ships. Last, the page's JavaScript is
# bundled (scripts/build-page.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# shellcheck source=scripts/wasm-module.sh
source scripts/wasm-module.sh

# wasm-pack empties its output folder, so the drawings module is built beside pkg/ and moved in afterwards.
build_module target/pkg-drawings release ""
build_module pkg wasm-core "" --no-default-features
rm -rf pkg/drawings && mkdir -p pkg/drawings
cp target/pkg-drawings/patlint.js target/pkg-drawings/patlint_bg.wasm pkg/drawings/

# The rules' documentation in each language, which the Wasm modules leave out, from the native build's catalogue
# and messages/docs/ (pkg/rule-docs.js and pkg/rule-docs.<language>.js; the script says how).
cargo run --quiet --bin patlint -- rules --format json | node scripts/rule-docs.mjs

# The messages' catalogues as modules, and the Fluent runtime that shows them (pkg/messages/): the modules carry
# messages as ids and values, and the package writes their text.
node scripts/messages-js.mjs pkg/messages

# The optimised modules must still work: check claims with the core and a drawing with the drawings module.
node --input-type=module -e "
import { init, initDrawings, check, checkClaims } from './js/index.js';
await init();
const report = checkClaims('1. A lever.\n2. The lever of claim 3.');
if (!report.findings.some((f) => f.rule === 'claims/dependency-target-missing')) throw new Error('optimised core fails');
await initDrawings();
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>');
const drawings = check([{ name: 'sheet.pdf', bytes: pdf }], { offices: ['EP'] });
if (!drawings.findings.some((f) => f.rule === 'drawings/sheet-size-invalid')) throw new Error('optimised drawings module fails: ' + JSON.stringify(drawings.findings));
"
mkdir -p schemas
npx --no-install ts-json-schema-generator --path pkg/patlint.d.ts --type Report --no-top-ref --out schemas/report.schema.json >/dev/null
rm -rf www/pkg www/messages && mkdir -p www/pkg/drawings www/messages
cp messages/index.js www/messages/
# The grouping of findings into cards that the package's element and the page share (js/finding-cards.js).
cp js/finding-cards.js www/
cp pkg/patlint.js pkg/patlint_bg.wasm pkg/patlint.d.ts pkg/rule-docs*.js www/pkg/
cp pkg/drawings/patlint.js pkg/drawings/patlint_bg.wasm www/pkg/drawings/
cp -r pkg/messages www/pkg/
# The core module's catalogue of rules ({ version, rules }, as the worker's 'meta' answers), for the page to fetch while its worker starts and checks the sample (the boot
# script in www/index.html): the worker's first work is then that check.
node scripts/rules-json.mjs pkg www/pkg/rules.json
# The page's modules and its worker's, each bundled into the one file www/index.html loads.
node scripts/build-page.mjs
