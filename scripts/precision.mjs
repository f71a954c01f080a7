// Precision per rule on real documents (issue #15); run through scripts/precision.sh, which builds the CLI first.
//
//   node scripts/precision.mjs --corpus ../shared/corpus --patlint target/release/patlint --out docs
//
// Every real document of the corpus is checked on its own with `patlint check --format json`, under the office that
// published it, and the findings are counted per rule × office × severity, split into granted documents and
// published applications/other. Writes <out>/PRECISION.md and <out>/precision.json, merges the hand-kept
// explanations of <out>/precision-explained.tsv, and prints the totals. The output is sorted and has no date or
// timing in it, so that regenerating it on the same sources gives byte-identical files.

import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

// The date the rules take as today (`--today`): pinned so that the measurement does not move from day to day. Only
// date rules use it (assignment dates in the future, PCT changes after 30 months, nationality certificates), and the
// law applied to documents that carry no filing date.
const TODAY = '2026-12-01';
const SEVERITIES = ['error', 'warning', 'info'];
const CLASSES = ['granted', 'published'];
const CLASS_LABEL = { granted: 'granted', published: 'published/other' };
const OFFICE_ORDER = ['US', 'EP', 'JP', 'KR', 'CN', 'WO'];
const JOBS = 2;
const TIMEOUT_MS = 180_000;
const MESSAGE_CHARS = 240;

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])),
);
const CORPUS = resolve(args.corpus ?? '../shared/corpus');
const PATLINT = resolve(args.patlint ?? 'target/release/patlint');
const OUT = resolve(args.out ?? 'docs');
const EXPLAINED = join(OUT, 'precision-explained.tsv');

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const byOffice = (a, b) => OFFICE_ORDER.indexOf(a) - OFFICE_ORDER.indexOf(b) || byString(a, b);
const posix = (path) => path.split(sep).join('/');
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const entries = (n) => `${n} document × rule ${n === 1 ? 'entry' : 'entries'}`;

// ---------------------------------------------------------------------------------------------------------------
// The corpus: which files are documents, grouped into what is checked as one filing.

