import type { ChartTone } from './chart-tone';
import { escapeHtml } from './escape-html';

export interface BarChartBar {
  readonly label: string;
  readonly value: number;
  /** What is written at the bar's end ("12 (+20%)"). */
  readonly valueLabel: string;
  /** A tick across the bar, e.g. the leads a rep was due. */
  readonly marker?: number | null;
  readonly tone?: ChartTone;
}

export interface BarChartOptions {
  /** Unique in the page: the SVG's title and description are referenced by it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly BarChartBar[];
  /** What the bar colours mean; drawn under the chart with the marker's entry. */
  readonly legend?: readonly { readonly tone: ChartTone; readonly label: string }[];
  /** Legend text for the marker tick, when bars have markers. */
  readonly markerLabel?: string;
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 110;
const ROW = 24;
const BAR = 14;
const TOP = 6;
const LEGEND = 24;
const MAX_LABEL_CHARS = 26;

function clip(text: string): string {
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Horizontal bars, one per row, with an optional marker tick per bar: small, readable, printable. */
export function svgBarChart(options: BarChartOptions): string {
  const hasMarkers = options.bars.some((bar) => bar.marker !== undefined && bar.marker !== null);
  const legend = options.legend ?? [];
  const hasLegend = legend.length > 0 || (hasMarkers && options.markerLabel !== undefined);
  const max = Math.max(1, ...options.bars.map((bar) => Math.max(bar.value, bar.marker ?? 0)));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const scale = (value: number) => (Math.max(0, value) / max) * plot;
  const height = TOP + options.bars.length * ROW + (hasLegend ? LEGEND : 4);
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${options.id}-title ${options.id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${options.id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${options.id}-desc">${escapeHtml(options.description)}</desc>`,
  ];
  options.bars.forEach((bar, index) => {
    const y = TOP + index * ROW;
    const width = scale(bar.value);
    parts.push(
      `<g class="bar-row">`,
      `<title>${escapeHtml(`${bar.label}: ${bar.valueLabel}`)}</title>`,
      `<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + BAR - 2}" text-anchor="end">${escapeHtml(clip(bar.label))}</text>`,
      `<rect class="tone-${bar.tone ?? 'primary'}" x="${LABEL_WIDTH}" y="${y}" width="${round(width)}" height="${BAR}"></rect>`,
    );
    if (bar.marker !== undefined && bar.marker !== null) {
      const x = LABEL_WIDTH + scale(bar.marker);
      parts.push(`<line class="chart-marker" x1="${round(x)}" x2="${round(x)}" y1="${y - 3}" y2="${y + BAR + 3}"></line>`);
    }
    // After the bar or the tick, whichever ends further right, so the tick never crosses the text.
    const end = Math.max(width, bar.marker === undefined || bar.marker === null ? 0 : scale(bar.marker) + 2);
    parts.push(`<text class="chart-value" x="${round(LABEL_WIDTH + end + 6)}" y="${y + BAR - 2}">${escapeHtml(bar.valueLabel)}</text>`, `</g>`);
  });
  if (hasLegend) {
    const y = TOP + options.bars.length * ROW + 8;
    let x = LABEL_WIDTH;
    for (const item of legend) {
      parts.push(`<rect class="tone-${item.tone}" x="${x}" y="${y}" width="14" height="10"></rect>`, `<text class="chart-legend" x="${x + 20}" y="${y + 9}">${escapeHtml(item.label)}</text>`);
      x += 34 + item.label.length * 6.5;
    }
    if (hasMarkers && options.markerLabel !== undefined) {
      parts.push(`<line class="chart-marker" x1="${round(x + 6)}" x2="${round(x + 6)}" y1="${y - 2}" y2="${y + 12}"></line>`, `<text class="chart-legend" x="${round(x + 14)}" y="${y + 9}">${escapeHtml(options.markerLabel)}</text>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
