// The page's Wasm build (www/pkg), loaded in Node for tests of the page's modules that need real reports.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PKG = new URL('../../www/pkg/', import.meta.url);

/** The checker's JavaScript API, initialised. */
export async function loadChecker() {
  const api = await import(new URL('patlint.js', PKG).href);
  api.initSync({ module: readFileSync(fileURLToPath(new URL('patlint_bg.wasm', PKG))) });
  return api;
}
