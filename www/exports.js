// What leaves the page at the user's request: the report as JSON or SARIF, and the printed report's header.

import { acceptanceOf } from './accepted.js';
import { callWorker } from './checker.js';
import { el } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { importModule } from './modules.js';
import { dom, fileLabel, state } from './state.js';

function download(name, type, text) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportJson() {
  if (state.report) download('patlint-report.json', 'application/json', `${JSON.stringify(state.report, null, 2)}\n`);
}

/** The SARIF log is written by the checker (as the CLI's `--format sarif`), the accepted findings suppressed with
 *  the reason given, and each rule's documentation (which the checker's modules leave out) as its help; rejects
 *  when the checker fails. */
export async function exportSarif() {
  const report = state.report;
  if (!report) return;
  const accepted = report.findings.flatMap((finding, index) => {
    const acceptance = acceptanceOf(finding);
    return acceptance ? [{ finding: index, reason: acceptance.reason }] : [];
  });
  const docs = (await importModule('./pkg/rule-docs.js')).default;
  const log = await callWorker('sarif', {
    report: { version: report.version, findings: report.findings },
    accepted,
    docs,
  });
  download('patlint-report.sarif', 'application/sarif+json', `${log}\n`);
}

/** What the printed report says about itself: when, which offices, which files. */
export function renderPrintHeader() {
  const report = state.report;
  if (!report) return;
  const date = new Intl.DateTimeFormat(currentLanguage().htmlLang, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(),
  );
  dom.printHeader.replaceChildren(
    el('p', { class: 'print-title' }, t('print.title')),
    el(
      'dl',
      { class: 'print-meta' },
      el('dt', {}, t('print.date')),
      el('dd', {}, date),
      el('dt', {}, t('print.offices')),
      el('dd', {}, report.offices.join(', ')),
      el('dt', {}, t('print.files')),
      el('dd', {}, report.documents.map((d) => fileLabel(d.file)).join(', ')),
      dom.filingDate.value ? [el('dt', {}, t('filingDate.label')), el('dd', {}, dom.filingDate.value)] : null,
      dom.route.value !== 'national'
        ? [el('dt', {}, t('route.label')), el('dd', {}, t('route.pctNationalPhase'))]
        : null,
      el('dt', {}, t('print.version')),
      el('dd', {}, `patlint ${report.version}`),
    ),
  );
}
