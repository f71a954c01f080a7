// Applying a fix a finding carries. The rules make fixes in Rust (src/report/mod.rs, `Fix`): `finding.fix.edits` are
// `{ start, end, replacement }` in UTF-16 code units of the text that was checked, the unit of a JavaScript string
// and of a textarea. Only findings of claims read from plain text carry one.

/** `source` with `edits` applied; null when an edit lies outside it or two overlap (then it is not the text checked). */
export function applyEdits(source, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let text = source;
  let limit = source.length;
  for (const edit of sorted) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= limit)) return null;
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
    limit = edit.start;
  }
  return text;
}
