// Bundles the page's JavaScript into the two files www/index.html loads: www/app.bundle.js (app.js and the modules
// it imports) and www/worker.bundle.js (worker.js with messages/index.js, the Fluent runtime and the English
// catalogue). scripts/build-wasm.sh runs it after copying those into www/; run it again after editing www/*.js
// (it takes a second): the end-to-end tests refuse bundles older than their sources.
//
//   node scripts/build-page.mjs [SITE]    (www/ by default; scripts/bench.sh bundles the copy of the page it times)
//
// Why bundles: the page's 20 modules and the worker's 4 were 24 requests, which the browser sends six at a time to
// one server, and the worker's messages waited behind the page's modules. Bundled, the page reached its first
// report in a median of 226 ms against 282 ms, and 331 against 415 ms with 40 ms a request (BENCHMARKS.md). What
// loads on demand stays a module of its own, beside the bundles so that relative paths resolve as before: the Wasm
// bindings (www/pkg/), the other languages (www/i18n/, www/pkg/messages/) and the rules' documentation.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const WWW = process.argv[2] ? `${resolve(process.argv[2])}/` : fileURLToPath(new URL('../www/', import.meta.url));

/** The bundles, each with the modules it leaves out (loaded when needed, from their own files). */
const BUNDLES = [
  {
    input: 'app.js',
    output: 'app.bundle.js',
    // The messages' catalogues (for a language other than English) and the Wasm bindings' types.
    external: [/\/messages\/index\.js$/, /\/pkg\//],
  },
  {
    input: 'worker.js',
    output: 'worker.bundle.js',
    // The Wasm bindings, which the worker imports while the module compiles, and the other languages' catalogues.
    external: [/patlint\.js$/, /\/messages\/(ja|ko|zh)\.js$/],
  },
];

for (const bundle of BUNDLES) {
  await build({
    input: WWW + bundle.input,
    external: bundle.external,
    logLevel: 'warn',
    // One file each: the worker's dynamic import of its messages (so that they load while the module compiles)
    // becomes a function in the bundle, which runs where the import was.
    output: { file: WWW + bundle.output, format: 'esm', minify: true, sourcemap: true, codeSplitting: false },
  });
}
