import { formatCount, formatPercent } from '../format-report-values';
import { htmlTable, rowHeaderCell, textCell } from '../html-table';
import type { FunnelStage } from '../lifecycle-funnel';
import { svgBarChart } from '../svg-bar-chart';
import { chartFigure, reportSection } from './report-section';

export function funnelSection(funnel: readonly FunnelStage[], configOrder: boolean): string {
  const chart = svgBarChart({
    id: 'chart-funnel',
    title: 'Contacts by lifecycle stage',
    description: funnel.map((stage) => `${stage.label}: ${stage.count}`).join('; '),
    bars: funnel.map((stage) => ({ label: stage.label, value: stage.count, valueLabel: `${formatCount(stage.count)} (${formatPercent(stage.percentOfContacts)})` })),
  });
  const table = htmlTable({
    caption: 'Contacts by lifecycle stage',
    columns: [{ label: 'Stage' }, { label: 'Contacts', numeric: true }, { label: 'Of all contacts', numeric: true }],
    rows: funnel.map((stage) => [
      rowHeaderCell(stage.label),
      textCell(formatCount(stage.count), { numeric: true, hook: { figure: 'funnel-stage', key: stage.stageId, value: stage.count } }),
      textCell(formatPercent(stage.percentOfContacts), { numeric: true }),
    ]),
  });
  const order = configOrder ? 'in the config’s order' : 'in HubSpot’s default stage order (the config’s order was not given)';
  return reportSection('funnel', 'Funnel by lifecycle stage', `Where each contact stands at the end of the simulation, ${order}. Rejected handoffs recycle contacts to an earlier stage.`, [
    `<div class="figure-row">${chartFigure('funnel', chart, 'Contacts at each lifecycle stage.')}${table}</div>`,
  ]);
}
