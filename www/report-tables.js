// The report's tables above the findings: offices × documents, whether each office would take each file, the
// assignment records' readiness, the sequence listings as read, and the counts-and-fees statement. app.js decides
// when they render; each fills its element of `dom` from the report it is given.

import { el } from './dom.js';
import { formatNumber, ruleSummary, t } from './i18n.js';
import { EDITOR_FILE, OFFICE_NAMES, dom, state } from './state.js';

/** The kinds of document, in the order of the matrix's columns. */
const KINDS = ['claims', 'description', 'drawings', 'assignment', 'sequences', 'unknown'];

/**
 * The matrix of offices × documents: for each office, the errors, warnings and infos in each kind of document the
 * filing has, and in all of them.
 */
export function renderSummary(offices, findings, documents) {
  const kindByFile = new Map(documents.map((d) => [d.file, d.kind]));
  const kindOf = (finding) => kindByFile.get(finding.file) ?? 'unknown';
  const kinds = KINDS.filter(
    (kind) => findings.some((f) => kindOf(f) === kind) || documents.some((d) => d.kind === kind),
  );
  const severities = ['error', 'warning', 'info'];
  const cell = (list, total) => {
    const counts = severities.map((severity) => list.filter((f) => f.severity === severity).length);
    return el(
      'td',
      {
        class: total ? 'total' : null,
        dataset: total ? { errors: counts[0], warnings: counts[1], infos: counts[2] } : {},
      },
      counts.flatMap((n, i) => [
        i ? el('span', { class: 'separator', 'aria-hidden': 'true' }, ' / ') : null,
        el(
          'span',
          { class: n > 0 ? `count has-${severities[i]}s` : 'count' },
          formatNumber(n),
          el('span', { class: 'visually-hidden' }, ` ${t(`summary.${severities[i]}s`)}`),
        ),
      ]),
    );
  };
  dom.summaryHead.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('summary.office')),
      kinds.map((kind) => el('th', { scope: 'col', dataset: { kind } }, t(`kind.${kind}`))),
      el('th', { scope: 'col' }, t('summary.all')),
    ),
  );
  dom.summary.replaceChildren(
    ...offices.map((office) => {
      const of = findings.filter((f) => f.offices.includes(office));
      return el(
        'tr',
        { dataset: { office } },
        el(
          'th',
          { scope: 'row' },
          el('span', { class: 'office-code' }, office),
          ' ',
          el('span', { class: 'office-name' }, OFFICE_NAMES[office] ?? ''),
        ),
        kinds.map((kind) =>
          cell(
            of.filter((f) => kindOf(f) === kind),
            false,
          ),
        ),
        cell(of, true),
      );
    }),
  );
}

/**
 * Would each office take each file? For every file of the filing (not the claims typed in the editor) and every
 * office, the worst finding of the intake rules (format, fonts, size, encryption, embedded objects): refused on an
 * error, to check on a warning, and no objection found otherwise, with the rules that say so.
 */
export function renderIntake(report, findings) {
  const intake = new Set((state.rules ?? []).filter((rule) => rule.intake).map((rule) => rule.id));
  const files = report.documents.filter((doc) => doc.file !== EDITOR_FILE);
  dom.intake.hidden = intake.size === 0 || files.length === 0;
  if (dom.intake.hidden) {
    dom.intake.replaceChildren();
    return;
  }
  const summaryOf = (id) => ruleSummary(id, state.rules?.find((r) => r.id === id)?.summary);
  const cell = (file, office) => {
    const found = findings.filter((f) => f.file === file && f.offices.includes(office) && intake.has(f.rule));
    const status = found.some((f) => f.severity === 'error')
      ? 'refused'
      : found.some((f) => f.severity === 'warning')
        ? 'check'
        : 'taken';
    return el(
      'td',
      { dataset: { office, status } },
      el('span', { class: `badge intake-${status}` }, t(`intake.${status}`)),
      found.length
        ? el(
            'ul',
            { class: 'intake-rules' },
            [...new Set(found.map((f) => f.rule))].map((rule) => el('li', {}, summaryOf(rule))),
          )
        : null,
    );
  };
  dom.intake.replaceChildren(
    el('h3', { id: 'intake-heading' }, t('intake.heading')),
    // A region the keyboard can scroll, when the offices' columns are wider than the panel.
    el(
      'div',
      { class: 'intake-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'intake-heading' },
      el(
        'table',
        { class: 'intake-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, t('intake.file')),
            report.offices.map((office) => el('th', { scope: 'col' }, office)),
          ),
        ),
        el(
          'tbody',
          {},
          files.map((doc) =>
            el(
              'tr',
              { dataset: { file: doc.file } },
              el('th', { scope: 'row' }, doc.file),
              report.offices.map((office) => cell(doc.file, office)),
            ),
          ),
        ),
      ),
    ),
  );
}

