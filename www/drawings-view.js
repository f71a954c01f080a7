// Drawing sheets as the checker read them: each sheet drawn to scale (an SVG built node by node) with its content,
// one office's usable area and where the content crosses it, its frame and its text runs; beside it the sheet's
// size, margins, colour and image facts, and the PDF's version and fonts for the file. A finding on a sheet marks
// its area here (`markArea`).
//
// Geometry comes in millimetres from the sheet's top-left corner, as the SVG's user units: the drawing needs no
// conversion, and a stroke keeps its width on screen whatever the sheet's scale (`vector-effect`, style.css).

import { documentHeading, el, svg } from './dom.js';
import { formatList, formatNumber, t } from './i18n.js';

const PAPERS = [
  { name: 'A4', width: 210, height: 297 },
  { name: 'US letter', width: 215.9, height: 279.4 },
];
/** As the checker's law tables: PDF producers round to whole points, scanners to whole pixels. */
const PAPER_TOLERANCE_MM = 1.5;
const SIDES = ['top', 'left', 'right', 'bottom'];
/** Text runs drawn on one sheet at most (their count is still given). */
const MAX_TEXT_BOXES = 2000;
const COMPRESSIONS = {
  'ccitt-g3': 'CCITT G3',
  'ccitt-g4': 'CCITT G4',
  lzw: 'LZW',
  deflate: 'Deflate',
  'pack-bits': 'PackBits',
  'jpeg-baseline': 'JPEG baseline',
  'jpeg-progressive': 'JPEG progressive',
};

/** Millimetres with one decimal: 12.0. */
export function mm(value) {
  return (Math.round(value * 10) / 10).toFixed(1);
}

/** The key of a sheet in the map `renderDrawings` returns. */
export function sheetKey(file, number) {
  return JSON.stringify([file, number]);
}

/** The offices whose usable area some sheet of `documents` carries, in `order`. */
export function drawingOffices(documents, order) {
  const seen = new Set();
  for (const doc of documents)
    for (const sheet of doc.drawings?.sheets ?? []) for (const area of sheet.offices ?? []) seen.add(area.office);
  return order.filter((office) => seen.has(office));
}

/**
 * The drawings of `documents`, a section per file, the usable area shown being `office`'s (or none). Returns the
 * sections and, by `sheetKey`, each sheet's card and drawing. `looks`, when given, is asked for each file's sheets
 * as they look (a promise of the worker's `SheetLook`s, or null), which are drawn beneath the marks as they come.
 * @param {import('./pkg/patlint.js').DocumentReport[]} documents
 * @param {{ office: string | null, fileLabel: (file: string) => string,
 *   looks?: ((file: string) => Promise<import('./pkg/patlint.js').SheetLook[] | null> | null) | null }} view
 */
export function renderDrawings(documents, { office, fileLabel, looks = null }) {
  const cards = new Map();
  const sections = documents
    .flatMap((doc) => (doc.drawings ? [{ doc, drawings: doc.drawings }] : []))
    .map(({ doc, drawings }, docIndex) => {
      const entries = drawings.sheets.map((sheet) => sheetCard(doc, docIndex, sheet, office));
      for (const entry of entries) cards.set(sheetKey(doc.file, entry.sheet.number), entry);
      const items = entries.map((entry) => entry.card);
      looks?.(doc.file)?.then(
        (found) => {
          for (const look of found ?? []) {
            const entry = entries.find((e) => e.sheet.number === look.number);
            if (entry) drawLook(entry, look);
          }
        },
        () => {},
      );
      return el(
        'section',
        { class: 'drawings-doc', dataset: { file: doc.file } },
        documentHeading(
          fileLabel(doc.file),
          formatName(drawings),
          t('drawings.sheetCount', { n: drawings.sheets.length }),
        ),
        drawings.pdf ? pdfFacts(drawings.pdf) : null,
        items.length ? el('ol', { class: 'sheets' }, items) : el('p', { class: 'muted' }, t('drawings.noSheets')),
      );
    });
  return { sections, cards };
}

