/**
 * A strict parser for the HTML the report writes, for its tests (the repository has no HTML parser and
 * takes no new dependency). Stricter than browsers on purpose: every non-void element must be closed
 * in order, attributes must be quoted, text may hold no raw `<` and no unknown `&` entity. What passes
 * here parses the same way in every browser, and an unescaped name fails loudly.
 */

export interface HtmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

export interface HtmlDocument {
  readonly doctype: string | null;
  readonly root: HtmlElement;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style']);
/** SVG shapes may close themselves (`<rect/>`); HTML elements may not. */
const SELF_CLOSING_ALLOWED = new Set(['rect', 'line', 'path', 'circle', 'text', 'polyline', 'polygon', 'g']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export class HtmlParseError extends Error {
  constructor(message: string, offset: number, html: string) {
    const line = html.slice(0, offset).split('\n').length;
    super(`${message} (line ${line}, near ${JSON.stringify(html.slice(Math.max(0, offset - 40), offset + 40))})`);
    this.name = 'HtmlParseError';
  }
}

function decodeEntities(text: string, offset: number, html: string): string {
  return text.replace(/&([^;\s&]*);?/g, (whole: string, body: string) => {
    if (!whole.endsWith(';')) throw new HtmlParseError(`bare "&" in text: escape it as &amp;`, offset, html);
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const named = NAMED_ENTITIES[body];
    if (named === undefined) throw new HtmlParseError(`unknown entity &${body};`, offset, html);
    return named;
  });
}

interface OpenElement {
  readonly name: string;
  readonly attributes: Map<string, string>;
  readonly children: HtmlNode[];
  readonly offset: number;
}

const CLOSING_TAG = /<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/y;
const OPENING_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/y;
const ATTRIBUTE = /\s+([^\s"'<>/=]+)(?:="([^"]*)"|='([^']*)')?/y;
const TAG_END = /\s*(\/?)>/y;

/** Runs a sticky pattern at `offset` exactly; null when it does not match there. */
function matchAt(pattern: RegExp, html: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(html);
}

export function parseHtmlStrictly(html: string): HtmlDocument {
  const root: OpenElement = { name: '#root', attributes: new Map(), children: [], offset: 0 };
  const stack: OpenElement[] = [root];
  let doctype: string | null = null;
  let position = 0;
  const current = () => stack[stack.length - 1] as OpenElement;
  while (position < html.length) {
    const next = html.indexOf('<', position);
    const textEnd = next === -1 ? html.length : next;
    if (textEnd > position) {
      const text = html.slice(position, textEnd);
      if (text.includes('>')) throw new HtmlParseError('raw ">" in text: escape it as &gt;', position, html);
      current().children.push(decodeEntities(text, position, html));
    }
    if (next === -1) break;
    position = next;
    if (html.startsWith('<!--', position)) {
      const end = html.indexOf('-->', position + 4);
      if (end === -1) throw new HtmlParseError('unclosed comment', position, html);
      position = end + 3;
      continue;
    }
    if (html.slice(position, position + 9).toLowerCase() === '<!doctype') {
      const end = html.indexOf('>', position);
      doctype = html.slice(position + 9, end).trim();
      position = end + 1;
      continue;
    }
    const closing = matchAt(CLOSING_TAG, html, position);
    if (closing) {
      const name = (closing[1] as string).toLowerCase();
      const open = current();
      if (open.name !== name) throw new HtmlParseError(`</${name}> closes <${open.name}>`, position, html);
      stack.pop();
      position += closing[0].length;
      continue;
    }
    const opening = matchAt(OPENING_TAG, html, position);
    if (!opening) throw new HtmlParseError('raw "<" in text: escape it as &lt;', position, html);
    const name = (opening[1] as string).toLowerCase();
    const attributes = new Map<string, string>();
    let cursor = position + opening[0].length;
    for (let attribute = matchAt(ATTRIBUTE, html, cursor); attribute; attribute = matchAt(ATTRIBUTE, html, cursor)) {
      const attributeName = (attribute[1] as string).toLowerCase();
      if (attributes.has(attributeName)) throw new HtmlParseError(`duplicate attribute ${attributeName}`, cursor, html);
      const raw = attribute[2] ?? attribute[3] ?? '';
      if (raw.includes('<')) throw new HtmlParseError(`raw "<" in attribute ${attributeName}`, cursor, html);
      attributes.set(attributeName, decodeEntities(raw, cursor, html));
      cursor += attribute[0].length;
    }
    const end = matchAt(TAG_END, html, cursor);
    if (!end) throw new HtmlParseError(`malformed tag <${name}> (unquoted attribute?)`, cursor, html);
    const selfClosing = end[1] === '/';
    cursor += end[0].length;
    if (selfClosing && !VOID_ELEMENTS.has(name) && !SELF_CLOSING_ALLOWED.has(name)) throw new HtmlParseError(`<${name}/> cannot close itself`, position, html);
    const element: OpenElement = { name, attributes, children: [], offset: position };
    current().children.push(element);
    position = cursor;
    if (VOID_ELEMENTS.has(name) || selfClosing) continue;
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = position;
      const found = close.exec(html);
      if (!found) throw new HtmlParseError(`unclosed <${name}>`, position, html);
      element.children.push(html.slice(position, found.index));
      position = found.index + found[0].length;
      continue;
    }
    stack.push(element);
  }
  if (stack.length > 1) {
    const open = current();
    throw new HtmlParseError(`<${open.name}> is never closed`, open.offset, html);
  }
  const document = root.children.find((node): node is HtmlElement => typeof node !== 'string' && node.name === 'html');
  if (!document) throw new HtmlParseError('no <html> element', 0, html);
  return { doctype, root: document };
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

/** Every element under `element` (itself included) that satisfies `test`, in document order. */
export function findAll(element: HtmlElement, test: (candidate: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: HtmlElement) => {
    if (test(node)) found.push(node);
    for (const child of node.children) if (isElement(child)) walk(child);
  };
  walk(element);
  return found;
}

export function findById(element: HtmlElement, id: string): HtmlElement | undefined {
  return findAll(element, (candidate) => candidate.attributes.get('id') === id)[0];
}

/** The decoded text of an element and its descendants. */
export function textOf(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
