// <patlint-check>, the web component of patlint/element: a drop area, a progress bar and the grouped report.

import type { Report, Options, Office, Severity, Finding } from '../pkg/patlint.js';

/** What `patlint-error` carries: the message, and a code (INVALID_OPTIONS, INVALID_INPUT, WORKER, …). */
export interface PatlintErrorDetail {
  message: string;
  code: string;
}

/** One card of the grouped report: a rule in a document, its places, and the offices of each severity. */
export interface ReportCard {
  rule: string;
  file: string;
  severity: Severity;
  offices: Array<{ severity: Severity; offices: Office[] }>;
  /** Each place's findings (the findings of one `group`), in the order of the document. */
  places: Finding[][];
}

/** The report as the element (and patlint's page) groups it: one card per rule and document, errors first. */
export declare function groupReport(report: Report): ReportCard[];

/**
 * `<patlint-check offices="US,EP" language="ja" route="pct-national-phase" filing-date="2024-01-31">`: checks the
 * files dropped on it or chosen, in a worker, and shows the grouped report. Raises `patlint-report` (detail: the
 * report) and `patlint-error`.
 */
export declare class PatlintCheck extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The last report, or null. */
  readonly report: Report | null;
  /** The options the attributes give. */
  readonly options: Options;
  /** Checks files; resolves with the report shown (a later check's, when one overtook this one). */
  check(files: FileList | ArrayLike<File>): Promise<Report>;
}

declare global {
  interface HTMLElementTagNameMap {
    'patlint-check': PatlintCheck;
  }
  interface HTMLElementEventMap {
    'patlint-report': CustomEvent<Report>;
    'patlint-error': CustomEvent<PatlintErrorDetail>;
  }
}
