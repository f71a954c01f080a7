// One-click fixes of the claims in the editor, where the fix is certain. They work on the editor's text and the
// claims the checker read from it (each claim's `line`, `text` and `references[].span`), and return edits; they
// touch nothing else. A claim's text is its lines without the label, each trimmed, joined by "\n" (see
// src/parse/claims_text.rs), so it is found again in the source line by line.

const DIGITS = /[0-9\uFF10-\uFF19]/u;
const FULLWIDTH_ZERO = 0xff10;

function digitValue(char) {
  const code = char.codePointAt(0);
  return code >= FULLWIDTH_ZERO ? code - FULLWIDTH_ZERO : code - 0x30;
}

/** `n` written in the digits `like` is written in: ASCII, or full-width as in `【請求項１】`. */
function formatNumber(n, like) {
  const fullwidth = like.codePointAt(0) >= FULLWIDTH_ZERO;
  return fullwidth ? String(n).replace(/[0-9]/g, (d) => String.fromCodePoint(FULLWIDTH_ZERO + Number(d))) : String(n);
}

/** Runs of digits in `chars` (an array of code points) between `from` and `to`: { start, end, value }. */
function digitRuns(chars, from = 0, to = chars.length) {
  const runs = [];
  let i = from;
  while (i < to) {
    if (!DIGITS.test(chars[i])) {
      i += 1;
      continue;
    }
    const start = i;
    let value = 0;
    while (i < to && DIGITS.test(chars[i])) value = value * 10 + digitValue(chars[i++]);
    runs.push({ start, end: i, value });
  }
  return runs;
}

function lineTable(source) {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const line = (index) => {
    const end = index + 1 < starts.length ? starts[index + 1] - 1 : source.length;
    return source.slice(starts[index], end).replace(/\r$/, '');
  };
  return { starts, line, count: starts.length };
}

/**
 * Where a claim read from `source` is in it: its label's range on its first line and the offset (UTF-16) of each
 * line of its text. Null when the source no longer holds the claim as read.
 */
export function locateClaim(source, claim, lines = lineTable(source)) {
  const first = (claim.line ?? 0) - 1;
  if (first < 0 || first >= lines.count) return null;
  const segments = claim.text === '' ? [] : claim.text.split('\n');
  const placed = [];
  let index = first;
  let k = 0;
  const header = lines.line(first).trimEnd();
  // The first line of text follows the label on the same line, unless the label stands alone.
  if (segments.length && segments[0] && header.endsWith(segments[0]) && header.length > segments[0].length) {
    placed.push({ start: lines.starts[first] + header.length - segments[0].length, text: segments[0] });
    k = 1;
  }
  const labelEnd = placed.length ? placed[0].start : lines.starts[first] + header.length;
  for (; k < segments.length; k += 1) {
    index += 1;
    while (index < lines.count && lines.line(index).trim() === '') index += 1;
    if (index >= lines.count) return null;
    const text = lines.line(index);
    if (text.trim() !== segments[k]) return null;
    placed.push({ start: lines.starts[index] + (text.length - text.trimStart().length), text: segments[k] });
  }
  return { labelStart: lines.starts[first], labelEnd, segments: placed };
}

/** The source offset of character `index` (a code point index, as spans count) of a located claim's text. */
export function offsetOf(located, index) {
  let rest = index;
  for (const segment of located.segments) {
    const chars = Array.from(segment.text);
    if (rest <= chars.length) return segment.start + chars.slice(0, rest).join('').length;
    rest -= chars.length + 1;
  }
  return null;
}

/** Whether the targets a reference names by range map to consecutive numbers, in order, between its ends' images. */
function rangeSurvives(targets, runs, map) {
  const sorted = [...targets].sort((a, b) => a - b);
  const mapped = sorted.map(map);
  if (mapped.some((n) => n === null)) return mapped.every((n, k) => n === null || n === sorted[k]);
  const consecutive = mapped.every((n, k) => k === 0 || n === mapped[k - 1] + 1);
  const ends = runs.map((run) => map(run.value));
  return consecutive && ends.every((n) => n >= mapped[0] && n <= mapped[mapped.length - 1]);
}