/**
 * The key to the drawings' marks, each drawn as on the sheets; with `pages`, to the marks of a PDF's text pages
 * (their body text as the content, no frame or text runs).
 */
export function legend(office, { pages = false } = {}) {
  const swatch = (...marks) =>
    svg('svg', { class: 'swatch', viewBox: '0 0 24 14', 'aria-hidden': 'true', focusable: 'false' }, marks);
  const box = (cls) => svg('rect', { class: cls, x: 2, y: 2, width: 20, height: 10 });
  const items = [
    [pages ? 'legend.pageEdge' : 'legend.paper', swatch(box('sheet-paper'))],
    [pages ? 'legend.body' : 'legend.content', swatch(box('sheet-content'))],
    office ? ['legend.usable', swatch(box('sheet-usable'))] : null,
    office ? [pages ? 'legend.bodyInMargin' : 'legend.intrusion', swatch(box('sheet-intrusion'))] : null,
    pages ? null : ['legend.frame', swatch(box('sheet-frame'))],
    pages ? null : ['legend.text', swatch(box('sheet-text'))],
    ['legend.hit', swatch(box('sheet-hit-halo'), box('sheet-hit'))],
  ].filter((item) => item !== null);
  return el(
    'ul',
    { class: 'sheet-legend', 'aria-label': t(pages ? 'textPages.legend' : 'drawings.legend') },
    items.map(([key, mark]) => el('li', {}, mark, t(key, { office }))),
  );
}

/**
 * Marks `area` (a Rect in mm) on a sheet's drawing, with a sentence for screen readers saying where it is.
 * `entry` is a value of the map `renderDrawings` returns.
 */
export function markArea(entry, area) {
  const { width, height } = entry.extent;
  // A little larger than the area, so that it shows around the content's box it often is.
  const pad = Math.max(width, height) * 0.006;
  const min = Math.max(width, height) * 0.02;
  const around = { left: area.left - pad, top: area.top - pad, right: area.right + pad, bottom: area.bottom + pad };
  // A dark dashed line on a light halo: seen on white paper and on the marks under it alike.
  entry.svg.append(rect(around, 'sheet-hit-halo', min), rect(around, 'sheet-hit', min));
  entry.card.querySelector('.sheet-info').prepend(
    el(
      'p',
      { class: 'visually-hidden sheet-marked' },
      t('sheet.marked', {
        left: mm(area.left),
        right: mm(area.right),
        top: mm(area.top),
        bottom: mm(area.bottom),
      }),
    ),
  );
}

/**
 * Draws a sheet as it looks beneath its marks: the pictures of its images, then its paths (filled shapes and glyph
 * outlines, stroked lines), in the look's units. `entry` is a value of the map `renderDrawings` returns.
 */
export function drawLook(entry, look) {
  entry.svg.querySelector('.sheet-look')?.remove();
  const paths = svg('g', { transform: `scale(${look.unit})` });
  if (look.fill) paths.append(svg('path', { class: 'sheet-look-fill', d: look.fill }));
  if (look.stroke) paths.append(svg('path', { class: 'sheet-look-stroke', d: look.stroke }));
  const group = svg(
    'g',
    { class: 'sheet-look', 'aria-hidden': 'true' },
    look.images.map((image) =>
      svg('image', {
        class: 'sheet-look-image',
        href: image.src,
        width: image.width,
        height: image.height,
        preserveAspectRatio: 'none',
        transform: `matrix(${image.matrix.join(' ')})`,
      }),
    ),
    paths,
  );
  // Beneath everything but the paper: the text runs, content, usable area, intrusions and marks stay on top.
  entry.svg.querySelector('.sheet-paper')?.after(group);
  entry.svg.classList.add('has-look');
  const notes = [
    look.dropped ? t('sheet.lookShapesLeftOut', { n: look.dropped }) : null,
    look.droppedImages ? t('sheet.lookImagesLeftOut', { n: look.droppedImages }) : null,
  ].filter(Boolean);
  entry.card.querySelector('.sheet-look-note')?.remove();
  if (notes.length)
    entry.card.querySelector('.sheet-info')?.append(el('p', { class: 'muted sheet-look-note' }, notes.join(' · ')));
}

