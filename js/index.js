// patlint for JavaScript: a thin layer over the Wasm module that finds the .wasm file in Node, bundlers and plain
// browser pages, and turns the module's errors into Error subclasses with a `code`.

import initModule, {
  initSync as initModuleSync,
  check as wasmCheck,
  checkClaims as wasmCheckClaims,
  validateNumber as wasmValidateNumber,
  rules as wasmRules,
  version as wasmVersion,
  rulesVersion as wasmRulesVersion,
} from '../pkg/patlint.js';

/** Every error patlint throws; `code` tells which kind. */
export class PatlintError extends Error {
  constructor(message, code) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The options object is malformed: an unknown office or option, a date that does not exist. */
export class InvalidOptionsError extends PatlintError {}

/** A file or argument is malformed: a file without `name`, or without `bytes` or `text`. */
export class InvalidInputError extends PatlintError {}

/** A function was called before `init()` or `initSync()` finished. */
export class NotInitializedError extends PatlintError {}

const ERRORS = { INVALID_OPTIONS: InvalidOptionsError, INVALID_INPUT: InvalidInputError };
let ready = false;

/**
 * Loads the Wasm module. Without an argument it finds `patlint_bg.wasm` beside this package: by URL in browsers
 * and bundlers, from the file system in Node. Pass a URL, a Response, bytes or a compiled module to load it
 * from elsewhere. Safe to call more than once.
 */
export async function init(source) {
  if (ready) return;
  if (source === undefined && typeof process !== 'undefined' && process.versions?.node) {
    const { readFile } = await import('node:fs/promises');
    source = await readFile(new URL('../pkg/patlint_bg.wasm', import.meta.url));
  }
  await initModule(source === undefined ? undefined : { module_or_path: source });
  ready = true;
}

/** Loads the Wasm module synchronously from its bytes or a compiled `WebAssembly.Module` (e.g. in a worker). */
export function initSync(bytesOrModule) {
  if (ready) return;
  initModuleSync({ module: bytesOrModule });
  ready = true;
}

function call(fn) {
  if (!ready) throw new NotInitializedError('patlint is not initialised: await init() first', 'NOT_INITIALIZED');
  try {
    return fn();
  } catch (error) {
    const Kind = ERRORS[error?.code] ?? PatlintError;
    throw new Kind(error?.message ?? String(error), error?.code ?? 'INTERNAL');
  }
}

/**
 * Checks a filing: files as `{ name, bytes: Uint8Array }` or `{ name, text }`. Returns the report.
 * `onProgress(done, total)`, when given, is called after each file.
 */
export const check = (files, options, onProgress) => call(() => wasmCheck(files, options, onProgress));

/** Checks one claim set given as text. Returns the report. */
export const checkClaims = (text, options) => call(() => wasmCheckClaims(text, options));

/** Validates and normalises one application, publication or patent number, for an office or any. */
export const validateNumber = (number, office) => call(() => wasmValidateNumber(number, office));

/** Every rule with its documentation, offices, severities and citations. */
export const rules = () => call(() => wasmRules());

/** The package's version. */
export const version = () => call(() => wasmVersion());

/** The version of the rules: the date of the legal catalogue they implement. */
export const rulesVersion = () => call(() => wasmRulesVersion());
