// patlint for JavaScript: a thin layer over two Wasm modules that finds the .wasm files in Node, bundlers and plain
// browser pages, and turns the modules' errors into Error subclasses with a `code`.
//
// The core module (claims, descriptions, assignments) is small and loads first. Drawing support (PDF, TIFF, PNG,
// JPEG, GIF, BMP) is a second, larger module holding everything the core does too; `initDrawings()` loads it and
// every call goes to it from then on.

import initCore, * as core from '../pkg/patlint.js';
// The rules' documentation by id, which the build writes from the rules' doc comments: the modules leave it out.
import RULE_DOCS from '../pkg/rule-docs.js';
// The modules carry messages as ids and values: their English text is written here (messages/*.ftl).
import { writeEnglish } from '../messages/index.js';

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

/** A drawing file was checked before `initDrawings()` loaded drawing support. */
export class DrawingsNotLoadedError extends PatlintError {}

const ERRORS = { INVALID_OPTIONS: InvalidOptionsError, INVALID_INPUT: InvalidInputError };

/** The module calls go to: the core, then the drawings module once loaded. */
let active = null;
let drawingsLoading = null;

const inNode = () => typeof process !== 'undefined' && process.versions?.node;

/** The module's bytes beside this package in Node (whose fetch cannot read file URLs); the URL elsewhere. */
async function locate(source, url) {
  if (source !== undefined || !inNode()) return source;
  const { readFile } = await import('node:fs/promises');
  return readFile(url);
}

/**
 * Loads the core Wasm module. Without an argument it finds `patlint_bg.wasm` beside this package: by URL in
 * browsers and bundlers, from the file system in Node. Pass a URL, a Response, bytes or a compiled module to load
 * it from elsewhere. Safe to call more than once.
 */
export async function init(source) {
  if (active) return;
  source = await locate(source, new URL('../pkg/patlint_bg.wasm', import.meta.url));
  await initCore(source === undefined ? undefined : { module_or_path: source });
  active ??= core;
}

/** Loads the core Wasm module synchronously from its bytes or a compiled `WebAssembly.Module` (e.g. in a worker). */
export function initSync(bytesOrModule) {
  if (active) return;
  core.initSync({ module: bytesOrModule });
  active = core;
}

/**
 * Loads drawing support (a second module of about 1.5 MB gzip, found beside this package like the core's) so that
 * `check` reads PDF, TIFF, PNG, JPEG, GIF and BMP drawings. Safe to call more than once.
 */
export function initDrawings(source) {
  drawingsLoading ??= (async () => {
    const drawings = await import('../pkg/drawings/patlint.js');
    source = await locate(source, new URL('../pkg/drawings/patlint_bg.wasm', import.meta.url));
    await drawings.default(source === undefined ? undefined : { module_or_path: source });
    active = drawings;
  })().catch((error) => {
    // Not kept: the next call tries again (the network may be back).
    drawingsLoading = null;
    throw error;
  });
  return drawingsLoading;
}

/** Whether `initDrawings()` has finished. */
export const drawingsLoaded = () => active !== null && active !== core;

function call(fn) {
  if (!active) throw new NotInitializedError('patlint is not initialised: await init() first', 'NOT_INITIALIZED');
  try {
    return fn(active);
  } catch (error) {
    if (error instanceof PatlintError) throw error;
    writeEnglish(error);
    const Kind = ERRORS[error?.code] ?? PatlintError;
    throw new Kind(error?.message ?? String(error), error?.code ?? 'INTERNAL');
  }
}

const isA = (value, type) => typeof globalThis[type] === 'function' && value instanceof globalThis[type];

/** The files of a check as an array: a FileList, File or Blob alone is one item, a FileList in an array its files. */
function listOf(files) {
  if (isA(files, 'FileList') || isA(files, 'Blob')) files = [files];
  return Array.isArray(files) ? files.flatMap((file) => (isA(file, 'FileList') ? [...file] : [file])) : files;
}

/** What a file's format is told from: its bytes or its Blob (a File, or `{ name, bytes: Blob }`). */
const contentOf = (file) =>
  isA(file, 'Blob') ? file : file?.bytes instanceof Uint8Array || isA(file?.bytes, 'Blob') ? file.bytes : undefined;