/** Removes the marks `markArea` made under `root`. */
export function clearMarks(root) {
  for (const node of root.querySelectorAll('.sheet-hit, .sheet-hit-halo, .sheet-marked'))
    if (!node.closest('.sheet-legend')) node.remove();
}

/**
 * Shows a finding on its card (a sheet's, or a text page's): the card chosen, `area` (a Rect in mm, or null)
 * marked, a way back to the finding's `button` for keyboard users, whose focus moves to the card when `focus`.
 * `entry` is a value of the map `renderDrawings` returns, or one of `figureCard`.
 */
export function showFigureCard(entry, area, button, { focus, scroll }) {
  entry.card.classList.add('is-selected');
  if (area) markArea(entry, area);
  entry.card
    .querySelector('.sheet-info')
    ?.append(
      el(
        'button',
        { type: 'button', class: 'button subtle small back-to-finding', onclick: () => button.focus() },
        t('claims.back'),
      ),
    );
  if (!scroll) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  entry.card.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (focus) entry.card.focus({ preventScroll: true });
}

/** Undoes `showFigureCard` for every card under `root`: none chosen, no marks, no way back. */
export function clearCards(root) {
  for (const card of root.querySelectorAll('.sheet-card.is-selected')) {
    card.classList.remove('is-selected');
    card.querySelector('.back-to-finding')?.remove();
  }
  clearMarks(root);
}

function formatName(drawings) {
  return String(drawings.format).toUpperCase();
}

function sheetCard(doc, docIndex, sheet, office) {
  const area = sheet.offices?.find((a) => a.office === office) ?? null;
  const entry = figureCard(sheetSvg(sheet, area), {
    id: `sheet-${docIndex}-${sheet.number}`,
    dataset: { sheet: sheet.number, file: doc.file },
    title: t('sheet.title', { n: sheet.number }),
    facts: sheetFacts(sheet, area),
  });
  return { ...entry, sheet };
}

/**
 * A card of one drawn sheet or page (`drawing`, from `sheetSvg`): the drawing beside its title and facts, to be
 * focused (not tabbed to) when a finding shows it. Its title is a heading of `headingLevel` (an h4, under the
 * file's h3, unless given). Returns what `markArea`, `drawLook` and `showFigureCard` take.
 * @param {{ node: SVGSVGElement, extent: { width: number, height: number } }} drawing
 * @param {{ id: string, dataset: Record<string, string | number>, title: string, facts: Node, className?: string,
 *   headingLevel?: number }} card
 */
export function figureCard({ node, extent }, { id, dataset, title, facts, className = '', headingLevel = 4 }) {
  const card = el(
    'li',
    { class: `sheet-card${className ? ` ${className}` : ''}`, id, tabindex: '-1', dataset },
    el('div', { class: 'sheet-figure' }, node),
    el('div', { class: 'sheet-info' }, el(`h${headingLevel}`, { class: 'sheet-title' }, title), facts),
  );
  return { card, svg: node, extent };
}

/**
 * The sheet drawn to scale: its edge, text runs, frame, content, the usable area and the content beyond it, named
 * for screen readers by the strings under `words`: `sheet` for a drawing sheet (`sheet.figure`, `sheet.crosses`,
 * `sheet.within`), `textPage` for a PDF's text page, whose `sheet` is `{ number, size, content }`. The name is its
 * `aria-label` alone: a `<title>` beside it would be read out as well, the same words twice.
 */
