import { escapeHtml } from './escape-html';
import { dataValue } from './format-report-values';

/**
 * A figure's machine-readable mark: `data-figure` names it, `data-key` tells rows of one figure apart
 * (a rep, a team, an hour), `data-value` holds the exact number. Tests and scripts read these rather
 * than the formatted text, which may round or add units.
 */
export interface FigureHook {
  readonly figure: string;
  readonly value: number | null;
  readonly key?: string;
}

export function figureAttributes(hook: FigureHook): string {
  const key = hook.key === undefined ? '' : ` data-key="${escapeHtml(hook.key)}"`;
  return ` data-figure="${escapeHtml(hook.figure)}"${key} data-value="${dataValue(hook.value)}"`;
}