const drawingIn = (m, file) => {
  const content = contentOf(file);
  return content !== undefined && m.isDrawing(content);
};

/**
 * Whether a file (`{ name, bytes }`, or in a worker a `File` or `Blob`) is a drawing file, which needs
 * `initDrawings()`. Of a File or Blob only the first bytes are read.
 */
export const isDrawing = (file) => call((m) => drawingIn(m, file));

/**
 * Checks a filing: files as `{ name, bytes: Uint8Array }` or `{ name, text }`, or, in a Web Worker, `File`, `Blob`
 * and `FileList` objects (or `{ name, bytes: Blob }`), which the Wasm module reads itself: no JavaScript copies
 * their bytes. Returns the report. `onProgress(done, total)`, when given, is called after each file. Drawing files
 * need `initDrawings()` first.
 */
export const check = (files, options, onProgress) =>
  call((m) => {
    files = listOf(files);
    if (!m.drawingSupport() && Array.isArray(files)) {
      const at = files.findIndex((file) => drawingIn(m, file));
      if (at >= 0) {
        throw new DrawingsNotLoadedError(
          `${files[at].name ?? `blob-${at + 1}`} is a drawing file: await initDrawings() before checking drawings`,
          'DRAWINGS_NOT_LOADED',
        );
      }
    }
    return writeEnglish(m.check(files, options, onProgress));
  });

/** Checks one claim set given as text. Returns the report. */
export const checkClaims = (text, options) => call((m) => writeEnglish(m.checkClaims(text, options)));

/** Validates and normalises one application, publication or patent number, for an office or any. */
export const validateNumber = (number, office) => call((m) => writeEnglish(m.validateNumber(number, office)));

/**
 * Writes a report as a SARIF 2.1.0 log (text), as the CLI's `--format sarif` does. `accepted`, when given, lists
 * the findings the user accepted, `{ finding, reason }` with `finding` the index in `report.findings`: each carries
 * an external, accepted suppression whose justification is the reason. Errors cannot be accepted.
 */
export const sarif = (report, accepted) => call((m) => m.sarif(report, accepted, RULE_DOCS));

/**
 * Each sheet of a drawing file as it looks, to draw beneath a report's marks: simplified SVG path data in `unit`s
 * (each `unit` millimetres) and greyscale thumbnails of its images (`SheetLook[]`). The file as `Uint8Array`, or in a Web Worker
 * a `File` or `Blob`. Needs `initDrawings()` first.
 */
export const sheetLooks = (file) =>
  call((m) => {
    if (!m.drawingSupport()) {
      throw new DrawingsNotLoadedError(
        'sheetLooks() draws drawing files: await initDrawings() first',
        'DRAWINGS_NOT_LOADED',
      );
    }
    return m.sheetLooks(file);
  });

/** Every rule with its documentation, offices, severities and citations. */
export const rules = () => call((m) => m.rules().map((rule) => ({ ...rule, docs: RULE_DOCS[rule.id] ?? '' })));

const TRANSLATED_DOCS = {
  ja: () => import('../pkg/rule-docs.ja.js'),
  ko: () => import('../pkg/rule-docs.ko.js'),
  zh: () => import('../pkg/rule-docs.zh.js'),
};

/**
 * The rules' documentation in `language` (`en`, `ja`, `ko` or `zh`), by rule id: in English as `rules()` gives it;
 * in the others each rule's translation, without the measurement on real documents (in English only). Each
 * language is loaded when first asked for.
 */
export async function ruleDocs(language = 'en') {
  if (language === 'en') return RULE_DOCS;
  const load = Object.hasOwn(TRANSLATED_DOCS, language) ? TRANSLATED_DOCS[language] : undefined;
  if (!load) throw new InvalidInputError(`no documentation in ${language} (en, ja, ko, zh)`, 'INVALID_INPUT');
  return (await load()).default;
}

/** The package's version. */
export const version = () => call((m) => m.version());

/** The version of the rules: the date of the legal catalogue they implement. */
export const rulesVersion = () => call((m) => m.rulesVersion());