export function sheetSvg(sheet, area, words = 'sheet') {
  // A raster that states no resolution has no size in mm: it is drawn in pixels, with nothing on it.
  const extent =
    sheet.size ??
    (sheet.raster ? { width: sheet.raster.widthPx, height: sheet.raster.heightPx } : { width: 210, height: 297 });
  const { width, height } = extent;
  // Boxes thinner than this (a hairline's) are drawn this thick, to be seen.
  const min = Math.max(width, height) * 0.004;
  const label = [t(`${words}.figure`, { n: sheet.number })];
  if (area && sheet.content) {
    label.push(
      area.intrusions.length
        ? t(`${words}.crosses`, {
            office: area.office,
            sides: formatList(area.intrusions.map((side) => t(`side.${side}`))),
          })
        : t(`${words}.within`, { office: area.office }),
    );
  }
  const texts = (sheet.texts ?? []).slice(0, MAX_TEXT_BOXES);
  const node = svg(
    'svg',
    {
      class: 'sheet-svg',
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: 'img',
      'aria-label': label.join(' '),
      preserveAspectRatio: 'xMidYMid meet',
    },
    rect({ left: 0, top: 0, right: width, bottom: height }, 'sheet-paper'),
    texts.length
      ? svg(
          'g',
          { class: 'sheet-texts' },
          texts.map((run) => rect(run.rect, 'sheet-text', min)),
        )
      : null,
    sheet.frame ? rect(sheet.frame, 'sheet-frame', min) : null,
    sheet.content ? rect(sheet.content, 'sheet-content', min) : null,
    area ? rect(area.usable, 'sheet-usable') : null,
    area && sheet.content
      ? svg(
          'g',
          { class: 'sheet-intrusions' },
          area.intrusions.map((side) =>
            rect(beyond(side, sheet.content, area.usable), 'sheet-intrusion', min * 2, { 'data-side': side }),
          ),
        )
      : null,
  );
  return { node, extent };
}

/** The part of `content` beyond `usable` on `side`. */
export function beyond(side, content, usable) {
  switch (side) {
    case 'top':
      return { ...content, bottom: Math.min(usable.top, content.bottom) };
    case 'left':
      return { ...content, right: Math.min(usable.left, content.right) };
    case 'right':
      return { ...content, left: Math.max(usable.right, content.left) };
    default:
      return { ...content, top: Math.max(usable.bottom, content.top) };
  }
}

/** An SVG rect of a Rect in mm, at least `min` wide and high (grown about its centre). */
function rect(r, cls, min = 0, extra = {}) {
  let { left, top, right, bottom } = r;
  if (right - left < min) [left, right] = [(left + right - min) / 2, (left + right + min) / 2];
  if (bottom - top < min) [top, bottom] = [(top + bottom - min) / 2, (top + bottom + min) / 2];
  return svg('rect', {
    class: cls,
    x: num(left),
    y: num(top),
    width: num(right - left),
    height: num(bottom - top),
    ...extra,
  });
}

const num = (value) => String(Math.round(value * 100) / 100);

function sheetFacts(sheet, area) {
  const rows = [
    ['sheet.size', sheet.size ? sizeText(sheet.size) : t('sheet.sizeUnknown')],
    [
      'sheet.margins',
      sheet.margins
        ? marginList(sheet.margins, sheet.size, area)
        : sheet.size && !sheet.content
          ? t('sheet.blank')
          : '—',
    ],
    [
      'sheet.colour',
      el('span', { class: sheet.colour === 'black-and-white' ? null : 'is-notable' }, t(`colour.${sheet.colour}`)),
    ],
    sheet.raster ? ['sheet.image', rasterText(sheet.raster)] : null,
    ['sheet.text', sheet.texts ? t('sheet.textRuns', { n: sheet.texts.length }) : t('sheet.noTextLayer')],
  ].filter((row) => row !== null);
  return el(
    'dl',
    { class: 'sheet-facts' },
    rows.map(([key, value]) => [el('dt', {}, t(key)), el('dd', {}, value)]),
  );
}

export function sizeText(size) {
  const paper = paperName(size);
  return `${mm(size.width)} × ${mm(size.height)} mm${paper ? ` (${paper})` : ''}`;
}

