import { escapeHtml } from '../escape-html';
import { figureAttributes, type FigureHook } from '../figure-hook';

export interface Stat {
  readonly label: string;
  /** The formatted value people read. */
  readonly text: string;
  readonly hook: FigureHook;
}

/** Key figures as cards: a description list, so each number is announced with its label. */
export function statList(stats: readonly Stat[]): string {
  const items = stats.map((stat) => `<div${figureAttributes(stat.hook)}><dt>${escapeHtml(stat.label)}</dt><dd>${escapeHtml(stat.text)}</dd></div>`);
  return `<dl class="stats">${items.join('')}</dl>`;
}