/** For each assignment record, how ready it is for recording at each office, and what is missing. */
export function renderReadiness(documents) {
  const records = documents.flatMap((doc) =>
    (doc.assignments ?? []).map((record, i, all) => ({
      doc,
      record,
      label: all.length > 1 ? `${doc.file} (${i + 1})` : doc.file,
    })),
  );
  dom.readiness.hidden = records.length === 0;
  if (!records.length) {
    dom.readiness.replaceChildren();
    return;
  }
  const summaryOf = (id) => ruleSummary(id, state.rules?.find((r) => r.id === id)?.summary);
  dom.readiness.replaceChildren(
    el('h3', {}, t('readiness.heading')),
    ...records.map(({ record, label }) =>
      el(
        'table',
        { class: 'readiness-table' },
        el('caption', {}, label),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['readiness.office', 'readiness.status', 'readiness.details'].map((key) =>
              el('th', { scope: 'col' }, t(key)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          record.readiness.map((row) =>
            el(
              'tr',
              { dataset: { office: row.office, status: row.status } },
              el(
                'th',
                { scope: 'row' },
                el('span', { class: 'office-code' }, row.office),
                ' ',
                el('span', { class: 'office-name' }, OFFICE_NAMES[row.office] ?? ''),
              ),
              el('td', {}, el('span', { class: `badge readiness-${row.status}` }, t(`readiness.${row.status}`))),
              el(
                'td',
                { class: 'readiness-details' },
                row.missing.length
                  ? el(
                      'ul',
                      {},
                      [...new Set(row.missing.map((item) => item.rule))].map((rule) => el('li', {}, summaryOf(rule))),
                    )
                  : null,
                row.to_check.length
                  ? el('span', { class: 'muted' }, t('readiness.toCheck', { n: row.to_check.length }))
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Each sequence listing as read: its sequences with their SEQ ID NO, molecule type, length, organism and feature keys. */
export function renderSequences(documents) {
  const listings = documents.filter((doc) => doc.sequences);
  dom.sequences.hidden = listings.length === 0;
  dom.sequences.replaceChildren(
    ...(listings.length ? [el('h3', {}, t('sequences.heading'))] : []),
    ...listings.map((doc) =>
      el(
        'table',
        { class: 'sequences-table', dataset: { file: doc.file } },
        el('caption', {}, t('sequences.caption', { file: doc.file, n: doc.sequences.sequences.length })),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ['sequences.id', 'sequences.type', 'sequences.length', 'sequences.organism', 'sequences.features'].map(
              (key) => el('th', { scope: 'col' }, t(key)),
            ),
          ),
        ),
        el(
          'tbody',
          {},
          doc.sequences.sequences
            .slice(0, 2000)
            .map((seq) =>
              el(
                'tr',
                { dataset: { sequence: seq.id } },
                el('th', { scope: 'row' }, seq.id),
                el('td', {}, seq.skipped ? t('sequences.skipped') : (seq.moltype ?? '')),
                el('td', { class: 'number' }, seq.skipped ? '' : formatNumber(seq.length)),
                el('td', {}, seq.organism ?? ''),
                el('td', {}, el('code', {}, seq.features.join(' '))),
              ),
            ),
        ),
      ),
    ),
  );
}

/** Currency formatters by language and currency: each costs about a millisecond to make, and the fees statement
 *  formats dozens of amounts in a handful of currencies (made anew each time, they were most of the first report's
 *  rendering). */
const amountFormats = new Map();

/** An amount in its currency, in the page's language: "USD 1,000", "¥96,000". */
function formatAmount(value, currency) {
  const language = document.documentElement.lang || 'en';
  const key = `${language} ${currency}`;
  let format = amountFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    amountFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * The counts-and-fees statement: closed, its summary says per office what the filing's size costs (totals where a
 * dated schedule gives amounts, the number of items without one); open, every item with what the office counted.
 */
export function renderFees(items = []) {
  dom.fees.hidden = items.length === 0;
  if (!items.length) {
    dom.fees.replaceChildren();
    return;
  }
  const offices = [...new Set(items.map((item) => item.office))];
  const officeSummary = (office) => {
    const charged = items.filter((item) => item.office === office && item.quantity > 0);
    const totals = new Map();
    for (const item of charged.filter((i) => i.total !== undefined))
      totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.total);
    const unpriced = charged.filter((item) => item.total === undefined).length;
    const parts = [...totals].map(([currency, total]) => formatAmount(total, currency));
    if (unpriced) parts.push(t('fees.unpriced', { n: unpriced }));
    return el(
      'span',
      { class: 'fee-office', dataset: { office } },
      el('span', { class: 'office-code' }, office),
      ' ',
      parts.length ? parts.join(' + ') : t('fees.none'),
    );
  };
  const counted = (item) =>
    item.unit === 'application' || item.unit === 'format'
      ? ''
      : `${formatNumber(item.counted)} ${t(`fees.unit.${item.unit}`)}`;
  const amount = (item) =>
    item.amount === undefined
      ? el('span', { class: 'muted' }, t('fees.notConfirmed'))
      : [
          `${formatNumber(item.quantity)} × ${formatAmount(item.amount, item.currency)} = ${formatAmount(item.total, item.currency)}`,
          el('span', { class: 'muted' }, ` ${t('fees.since', { date: item.since })}`),
        ];
  dom.fees.replaceChildren(
    el(
      'summary',
      {},
      el('span', { class: 'fees-heading' }, t('fees.heading')),
      ' ',
      ...offices.flatMap((office, i) => [i ? ' · ' : '', officeSummary(office)]),
    ),
    el('p', { class: 'hint' }, t('fees.note')),
    el(
      'table',
      { class: 'fees-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ['fees.office', 'fees.item', 'fees.counted', 'fees.charged', 'fees.amount', 'fees.citation'].map((key) =>
            el('th', { scope: 'col' }, t(key)),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        items.map((item) =>
          el(
            'tr',
            { class: item.quantity > 0 ? 'charged' : 'not-charged', dataset: { item: item.item } },
            el('th', { scope: 'row' }, el('span', { class: 'office-code' }, item.office)),
            el(
              'td',
              {},
              t(`fees.item.${item.item}`) === `fees.item.${item.item}` ? item.label : t(`fees.item.${item.item}`),
            ),
            el('td', { class: 'number' }, counted(item)),
            el('td', { class: 'number' }, formatNumber(item.quantity)),
            el('td', {}, item.quantity > 0 ? amount(item) : ''),
            el('td', { class: 'muted' }, `${item.citation} (${item.grade === 'Unconfirmed' ? '?' : item.grade})`),
          ),
        ),
      ),
    ),
  );
}
