// Writes what JavaScript shows findings' messages with (messages/index.js) into a folder, pkg/messages by default:
// each language's catalogue (messages/<language>.ftl) as a module, <language>.js, so that Node, bundlers, workers
// and plain pages all load it as they load code; and the Fluent runtime that renders them, @fluent/bundle bundled
// into one file, fluent-bundle.js, so that plain pages need no import map or bundler (with fluent-bundle.d.ts, for
// the project's own type check: the package ships neither the types nor @fluent/bundle itself).
//
//   node scripts/messages-js.mjs [OUT_DIR]

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export const LANGUAGES = ['en', 'ja', 'ko', 'zh'];
const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'pkg/messages');

mkdirSync(out, { recursive: true });
for (const language of LANGUAGES) {
  // Without the comments and blank lines, which are for translators (a tenth of the bytes).
  const source = readFileSync(join(root, `messages/${language}.ftl`), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .join('\n');
  writeFileSync(
    join(out, `${language}.js`),
    `// messages/${language}.ftl, written by scripts/messages-js.mjs.\nexport default ${JSON.stringify(source)};\n`,
  );
}
// Its licence, which the package ships beside it.
const fluent = JSON.parse(readFileSync(join(root, 'node_modules/@fluent/bundle/package.json'), 'utf8'));
writeFileSync(
  join(out, 'fluent-bundle.LICENSE.txt'),
  `fluent-bundle.js is @fluent/bundle ${fluent.version} (${fluent.homepage}, https://github.com/projectfluent/fluent.js),\n` +
    `by ${fluent.author}, bundled into one file. It is licensed under the Apache License, Version 2.0:\n\n` +
    readFileSync(join(root, 'licenses/Apache-2.0.txt'), 'utf8'),
);
// Its types, for the project's type check (tsconfig.json), which would otherwise check the minified code.
writeFileSync(join(out, 'fluent-bundle.d.ts'), "export * from '@fluent/bundle';\n");
await build({
  input: fileURLToPath(import.meta.resolve('@fluent/bundle/esm/index.js')),
  logLevel: 'silent',
  output: {
    file: join(out, 'fluent-bundle.js'),
    format: 'esm',
    minify: true,
    postBanner:
      '// @fluent/bundle (Apache-2.0, https://github.com/projectfluent/fluent.js), bundled by scripts/messages-js.mjs.',
  },
});