function paperName({ width, height }) {
  for (const paper of PAPERS) {
    const near = (w, h) => Math.abs(width - w) <= PAPER_TOLERANCE_MM && Math.abs(height - h) <= PAPER_TOLERANCE_MM;
    if (near(paper.width, paper.height)) return paper.name;
    if (near(paper.height, paper.width)) return t('sheet.landscape', { paper: paper.name });
  }
  return null;
}

/**
 * The measured margins (in mm); those short of the office's minimum (where content crosses its usable area) marked.
 * With `cm`, as a text page's are given: in centimetres, each with the office's minimum.
 */
export function marginList(margins, size, area, { cm = false } = {}) {
  const length = (value) => (cm ? `${(Math.round(value) / 10).toFixed(1)} cm` : `${mm(value)} mm`);
  const minimum =
    area && size
      ? {
          top: area.usable.top,
          left: area.usable.left,
          right: size.width - area.usable.right,
          bottom: size.height - area.usable.bottom,
        }
      : null;
  return el(
    'ul',
    { class: 'margins' },
    SIDES.map((side) => {
      const short = minimum !== null && area.intrusions.includes(side);
      return el(
        'li',
        { class: short ? 'is-short' : null, dataset: { side } },
        el('span', { class: 'margin-side' }, t(`side.${side}`)),
        ' ',
        el('span', { class: 'margin-value' }, length(Math.max(0, margins[side]))),
        minimum !== null && (short || cm)
          ? [
              ' ',
              el(
                'span',
                { class: 'margin-min' },
                cm
                  ? t(short ? 'textPage.marginMin' : 'textPage.marginAtLeast', {
                      office: area.office,
                      min: length(minimum[side]),
                    })
                  : t('sheet.marginMin', { office: area.office, mm: mm(minimum[side]) }),
              ),
            ]
          : null,
      );
    }),
  );
}

function rasterText(raster) {
  const dpi = raster.dpi
    ? raster.dpi[0] === raster.dpi[1]
      ? `${formatNumber(Math.round(raster.dpi[0]))} dpi`
      : `${formatNumber(Math.round(raster.dpi[0]))} × ${formatNumber(Math.round(raster.dpi[1]))} dpi`
    : t('raster.noDpi');
  return [
    `${formatNumber(raster.widthPx)} × ${formatNumber(raster.heightPx)} px`,
    dpi,
    COMPRESSIONS[raster.compression] ?? t(raster.compression === 'none' ? 'compression.none' : 'compression.other'),
    `${t(`pixel.${raster.pixelType}`)}, ${t('raster.bits', { n: raster.bitsPerSample })}`,
    raster.jfif ? 'JFIF' : null,
    raster.frames > 1 ? t('raster.frames', { n: raster.frames }) : null,
    raster.interlaced ? t('raster.interlaced') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

function pdfFacts(pdf) {
  const fontNote = (font) =>
    [
      font.standard ? t('pdf.standard') : null,
      t(font.embedded ? 'pdf.embedded' : 'pdf.notEmbedded'),
      t('pdf.firstSheet', { n: font.firstSheet }),
    ]
      .filter(Boolean)
      .join(t('list.separator'));
  return el(
    'dl',
    { class: 'pdf-facts' },
    el('dt', {}, t('pdf.version')),
    el(
      'dd',
      {},
      `PDF ${pdf.version.join('.')}`,
      pdf.encrypted ? [' · ', el('span', { class: 'is-notable' }, t('pdf.encrypted'))] : null,
    ),
    el('dt', {}, t('pdf.fonts')),
    el(
      'dd',
      {},
      pdf.fonts.length
        ? el(
            'ul',
            { class: 'font-list' },
            pdf.fonts.map((font) =>
              el(
                'li',
                { class: font.embedded || font.standard ? null : 'is-notable' },
                el('span', { class: 'font-name' }, font.name),
                ' ',
                el('span', { class: 'font-note' }, `(${fontNote(font)})`),
              ),
            ),
          )
        : t('pdf.noFonts'),
    ),
  );
}
