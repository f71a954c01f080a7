// The package's API. The data types (Report, Options, Finding, …) are generated from the Rust types by
// wasm-bindgen and tsify into pkg/patlint.d.ts; this file only declares the functions that use them.

import type { Report, Options, RuleInfo, NumberCheck, Acceptance, SheetLook } from '../pkg/patlint.js';

export type * from '../pkg/patlint.js';

/**
 * A file of a filing: its name and its bytes, or its text; or, in a Web Worker, a `File` or `Blob` (named `blob-1`,
 * `blob-2`, … by position) or `{ name, bytes: Blob }`, which the Wasm module reads itself.
 */
export type FileInput = { name: string; bytes: Uint8Array | Blob } | { name: string; text: string } | Blob;

/** The files of a filing: an array of files (FileLists in it count as their files), or one FileList, File or Blob. */
export type FilesInput = ReadonlyArray<FileInput | FileList> | FileList | Blob;

/** Every error patlint throws; `code` tells which kind. */
export declare class PatlintError extends Error {
  readonly code: 'INVALID_OPTIONS' | 'INVALID_INPUT' | 'NOT_INITIALIZED' | 'DRAWINGS_NOT_LOADED' | 'INTERNAL';
}
/** The options object is malformed: an unknown office or option, a date that does not exist. */
export declare class InvalidOptionsError extends PatlintError {}
/** A file or argument is malformed. */
export declare class InvalidInputError extends PatlintError {}
/** A function was called before `init()` or `initSync()` finished. */
export declare class NotInitializedError extends PatlintError {}

/** A drawing file was checked before `initDrawings()` loaded drawing support. */
export declare class DrawingsNotLoadedError extends PatlintError {}

/** Loads the core Wasm module (found beside the package when no source is given). */
export declare function init(source?: URL | string | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Loads the Wasm module synchronously from its bytes or a compiled module. */
export declare function initSync(bytesOrModule: BufferSource | WebAssembly.Module): void;
/** Loads drawing support (PDF, TIFF, PNG, JPEG, GIF, BMP), a second module; calls use it from then on. */
export declare function initDrawings(source?: URL | string | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Whether `initDrawings()` has finished. */
export declare function drawingsLoaded(): boolean;
/** Whether a file is a drawing file, which needs `initDrawings()` (of a File or Blob, only its first bytes are read). */
export declare function isDrawing(file: FileInput): boolean;
/**
 * Checks a filing and returns the report (drawing files need `initDrawings()` first); `onProgress(done, total)` is
 * called after each file. `File`, `Blob` and `FileList` objects are read in a Web Worker only (FileReaderSync).
 */
export declare function check(files: FilesInput, options?: Options, onProgress?: (done: number, total: number) => void): Report;
/** Checks one claim set given as text and returns the report. */
export declare function checkClaims(text: string, options?: Options): Report;
/** Validates and normalises one application, publication or patent number. */
export declare function validateNumber(number: string, office?: string): NumberCheck;
/**
 * Writes a report as a SARIF 2.1.0 log (text), as the CLI's `--format sarif` does; each accepted finding (its index
 * in `report.findings`, with the user's reason) carries an external, accepted suppression. Errors cannot be accepted.
 */
export declare function sarif(report: Pick<Report, 'version' | 'findings'>, accepted?: Acceptance[]): string;
/**
 * Each sheet of a drawing file as it looks (simplified SVG path data in `unit`s, each `unit` millimetres, from the
 * sheet's top-left corner, and greyscale thumbnails of its images), to draw beneath a report's marks. Needs
 * `initDrawings()` first.
 */
export declare function sheetLooks(file: Uint8Array | Blob): SheetLook[];
/** A rule with its documentation (Markdown), which the Wasm modules leave out and the package keeps beside them. */
export type DocumentedRule = RuleInfo & { docs: string };
/** Every rule with its documentation, offices, severities and citations. */
export declare function rules(): DocumentedRule[];
/**
 * The rules' documentation in a language, by rule id: in English as `rules()` gives it; in Japanese, Korean and
 * Chinese each rule's translation, without the measurement on real documents (in English only). Loaded when first
 * asked for; an unknown language is an `InvalidInputError`.
 */
export declare function ruleDocs(language?: 'en' | 'ja' | 'ko' | 'zh'): Promise<Record<string, string>>;
/** The package's version. */
export declare function version(): string;
/** The version of the rules: the date of the legal catalogue they implement. */
export declare function rulesVersion(): string;
