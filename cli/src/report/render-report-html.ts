import type { ApiUsage, SimulationResult } from '../simulate/simulation-result';
import type { SimulationComparison } from './compare-simulations';
import { CONTACT_BROWSER_SCRIPT } from './contact-browser-script';
import type { ContactBrowserPayload } from './contact-browser-data';
import { escapeHtml } from './escape-html';
import { formatUtc } from './format-report-values';
import { latin1Html, oneByteString } from './latin1-text';
import type { ReportFigures } from './report-figures';
import { resolveReportSettings, type ReportSettings } from './report-settings';
import { REPORT_STYLES } from './report-styles';
import { apiUsageSection } from './sections/api-usage-section';
import { breachesSection } from './sections/breaches-section';
import { comparisonSection } from './sections/comparison-section';
import { contactsSection } from './sections/contacts-section';
import { dataQualitySection } from './sections/data-quality-section';
import { fairnessSection } from './sections/fairness-section';
import { firstTouchSection } from './sections/first-touch-section';
import { funnelSection } from './sections/funnel-section';
import { importIssuesSection } from './sections/import-issues-section';
import { scoresSection } from './sections/scores-section';
import { slaComplianceSection } from './sections/sla-compliance-section';
import { summarySection } from './sections/summary-section';
import { teamLabeller } from './team-label';

/**
 * Nothing may leave the file: the report holds contact data and is opened from disk, mailed, archived.
 * The policy blocks any fetch a future edit might add; inline styles and the one inline script run.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

function header(meta: SimulationResult['meta']): string {
  const items: [string, string][] = [
    ['Config', meta.configName],
    ['Contacts from', meta.source],
    ['Mode', meta.mode === 'through-api' ? 'through the HubSpot API' : 'rules engine only'],
    ['Simulated', `${formatUtc(meta.window.from)} to ${formatUtc(meta.window.to)}`],
    ['Engine', meta.engineVersion],
    ['Seed', String(meta.seed)],
  ];
  return [
    '<header class="report-header">',
    `<h1>LeadOps simulation: ${escapeHtml(meta.configName)}</h1>`,
    `<dl class="meta">${items.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>`,
    '</header>',
  ].join('');
}

function tableOfContents(sections: readonly (readonly [string, string])[]): string {
  return `<nav class="toc" aria-label="Sections"><ul>${sections.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join('')}</ul></nav>`;
}

/** Everything the report shows, computed: see reportBuilder for collecting it from a run. */
export interface ReportContent {
  readonly meta: SimulationResult['meta'];
  readonly importIssues: SimulationResult['importIssues'];
  readonly api: ApiUsage | null;
  readonly figures: ReportFigures;
  readonly contacts: ContactBrowserPayload;
  readonly comparison: SimulationComparison | null;
  readonly settings: ReportSettings;
}

/** The report page from its computed content. */
export function reportHtml(content: ReportContent): string {
  const { meta, figures, contacts, comparison, settings } = content;
  const teamLabel = teamLabeller(meta.teams);
  const sections: [string, string, string][] = [
    ['summary', 'Summary', summarySection(figures)],
    ['fairness', 'Fairness', fairnessSection(figures.fairness, teamLabel)],
    ['first-touch', 'First touch', firstTouchSection(figures.firstTouch)],
    ['sla-compliance', 'SLA compliance', slaComplianceSection(figures.slaCompliance, teamLabel)],
    ['scores', 'Scores', scoresSection(figures.scores)],
    ['funnel', 'Funnel', funnelSection(figures.funnel, resolveReportSettings(content, settings).lifecycleStages !== undefined)],
    ['breaches', 'Breaches', breachesSection(figures.breaches, teamLabel)],
    ['data-quality', 'Data quality', dataQualitySection(figures.dataQuality)],
    ['import-issues', 'Import issues', importIssuesSection(content.importIssues)],
  ];
  if (content.api !== null) sections.push(['api-usage', 'API usage', apiUsageSection(content.api)]);
  if (comparison !== null) sections.push(['comparison', 'Comparison', comparisonSection(comparison)]);
  sections.push(['contacts', 'Contacts', contactsSection(contacts)]);
  // Markup and text go through latin1Html; the style, the script and the JSON are Latin-1 already.
  const markup = (html: string) => oneByteString(latin1Html(html));
  const body = [header(meta), tableOfContents(sections.map(([id, label]) => [id, label] as const)), '<main>', ...sections.map(([, , html]) => html), '</main>'];
  return [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    markup(`<title>LeadOps simulation report: ${escapeHtml(meta.configName)}</title>`),
    `<style>${REPORT_STYLES}</style></head><body>`,
    markup(body.join('')),
    '<script type="application/json" id="contact-data">',
    ...contacts.jsonParts,
    `</script><script>${CONTACT_BROWSER_SCRIPT}</script>`,
    '</body></html>\n',
  ].join('');
}
