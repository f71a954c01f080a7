// The page's Wasm build (www/pkg), loaded in Node for tests of the page's modules that need real reports.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeEnglish } from '../../messages/index.js';

const PKG = new URL('../../www/pkg/', import.meta.url);

/** The checker's JavaScript API, initialised: the core module, or with `drawings` the module with drawing support. */
export async function loadChecker({ drawings = false } = {}) {
  const dir = new URL(drawings ? 'drawings/' : './', PKG);
  const api = await import(new URL('patlint.js', dir).href);
  api.initSync({ module: readFileSync(fileURLToPath(new URL('patlint_bg.wasm', dir))) });
  // The modules carry messages as ids: their English text is written as the page's worker writes it.
  const english =
    (call) =>
    (...args) =>
      writeEnglish(call(...args));
  return {
    ...api,
    check: english(api.check),
    checkClaims: english(api.checkClaims),
    validateNumber: english(api.validateNumber),
  };
}
