import type { ChartTone } from './chart-tone';
import { escapeHtml } from './escape-html';

export interface HistogramSegment {
  readonly value: number;
  readonly tone: ChartTone;
}

export interface HistogramColumn {
  readonly label: string;
  /** Stacked bottom to top; one segment for a plain histogram. */
  readonly segments: readonly HistogramSegment[];
  /** Written above the column when there is room, and in the column's tooltip. */
  readonly valueLabel: string;
}

export interface HistogramOptions {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly HistogramColumn[];
  /** A vertical line at a position in column units (6 = the left edge of the 7th column), e.g. the MQL threshold. */
  readonly marker?: { readonly position: number; readonly label: string } | null;
  readonly legend?: readonly { readonly tone: ChartTone; readonly label: string }[];
  /** The top of the scale; by default the tallest column. A percentage chart passes 100. */
  readonly max?: number;
  readonly axisLabel: string;
}

const WIDTH = 640;
const LEFT = 44;
const RIGHT = 8;
/** Room above the plot for value labels and the marker's label. */
const TOP = 34;
const PLOT_HEIGHT = 160;
const AXIS = 34;
const LEGEND = 20;
/** Values are written above columns only when a column is at least this wide, else they would overlap. */
const MIN_LABELLED_COLUMN = 30;

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const NICE_STEPS: readonly number[] = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10];

/** The scale's top: a round number at or above the tallest column (621 → 700), so gridlines read 0, 350, 700. */
export function niceScaleMax(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = NICE_STEPS.find((candidate) => candidate * magnitude >= value) ?? 10;
  return Math.round(step * magnitude * 1000) / 1000;
}

/** Vertical columns over ordered buckets (minutes, score bands, hours), optionally stacked and with a marker line. */
export function svgHistogram(options: HistogramOptions): string {
  const totals = options.columns.map((column) => column.segments.reduce((sum, segment) => sum + segment.value, 0));
  const max = options.max ?? niceScaleMax(Math.max(0, ...totals));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const columnWidth = plotWidth / Math.max(1, options.columns.length);
  const gap = Math.min(6, columnWidth * 0.2);
  const legend = options.legend ?? [];
  const height = TOP + PLOT_HEIGHT + AXIS + (legend.length > 0 ? LEGEND : 0);
  const yOf = (value: number) => TOP + PLOT_HEIGHT - (Math.min(value, max) / max) * PLOT_HEIGHT;
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${options.id}-desc">${escapeHtml(options.description)}</desc>`,
  ];
  // A middle gridline only where it falls on a whole number of contacts (or the scale is large enough not to care).
  const ticks = Number.isInteger(max / 2) || max > 10 ? [0, max / 2, max] : [0, max];
  for (const tick of ticks) {
    const y = round(yOf(tick));
    parts.push(`<line class="chart-grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"></line>`, `<text class="chart-axis" x="${LEFT - 6}" y="${y}" dy="4" text-anchor="end">${escapeHtml(round(tick))}</text>`);
  }
  parts.push(`<text class="chart-axis" x="4" y="${TOP - 14}">${escapeHtml(options.axisLabel)}</text>`);
  options.columns.forEach((column, index) => {
    const x = LEFT + index * columnWidth + gap / 2;
    const width = columnWidth - gap;
    parts.push(`<g class="column">`, `<title>${escapeHtml(`${column.label}: ${column.valueLabel}`)}</title>`);
    let base = 0;
    for (const segment of column.segments) {
      if (segment.value <= 0) continue;
      const top = yOf(base + segment.value);
      parts.push(`<rect class="tone-${segment.tone}" x="${round(x)}" y="${round(top)}" width="${round(width)}" height="${round(yOf(base) - top)}"></rect>`);
      base += segment.value;
    }
    const centre = round(x + width / 2);
    if (columnWidth >= MIN_LABELLED_COLUMN && column.valueLabel !== '') {
      parts.push(`<text class="chart-value" x="${centre}" y="${round(yOf(base) - 4)}" text-anchor="middle">${escapeHtml(column.valueLabel)}</text>`);
    }
    parts.push(`<text class="chart-axis" x="${centre}" y="${TOP + PLOT_HEIGHT + 14}" text-anchor="middle">${escapeHtml(column.label)}</text>`, `</g>`);
  });
  if (options.marker) {
    const x = round(LEFT + options.marker.position * columnWidth);
    parts.push(
      `<line class="chart-threshold" x1="${x}" x2="${x}" y1="${TOP - 22}" y2="${TOP + PLOT_HEIGHT}"></line>`,
      `<text class="chart-threshold-label" x="${x}" y="${TOP - 14}" dx="5">${escapeHtml(options.marker.label)}</text>`,
    );
  }
  let legendX = LEFT;
  const legendY = TOP + PLOT_HEIGHT + AXIS;
  for (const item of legend) {
    parts.push(`<rect class="tone-${item.tone}" x="${legendX}" y="${legendY}" width="14" height="10"></rect>`, `<text class="chart-legend" x="${legendX + 20}" y="${legendY + 9}">${escapeHtml(item.label)}</text>`);
    legendX += 30 + item.label.length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}