function walk(dir) {
  const files = [];
  for (const name of readdirSync(dir).sort(byString)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  return files;
}

/** The first `bytes` bytes of a file as UTF-8 text (enough for a root element and the bibliographic data). */
function head(path, bytes = 65536) {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const first = (text, pattern) => text.match(pattern)?.[1]?.trim();

/**
 * The office that published a document, its kind code and whether it is a grant, decided from the XML: the root
 * element, then the document's own country and kind code. Returns null for a file that is not a patent document.
 */
function identify(text) {
  const root = first(text, /<([A-Za-z][\w:.-]*)/);
  const rootTag = first(text, /(<[A-Za-z][\w:.-]*[^>]*>)/) ?? '';
  const attr = (name) => first(rootTag, new RegExp(`\\s${name}="([^"]*)"`));
  switch (root) {
    case 'us-patent-grant':
      return {
        office: 'US',
        format: 'USPTO grant XML',
        kind: first(text, /<kind>([^<]*)<\/kind>/) ?? 'B',
        granted: true,
      };
    case 'PATDOC': // ST.32 v2.5, the USPTO's grant DTD of 2001–2004
      return {
        office: 'US',
        format: 'USPTO ST.32 grant',
        kind: first(text, /<B130>\s*<PDAT>([^<]*)/) ?? 'B',
        granted: true,
      };
    case 'us-patent-application':
      return {
        office: 'US',
        format: 'USPTO application XML',
        kind: first(text, /<kind>([^<]*)<\/kind>/) ?? 'A',
        granted: false,
      };
    case 'patent-application-publication':
      return {
        office: 'US',
        format: 'USPTO PAP v1.5',
        kind: first(text, /<kind-code>([^<]*)<\/kind-code>/) ?? 'A1',
        granted: false,
      };
    case 'pat:ClaimsDocument':
    case 'pat:SpecificationDocument':
      return { office: 'US', format: 'USPTO XML4IP (as filed)', kind: 'as filed', granted: false };
    case 'response':
      if (/assignment|reelNo|conveyanceText/i.test(text)) {
        return { office: 'US', format: 'USPTO assignment API', kind: 'assignment', granted: false };
      }
      return null;
    case 'ep-patent-document': {
      const kind = first(text, /<B130>([^<]*)<\/B130>/) ?? attr('kind') ?? '?';
      const office = first(text, /<B190>([^<]*)<\/B190>/) ?? attr('country') ?? 'EP';
      return { office, format: 'EPO ep-patent-document', kind, granted: /^B/.test(kind) };
    }
    case 'jp-official-gazette': {
      const label = first(text, /<kind>([^<]*)<\/kind>/) ?? '';
      const kind = first(label, /[(（]([A-Z]\d?)[)）]/) ?? label;
      return { office: 'JP', format: 'JPO gazette XML', kind, granted: /^[BUY]/.test(kind) };
    }
    case 'cn-patent-document':
    case 'business:PatentDocumentAndRelated': {
      const kind = attr('kind') ?? first(text, /<(?:base:)?[Kk]ind>([^<]*)</) ?? '?';
      const format = root === 'cn-patent-document' ? 'CNIPA XML (old)' : 'CNIPA XML (business)';
      return { office: 'CN', format, kind, granted: /^[BCUYS]/.test(kind) };
    }
    case 'pat:PatentPublication': {
      const office = first(text, /<com:IPOfficeCode>([^<]*)</) ?? 'WO';
      const kind = first(text, /<com:PatentDocumentKindCode>([^<]*)</) ?? '?';
      return { office, format: 'WIPO ST.96', kind, granted: /^[BCESU]/.test(kind) };
    }
    case 'ops:world-patent-data': {
      const reference = first(text, /<publication-reference[^>]*>([\s\S]*?)<\/publication-reference>/) ?? text;
      const office = first(reference, /<country>([^<]*)</) ?? 'EP';
      const kind = first(reference, /<kind>([^<]*)</) ?? '?';
      return { office, format: 'EPO OPS', kind, granted: /^[BC]/.test(kind) };
    }
    default:
      return null;
  }
}

/** The image files that an ST.36 publication's XML places in its `<drawings>` part. */
function drawingImages(xml) {
  const part = first(xml, /<drawings\b[^>]*>([\s\S]*?)<\/drawings>/) ?? '';
  return [...part.matchAll(/<img\b[^>]*\bfile="([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The units checked: each a list of files read as one filing, under one office. Also returns the files not
 * checked, with the reason.
 */
function plan() {
  const files = walk(CORPUS).map((path) => posix(relative(CORPUS, path)));
  const units = [];
  const skipped = [];
  const taken = new Set();
  const skip = (path, reason) => {
    skipped.push({ path, reason });
    taken.add(path);
  };

  // ST.36 packages as the EPO publication server delivers them: toc.xml, the publication's XML, its images and the
  // published PDF. The XML and the TIFFs of its <drawings> are one filing; the PDF, which repeats the same
  // publication, is checked on its own.
  for (const toc of files.filter((path) => basename(path).toLowerCase() === 'toc.xml')) {
    const dir = dirname(toc);
    const inDir = files.filter((path) => dirname(path) === dir);
    const xml = inDir.find((path) => path !== toc && /\.xml$/i.test(path) && identify(head(join(CORPUS, path))));
    if (!xml) continue;
    const text = readFileSync(join(CORPUS, xml), 'utf8');
    const id = identify(text);
    const drawings = drawingImages(text)
      .map((file) => `${dir}/${file}`)
      .filter((path) => inDir.includes(path));
    units.push({ ...id, files: [xml, ...drawings], path: xml, package: dir });
    taken.add(xml);
    for (const path of drawings) taken.add(path);
    skip(toc, "the package's table of contents, not a document");
    for (const path of inDir.filter((p) => !taken.has(p))) {
      const name = basename(path).toLowerCase();
      if (name.endsWith('.pdf')) {
        units.push({ ...id, format: 'published PDF', files: [path], path, package: dir });
        taken.add(path);
      } else if (name.startsWith('srep')) skip(path, 'a page of the search report, not part of the application');
      else if (name.startsWith('imga')) skip(path, 'the abstract figure, a copy of one of the drawings');
      else if (name.endsWith('.tif'))
        skip(path, 'an image inside the description (formula, table), not a drawing sheet');
    }
  }

  for (const path of files.filter((p) => !taken.has(p))) {
    const lower = path.toLowerCase();
    if (lower === 'readme.md') continue;
    if (lower.endsWith('.zip')) skip(path, 'the XML4IP ZIP; its files are checked where the corpus unzipped them');
    else if (lower.endsWith('.greenbook'))
      skip(
        path,
        'APS "Green Book" text, a format patlint does not read (it would take the whole file for plain-text claims)',
      );
    else if (lower.endsWith('.xml')) {
      const id = identify(head(join(CORPUS, path)));
      if (id) units.push({ ...id, files: [path], path });
      else skip(path, 'not a patent document');
    } else skip(path, 'not a document format of the corpus');
  }
  units.sort((a, b) => byString(a.path, b.path));
  skipped.sort((a, b) => byString(a.path, b.path));
  return { units, skipped };
}

// ---------------------------------------------------------------------------------------------------------------
// Running the CLI.

function run(command, argv, cwd) {
  return new Promise((done) => {
    execFile(command, argv, { cwd, maxBuffer: 1 << 30, timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      done({ code: error ? (error.code ?? error.signal) : 0, stdout, stderr });
    });
  });
}

async function check(unit) {
  const argv = ['check', '--office', unit.office, '--format', 'json', '--today', TODAY, ...unit.files];
  const result = await run(PATLINT, argv, CORPUS);
  if (result.code !== 0 && result.code !== 1 && result.code !== 2) {
    throw new Error(`patlint ${argv.join(' ')}: exit ${result.code}\n${result.stderr}`);
  }
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`patlint ${argv.join(' ')}: exit ${result.code}, no JSON report\n${result.stderr}`);
  }
}

async function pool(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// The explanations kept by hand.

function readExplanations() {
  const explained = new Map();
  if (!existsSync(EXPLAINED)) return explained;
  const lines = readFileSync(EXPLAINED, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (i === 0 || !line.trim() || line.startsWith('#')) return;
    const [path, rule, ...rest] = line.split('\t');
    const text = rest.join(' ').trim();
    if (!path || !rule || !text) {
      console.warn(`precision: ${relative(process.cwd(), EXPLAINED)}:${i + 1}: needs path, rule and explanation`);
      return;
    }
    explained.set(`${path.trim()}\t${rule.trim()}`, { text, line: i + 1, used: false });
  });
  return explained;
}

// ---------------------------------------------------------------------------------------------------------------
// Counting.

const zero = () => ({ error: 0, warning: 0, info: 0 });

function aggregate(units, reports, catalog) {
  const counts = new Map(); // rule → office → class → severity counts
  const documentsWith = new Map(); // `${rule}\t${office}\t${class}` → set of unit paths
  const grantedErrors = new Map(); // `${file}\t${rule}\t${office}` → {count, message}
  const perDocument = [];
  const documents = {}; // office → class → number of units

  units.forEach((unit, i) => {
    const report = reports[i];
    const klass = unit.granted ? 'granted' : 'published';
    documents[unit.office] ??= { granted: 0, published: 0 };
    documents[unit.office][klass] += 1;
    const totals = zero();
    for (const finding of report.findings) {
      const severity = finding.severity;
      if (!SEVERITIES.includes(severity)) throw new Error(`${unit.path}: unknown severity ${severity}`);
      totals[severity] += 1;
      const byOfficeMap = counts.get(finding.rule) ?? new Map();
      counts.set(finding.rule, byOfficeMap);
      const cell = (byOfficeMap.get(unit.office) ??
        byOfficeMap.set(unit.office, { granted: zero(), published: zero() }).get(unit.office))[klass];
      cell[severity] += 1;
      const key = `${finding.rule}\t${unit.office}\t${klass}`;
      (documentsWith.get(key) ?? documentsWith.set(key, new Set()).get(key)).add(unit.path);
      if (klass === 'granted' && severity === 'error') {
        const file = finding.file ? posix(finding.file) : unit.path;
        const entry = `${file}\t${finding.rule}\t${unit.office}`;
        const seen = grantedErrors.get(entry);
        if (seen) seen.count += 1;
        else
          grantedErrors.set(entry, {
            file,
            rule: finding.rule,
            office: unit.office,
            count: 1,
            message: finding.message,
            location: finding.location,
          });
      }
    }
    const unreadable = report.findings.some((f) => f.rule === 'input/unreadable' && f.severity === 'error');
    const kinds = [...new Set(report.documents.map((d) => d.kind))].sort(byString).join(', ');
    perDocument.push({ unit, klass, totals, unreadable, kinds });
  });

  // Every rule of the catalog, and any rule that fired without being in it.
  // The offices a rule applies at; the input rules have no office policy and apply at every office.
  const rules = new Map(
    catalog.map((rule) => [
      rule.id,
      rule.offices.length ? [...new Set(rule.offices.map((p) => p.office))] : OFFICE_ORDER,
    ]),
  );
  for (const rule of counts.keys()) if (!rules.has(rule)) rules.set(rule, []);
  return { counts, documentsWith, grantedErrors, perDocument, documents, rules };
}

// ---------------------------------------------------------------------------------------------------------------
// Output.

const cellText = (n) => (n === 0 ? '·' : String(n));
const escapeCell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const clip = (text) => {
  const flat = escapeCell(text);
  return flat.length > MESSAGE_CHARS ? `${flat.slice(0, MESSAGE_CHARS - 1)}…` : flat;
};
const severityList = (c) =>
  SEVERITIES.filter((s) => c[s] > 0)
    .map((s) => (s === 'info' ? `${c[s]} info` : plural(c[s], s)))
    .join(', ');

function summaryLine(rule, offices, data) {
  const { counts, documentsWith, documents } = data;
  const checked = offices.filter((o) => documents[o]).sort(byOffice);
  const total = checked.reduce((n, o) => n + documents[o].granted + documents[o].published, 0);
  const byOfficeMap = counts.get(rule);
  const parts = [];
  let withFindings = 0;
  for (const office of [...(byOfficeMap?.keys() ?? [])].sort(byOffice)) {
    for (const klass of CLASSES) {
      const c = byOfficeMap.get(office)[klass];
      if (SEVERITIES.every((s) => c[s] === 0)) continue;
      const docs = documentsWith.get(`${rule}\t${office}\t${klass}`)?.size ?? 0;
      withFindings += docs;
      const group = klass === 'granted' ? 'granted' : 'published/other';
      parts.push(`${severityList(c)} on ${docs} of ${documents[office]?.[klass] ?? 0} ${office} ${group} documents`);
    }
  }
  const where = checked.length ? ` checked at ${checked.join(', ')}` : '';
  if (!parts.length) {
    return total
      ? `On ${total} real documents${where} (docs/PRECISION.md): no finding.`
      : 'No real document of the corpus was checked at an office where this rule applies (docs/PRECISION.md): not measured.';
  }
  const rest = total - withFindings;
  const tail = rest > 0 ? `; none on the other ${rest}` : '';
  return `On ${total} real documents${where} (docs/PRECISION.md): ${parts.join('; ')}${tail}.`;
}

function precisionJson(data) {
  const { counts, documents, rules } = data;
  const out = {};
  for (const rule of [...rules.keys()].sort(byString)) {
    const applies = rules.get(rule);
    const offices = new Set([...applies.filter((o) => documents[o]), ...(counts.get(rule)?.keys() ?? [])]);
    const entry = {};
    for (const office of [...offices].sort(byOffice)) {
      const cell = counts.get(rule)?.get(office) ?? { granted: zero(), published: zero() };
      entry[office] = { granted: { ...cell.granted }, published: { ...cell.published } };
    }
    entry.summary = summaryLine(rule, applies.length ? applies : [...offices], data);
    out[rule] = entry;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The rules' summaries as a Rust table, so that each rule's documentation states its measured findings. */
function measuredRust(data) {
  const { rules } = data;
  const json = JSON.parse(precisionJson(data));
  const rows = [...rules.keys()]
    .sort(byString)
    .map((rule) => `    (${JSON.stringify(rule)}, ${JSON.stringify(json[rule].summary)}),`);
  return [
    "//! Generated by scripts/precision.sh; do not edit by hand. Each rule's findings on the real documents of",
    '//! docs/PRECISION.md, which its documentation states.',
    '',
    'pub const MEASURED: &[(&str, &str)] = &[',
    ...rows,
    '];',
    '',
  ].join('\n');
}

function markdown(data, skipped, explained) {
  const { counts, documentsWith, grantedErrors, perDocument, documents, rules } = data;
  const offices = Object.keys(documents).sort(byOffice);
  const units = perDocument.length;
  const lines = [];
  const push = (...more) => lines.push(...more);

  const total = { granted: zero(), published: zero() };
  for (const byOfficeMap of counts.values()) {
    for (const cell of byOfficeMap.values())
      for (const k of CLASSES) for (const s of SEVERITIES) total[k][s] += cell[k][s];
  }
  const errors = [...grantedErrors.values()].sort(
    (a, b) => byString(a.rule, b.rule) || byString(a.file, b.file) || byOffice(a.office, b.office),
  );
  for (const e of errors) {
    const key = `${e.file}\t${e.rule}`;
    const explanation = explained.get(key);
    if (explanation) explanation.used = true;
    e.explanation = explanation?.text;
  }
  const unexplained = errors.filter((e) => !e.explanation);
  const unexplainedCount = unexplained.reduce((n, e) => n + e.count, 0);

  push(
    '# Precision per rule, measured on real documents',
    '',
    '<!-- Generated by scripts/precision.sh (scripts/precision.mjs); do not edit by hand. Explanations of errors on',
    '     granted documents are kept in docs/precision-explained.tsv. -->',
    '',
    `**Unexplained errors on granted documents: ${unexplainedCount}** (in ${entries(unexplained.length)}` +
      `; ${errors.length - unexplained.length} explained).`,
    '',
    `Every rule was run over the ${units} real documents of the shared corpus (\`../shared/corpus\`; official`,
    'publications and office API responses copied byte for byte from public repositories, see its README.md), each',
    'document checked on its own with `patlint check --office XX --format json`, under the office that published it:',
    'the office is read from the document (the XML root and its country: B190, `<country>`, `IPOfficeCode`, the',
    'publication reference of an OPS response); USPTO assignment records and XML4IP file-wrapper documents are checked',
    `under US. Rules that depend on today's date run with \`--today ${TODAY}\`, so that the file does not change from day to`,
    'day. A document is **granted** if its kind code says so (US grant XML and ST.32 grants, B1/B2, S; EP B1/B2; CN',
    'B/C/U; JP B/U); everything else — published applications (A1, A2, 公開特許公報(A)), USPTO as-filed XML4IP',
    'documents, OPS responses and assignment records — is counted as **published/other**. A granted document was',
    'examined and let through by its office, so an *error* on it is either a false positive of patlint or a defect the',
    'office accepted; each is listed below and must be fixed or explained.',
    '',
    'How each kind of file is read:',
    '',
    '- One XML file is one document. A file of several concatenated documents (the ipg-style `go-uspto/…/test.xml`) is',
    '  checked as the CLI reads it: as one input file.',
    '- The two ST.36 packages of the EPO publication server (`PatentStandardization/data/st36_wipo_examples/st36*example`)',
    "  are checked as two documents each: the publication's XML together with the TIFFs that its `<drawings>` part",
    '  places, as one filing (the text and its figures, as the office publishes them), and `DOCUMENT.PDF` on its own',
    '  (the same publication rendered as pages; put in the same filing it would repeat every finding of the XML and',
    '  compare the publication with itself). Their TIFFs are figure images cropped by the office, not whole sheets.',
    "  The package's `toc.xml`, its search-report pages, its abstract figure and the formula images of the",
    '  description are not checked (listed under *Not checked*).',
    '',
    'Regenerate with `scripts/precision.sh` (builds the release CLI if needed; set `PATLINT_CORPUS` for another',
    'corpus location). The output is sorted and carries no date or timing, so regenerating on the same sources gives',
    'a byte-identical file. `docs/precision.json` holds the same counts per rule and office',
    '(`{rule: {office: {granted: {error, warning, info}, published: {…}}, summary}}`) with a one-line `summary` that',
    "each rule's documentation can quote.",
    '',
    '## Documents checked',
    '',
    '| office | granted | published/other | total |',
    '|---|--:|--:|--:|',
  );
  for (const office of offices) {
    const d = documents[office];
    push(`| ${office} | ${d.granted} | ${d.published} | ${d.granted + d.published} |`);
  }
  const sum = (k) => offices.reduce((n, o) => n + documents[o][k], 0);
  push(`| **all** | ${sum('granted')} | ${sum('published')} | ${units} |`, '');
  push(
    'Findings in all: ' +
      CLASSES.map(
        (k) => `${CLASS_LABEL[k]} ${total[k].error} errors, ${total[k].warning} warnings, ${total[k].info} info`,
      ).join('; ') +
      '.',
    '',
  );

  push(
    '## Findings per rule and office',
    '',
    'Findings by severity; *docs* is the number of documents with at least one finding of the rule, out of the',
    'documents of that office and class (table above). Rules without any finding are listed after the table.',
    '',
    '| rule | office | granted error | warning | info | docs | published/other error | warning | info | docs |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  const silent = [];
  for (const rule of [...rules.keys()].sort(byString)) {
    const byOfficeMap = counts.get(rule);
    if (!byOfficeMap) {
      silent.push(rule);
      continue;
    }
    for (const office of [...byOfficeMap.keys()].sort(byOffice)) {
      const cell = byOfficeMap.get(office);
      const docs = (k) => {
        const n = documentsWith.get(`${rule}\t${office}\t${k}`)?.size ?? 0;
        return n ? `${n}/${documents[office][k]}` : '·';
      };
      push(
        `| \`${rule}\` | ${office} | ` +
          CLASSES.map((k) => [...SEVERITIES.map((s) => cellText(cell[k][s])), docs(k)].join(' | ')).join(' | ') +
          ' |',
      );
    }
  }
  push('', `Rules with no finding on any of the ${units} documents (${silent.length}):`, '');
  for (const rule of silent) {
    const at = rules
      .get(rule)
      .filter((o) => documents[o])
      .sort(byOffice);
    push(
      `- \`${rule}\`${at.length ? ` (applies at ${at.join(', ')})` : ' (applies only at offices without documents in the corpus)'}`,
    );
  }
  push('');

  push(
    '## Errors on granted documents',
    '',
    'Every error on a granted document: the file (relative to the corpus), the rule, the office, the number of',
    'errors and the first message. Each must be fixed in patlint or explained in one line in',
    '`docs/precision-explained.tsv` (document path, rule id, explanation; tab-separated).',
    '',
  );
  if (!errors.length) push('None.', '');
  let currentRule = null;
  for (const e of errors) {
    if (e.rule !== currentRule) {
      if (currentRule !== null) push('');
      currentRule = e.rule;
      const n = errors.filter((x) => x.rule === e.rule).reduce((k, x) => k + x.count, 0);
      push(
        `### \`${e.rule}\` (${plural(n, 'error')})`,
        '',
        '| document | office | errors | first message | explanation |',
        '|---|---|--:|---|---|',
      );
    }
    const explanation = e.explanation ? escapeCell(e.explanation) : '**unexplained**';
    push(`| \`${e.file}\` | ${e.office} | ${e.count} | ${clip(e.message)} | ${explanation} |`);
  }
  if (errors.length) push('');
  const stale = [...explained.entries()].filter(([, v]) => !v.used).sort(([a], [b]) => byString(a, b));
  if (stale.length) {
    push(
      '### Explanations that match no error any more',
      '',
      'Lines of `docs/precision-explained.tsv` whose document and rule had no error in this run (fixed, or the path',
      'or rule id changed): remove them or correct them.',
      '',
    );
    for (const [key, v] of stale) {
      const [path, rule] = key.split('\t');
      push(`- line ${v.line}: \`${path}\` \`${rule}\` — ${escapeCell(v.text)}`);
    }
    push('');
  }

  push(
    '## Per document',
    '',
    '| document | office | kind | class | read as | errors | warnings | info |',
    '|---|---|---|---|---|--:|--:|--:|',
  );
  for (const d of perDocument) {
    const files = d.unit.files.length > 1 ? ` + ${plural(d.unit.files.length - 1, 'drawing TIFF')}` : '';
    const read = `${escapeCell(d.unit.format)}${d.kinds ? ` (${escapeCell(d.kinds)})` : ''}${d.unreadable ? ', **unreadable**' : ''}`;
    push(
      `| \`${d.unit.path}\`${files} | ${d.unit.office} | ${escapeCell(d.unit.kind)} | ${CLASS_LABEL[d.klass]} | ${read} | ` +
        `${d.totals.error} | ${d.totals.warning} | ${d.totals.info} |`,
    );
  }
  push('', '## Not checked', '');
  // Runs of files of one folder skipped for the same reason are one line.
  for (let i = 0; i < skipped.length; ) {
    let j = i + 1;
    while (
      j < skipped.length &&
      skipped[j].reason === skipped[i].reason &&
      dirname(skipped[j].path) === dirname(skipped[i].path)
    )
      j++;
    const files =
      j - i === 1
        ? `\`${skipped[i].path}\``
        : `\`${skipped[i].path}\` … \`${basename(skipped[j - 1].path)}\` (${j - i} files)`;
    push(`- ${files}: ${skipped[i].reason}`);
    i = j;
  }
  push('');
  return { text: lines.join('\n'), errors, unexplained, unexplainedCount, total, stale };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const started = process.hrtime.bigint();
  if (!existsSync(PATLINT)) throw new Error(`no CLI at ${PATLINT}: run scripts/precision.sh, which builds it`);
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
  const catalog = JSON.parse((await run(PATLINT, ['rules', '--format', 'json'], process.cwd())).stdout);
  const { units, skipped } = plan();
  const reports = await pool(units, JOBS, check);
  const data = aggregate(units, reports, catalog);
  const explained = readExplanations();
  const md = markdown(data, skipped, explained);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'PRECISION.md'), md.text);
  writeFileSync(join(OUT, 'precision.json'), precisionJson(data));
  writeFileSync('src/rules/measured.rs', measuredRust(data));

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const unreadable = data.perDocument.filter((d) => d.unreadable).map((d) => d.unit.path);
  console.log(
    `precision: ${units.length} documents checked (${skipped.length} files not checked) in ${seconds.toFixed(1)} s`,
  );
  for (const k of CLASSES) {
    const t = md.total[k];
    console.log(`  ${CLASS_LABEL[k].padEnd(16)} ${t.error} errors, ${t.warning} warnings, ${t.info} info`);
  }
  if (unreadable.length) console.log(`  unreadable: ${unreadable.join(', ')}`);
  if (md.stale.length)
    console.log(
      `  ${plural(md.stale.length, 'explanation')} ${md.stale.length === 1 ? 'matches' : 'match'} no error (listed in PRECISION.md)`,
    );
  console.log(
    `  wrote ${posix(relative(process.cwd(), join(OUT, 'PRECISION.md')))} and ${posix(relative(process.cwd(), join(OUT, 'precision.json')))}`,
  );
  console.log(
    `unexplained errors on granted documents: ${md.unexplainedCount} (${entries(md.unexplained.length)}, ` +
      `${md.errors.length - md.unexplained.length} explained)`,
  );
}

main().catch((error) => {
  console.error(`precision: ${error.message}`);
  process.exit(2);
});