/**
 * For a claim set, a function from a number written in claim `from` (an index) to the index of the claim it
 * means: the last claim carrying that number written before `from` (references point back), or else the first;
 * null when no claim carries it.
 */
export function numberResolver(claims) {
  const byNumber = new Map();
  claims.forEach((claim, i) => {
    if (!byNumber.has(claim.number)) byNumber.set(claim.number, []);
    byNumber.get(claim.number).push(i);
  });
  return (n, from) => {
    const candidates = byNumber.get(n);
    if (!candidates) return null;
    const before = candidates.filter((i) => i < from);
    return before.length ? before[before.length - 1] : candidates[0];
  };
}

/** Applies edits `{ start, end, text }` (UTF-16 offsets of `source`, not overlapping). */
export function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let text = source;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('overlapping edits');
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    limit = edit.start;
  }
  return text;
}

/** The edit that ends `claim` with a period, or null when the source no longer holds it. */
export function finalPeriodEdit(source, claim) {
  if (!claim.text) return null;
  const located = locateClaim(source, claim);
  if (!located) return null;
  const end = offsetOf(located, Array.from(claim.text).length);
  return end === null ? null : { start: end, end, text: '.' };
}

/**
 * The edits that number `claims` (one claim set, in the order written) 1, 2, 3, … and make every reference by
 * number follow its claim. A reference to a number several claims carry is taken to mean the last of them written
 * before the referring claim (references point back), or else the first. Null when the source no longer holds the
 * claims as read, or a label's number cannot be found.
 */
export function renumberEdits(source, claims) {
  const lines = lineTable(source);
  const located = claims.map((claim) => locateClaim(source, claim, lines));
  if (located.some((l) => l === null)) return null;

  const claimAt = numberResolver(claims);
  /** The new number of the claim that number `n`, as written in claim `from`, means. */
  const resolve = (n, from) => {
    const index = claimAt(n, from);
    return index === null ? null : index + 1;
  };

  const edits = [];
  const replace = (start, end, oldText, value) => {
    const text = formatNumber(value, oldText);
    if (text !== oldText) edits.push({ start, end, text });
  };

  // Labels. `2-5. (Canceled)` is one line for four claims: its two numbers are the first's and the last's.
  for (let i = 0; i < claims.length; ) {
    let j = i;
    while (j + 1 < claims.length && claims[j + 1].line === claims[i].line) j += 1;
    const { labelStart, labelEnd } = located[i];
    const label = Array.from(source.slice(labelStart, labelEnd));
    const runs = digitRuns(label);
    const firstRun = runs.find((run) => run.value === claims[i].number);
    if (!firstRun) return null;
    const at = (charIndex) => labelStart + label.slice(0, charIndex).join('').length;
    const write = (run, value) => replace(at(run.start), at(run.end), label.slice(run.start, run.end).join(''), value);
    write(firstRun, i + 1);
    if (j > i) {
      const lastRun = runs.find((run) => run.start > firstRun.start && run.value === claims[j].number);
      if (!lastRun) return null;
      write(lastRun, j + 1);
    }
    i = j + 1;
  }

  // References: only the numbers inside each reference's span that name one of its targets.
  for (const [i, claim] of claims.entries()) {
    const chars = Array.from(claim.text);
    for (const reference of claim.references ?? []) {
      if (!reference.span || reference.by_number === false) continue;
      const runs = digitRuns(chars, reference.span.start, Math.min(reference.span.end, chars.length))
        .filter((run) => reference.targets.includes(run.value));
      // A range ("claims 1 to 3") names its ends only: it still says the same after renumbering only if its
      // claims stay a run of numbers in the same order.
      const named = new Set(runs.map((run) => run.value));
      if (reference.targets.some((n) => !named.has(n)) && !rangeSurvives(reference.targets, runs, (n) => resolve(n, i))) return null;
      for (const run of runs) {
        const target = resolve(run.value, i);
        if (target === null) continue;
        const start = offsetOf(located[i], run.start);
        const end = offsetOf(located[i], run.end);
        if (start === null || end === null) return null;
        replace(start, end, chars.slice(run.start, run.end).join(''), target);
      }
    }
  }
  return edits;
}
