import { escapeHtml } from '../escape-html';

/** A top-level section: its id is the anchor the table of contents and tests use. */
export function reportSection(id: string, title: string, intro: string, body: readonly string[]): string {
  return [
    `<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-heading">`,
    `<h2 id="${escapeHtml(id)}-heading">${escapeHtml(title)}</h2>`,
    intro === '' ? '' : `<p class="lead">${escapeHtml(intro)}</p>`,
    ...body,
    '</section>',
  ].join('');
}

/** A chart with its caption; `figure` marks the element for tests (`data-chart`). */
export function chartFigure(name: string, svg: string, caption: string): string {
  return `<figure data-chart="${escapeHtml(name)}">${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
