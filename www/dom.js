// A small DOM helper: el('p', { class: 'x', onclick: f }, 'text', child). Builds nodes, never HTML strings.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

/** A document's heading in the views: its file's label, then what it is, muted ("claims.txt · claims-text · …"). */
export function documentHeading(label, ...facts) {
  return el('h3', {}, label, ' ', el('span', { class: 'muted' }, facts.map((fact) => `· ${fact}`).join(' ')));
}

const SVG = 'http://www.w3.org/2000/svg';

/** The same for SVG: svg('rect', { x: 1, class: 'x' }). Attributes only (the page's CSP forbids inline styles). */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, String(value));
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}
