// A minimal Markdown renderer for the rules' documentation: headings, paragraphs, lists, code, simple tables,
// and inline code, emphasis and links. It builds DOM nodes (never HTML strings), so no text can become markup.

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The groups of `pattern` in `line`, which the caller has tested it matches. */
function groups(pattern, line) {
  const match = pattern.exec(line);
  if (!match) throw new Error(`${pattern} does not match ${JSON.stringify(line)}`);
  return match;
}

/**
 * Renders `source` as a fragment. Headings are shifted down by `headingOffset` levels, so the docs' headings
 * sit below the page's own.
 */
export function renderMarkdown(source, headingOffset = 2) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out = document.createDocumentFragment();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i += 1;
    } else if (FENCE.test(line)) {
      i = codeBlock(lines, i, out);
    } else if (HEADING.test(line)) {
      const [, hashes, text] = groups(HEADING, line);
      const heading = document.createElement(`h${Math.min(6, hashes.length + headingOffset)}`);
      heading.append(...inline(text));
      out.append(heading);
      i += 1;
    } else if (LIST_ITEM.test(line)) {
      i = list(lines, i, out);
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[i + 1] ?? '')) {
      i = table(lines, i, out);
    } else {
      i = paragraph(lines, i, out);
    }
  }
  return out;
}

function codeBlock(lines, start, out) {
  const fence = groups(FENCE, lines[start])[1];
  let end = start + 1;
  while (end < lines.length && !lines[end].trim().startsWith(fence)) end += 1;
  const code = document.createElement('code');
  code.textContent = lines.slice(start + 1, end).join('\n');
  const pre = document.createElement('pre');
  pre.append(code);
  out.append(pre);
  return end + 1;
}

/** A block ends at a blank line or where another kind of block starts. */
function startsBlock(line) {
  return !line.trim() || FENCE.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || TABLE_ROW.test(line);
}

function paragraph(lines, start, out) {
  let end = start + 1;
  while (end < lines.length && !startsBlock(lines[end])) end += 1;
  const p = document.createElement('p');
  p.append(
    ...inline(
      lines
        .slice(start, end)
        .map((l) => l.trim())
        .join(' '),
    ),
  );
  out.append(p);
  return end;
}

/** One level of list; items' indented continuation lines join the item's text. */
function list(lines, start, out) {
  const ordered = /\d/.test(groups(LIST_ITEM, lines[start])[2]);
  const element = document.createElement(ordered ? 'ol' : 'ul');
  let i = start;
  while (i < lines.length && LIST_ITEM.test(lines[i])) {
    const parts = [groups(LIST_ITEM, lines[i])[3]];
    i += 1;
    while (i < lines.length && /^\s+\S/.test(lines[i]) && !LIST_ITEM.test(lines[i])) {
      parts.push(lines[i].trim());
      i += 1;
    }
    const item = document.createElement('li');
    item.append(...inline(parts.join(' ')));
    element.append(item);
  }
  out.append(element);
  return i;
}

function table(lines, start, out) {
  const cells = (line) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const text of cells(lines[start])) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.append(...inline(text));
    head.append(th);
  }
  const body = element.createTBody();
  let i = start + 2;
  for (; i < lines.length && TABLE_ROW.test(lines[i]); i += 1) {
    const row = body.insertRow();
    for (const text of cells(lines[i])) row.insertCell().append(...inline(text));
  }
  out.append(element);
  return i;
}

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline code, strong, emphasis and links, as nodes. Links go only to http(s) addresses. */
function inline(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    nodes.push(text.slice(last, match.index));
    const [, code, strong, em, label, href] = match;
    if (code !== undefined) nodes.push(wrap('code', code));
    else if (strong !== undefined) nodes.push(wrap('strong', strong));
    else if (em !== undefined) nodes.push(wrap('em', em));
    else nodes.push(link(label, href));
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes.filter((n) => n !== '');
}

function wrap(tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function link(label, href) {
  if (!/^https?:\/\//i.test(href)) return label;
  const a = document.createElement('a');
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  a.textContent = label;
  return a;
}
