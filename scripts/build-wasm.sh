#!/usr/bin/env bash
# Builds the Wasm module and its bindings into pkg/ (size-optimised with binaryen's wasm-opt from npm, then
# smoke-tested), the report's JSON Schema from the TypeScript types wasm-bindgen writes from the Rust types, and
# copies the module into www/pkg for the page. pkg/ is what the npm package ships.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm-pack build --mode no-install --release --target web --out-dir pkg --no-gitignore --no-pack
rm -f pkg/package.json pkg/README.md pkg/.gitignore
npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  pkg/patlint_bg.wasm -o pkg/patlint_bg.opt.wasm
mv pkg/patlint_bg.opt.wasm pkg/patlint_bg.wasm
# The optimised module must still work: check a claim set in Node.
node --input-type=module -e "
import { init, checkClaims } from './js/index.js';
await init();
const report = checkClaims('1. A lever.\n2. The lever of claim 3.');
if (!report.findings.some((f) => f.rule === 'claims/dependency-target-missing')) throw new Error('optimised module fails');
"
mkdir -p schemas
npx --no-install ts-json-schema-generator --path pkg/patlint.d.ts --type Report --no-top-ref --out schemas/report.schema.json >/dev/null
echo "pkg/patlint_bg.wasm: $(wc -c < pkg/patlint_bg.wasm) bytes, $(gzip -9c pkg/patlint_bg.wasm | wc -c) gzip"
rm -rf www/pkg && mkdir -p www/pkg && cp pkg/patlint.js pkg/patlint_bg.wasm pkg/patlint.d.ts www/pkg/
