import { findAll, type HtmlDocument, type HtmlElement } from './parse-html-strictly';

/**
 * Reading the report the way its tests and the end-to-end test do: through `data-figure`/`data-key`/
 * `data-value` hooks inside a section, never through formatted text.
 */
export function section(document: HtmlDocument, id: string): HtmlElement {
  const found = findAll(document.root, (element) => element.name === 'section' && element.attributes.get('id') === id);
  if (found.length !== 1) throw new Error(`expected one <section id="${id}">, found ${found.length}`);
  return found[0] as HtmlElement;
}

/** The number a figure hook holds; null for an empty `data-value` (a figure that has no value, like 0 of 0). */
export function figureValue(scope: HtmlElement, figure: string, key?: string): number | null {
  const found = findAll(scope, (element) => element.attributes.get('data-figure') === figure && (key === undefined || element.attributes.get('data-key') === key));
  if (found.length !== 1) throw new Error(`expected one data-figure="${figure}"${key === undefined ? '' : ` data-key="${key}"`}, found ${found.length}`);
  const raw = found[0]?.attributes.get('data-value') ?? '';
  return raw === '' ? null : Number(raw);
}

/** Every key of a keyed figure, in document order. */
export function figureKeys(scope: HtmlElement, figure: string): string[] {
  return findAll(scope, (element) => element.attributes.get('data-figure') === figure).map((element) => element.attributes.get('data-key') ?? '');
}
