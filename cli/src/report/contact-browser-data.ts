import type { ContactDecision, DecisionStep, SimulationResult } from '../simulate/simulation-result';
import { contactDisplayName } from './contact-display-name';
import { jsonForScript } from './json-for-script';
import { ownerLabel } from './owner-label';

/** One log step: [seconds after `base`, index into `kinds`, summary string, reason strings]. */
export type BrowserLogStep = readonly [number, number, number, readonly number[]];

/**
 * One contact as the page's script reads it. Repeating text (reasons, owners, stages, statuses) is an
 * index into `strings` (-1: none), because 100,000 contacts repeat it endlessly; the contact's own id,
 * name and email are in the `ids`, `names` and `emails` columns at the contact's index. Times are
 * seconds after `base`.
 */
export interface BrowserContact {
  /** company */
  readonly c: number;
  /** arrival */
  readonly a: number;
  /** total score, one decimal */
  readonly s: number;
  /** 1 for an MQL */
  readonly m: 0 | 1;
  /** lifecycle stage label */
  readonly g: number;
  /** owner, queue or "Not routed" */
  readonly o: number;
  /** owner's team */
  readonly t: number;
  /** SLA status in words (-1: no SLA) */
  readonly l: number;
  /** working minutes to first touch */
  readonly w: number | null;
  /** handoff status */
  readonly h: number;
  /** nurture track label */
  readonly u: number;
  readonly log: readonly BrowserLogStep[];
}

export interface ContactBrowserData {
  /** Epoch milliseconds all times are counted from. */
  readonly base: number;
  readonly strings: readonly string[];
  readonly kinds: readonly string[];
  readonly kindLabels: readonly string[];
  /** Text unique to each contact, by contact index: a strings-table entry would only add a lookup. */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** '' when unknown */
  readonly emails: readonly string[];
  readonly contacts: readonly BrowserContact[];
}

const KIND_LABELS: Readonly<Record<DecisionStep['kind'], string>> = {
  arrival: 'Arrived',
  'data-quality': 'Data quality',
  score: 'Score',
  lifecycle: 'Lifecycle',
  route: 'Routing',
  sla: 'SLA',
  touch: 'First touch',
  escalation: 'Escalation',
  handoff: 'Handoff',
  nurture: 'Nurture',
};

const SLA_WORDS: Readonly<Record<NonNullable<ContactDecision['sla']>['status'], string>> = { met: 'met', breached: 'breached', open: 'open', no_policy: 'no policy' };

/** The page's contact data: all of it as script-safe JSON, and the first contacts as objects for pre-rendering. */
export interface ContactBrowserPayload {
  /** `ContactBrowserData` for every contact, as JSON that can sit inside `<script type="application/json">`. */
  readonly json: string;
  /** The same data with only the first `firstCount` contacts (the strings and columns whole): what the page pre-renders. */
  readonly firstPage: ContactBrowserData;
  readonly total: number;
}

function numberJson(value: number | null): string {
  return value !== null && Number.isFinite(value) ? String(value) : 'null';
}

/** A contact's JSON, written by hand: it holds only numbers, which need no escaping and no JSON.stringify walk. */
function contactJson(contact: BrowserContact): string {
  const log = contact.log.map(([at, kind, summary, reasons]) => `[${at},${kind},${summary},[${reasons.join(',')}]]`).join(',');
  return `{"c":${contact.c},"a":${contact.a},"s":${numberJson(contact.s)},"m":${contact.m},"g":${contact.g},"o":${contact.o},"t":${contact.t},"l":${contact.l},"w":${numberJson(contact.w)},"h":${contact.h},"u":${contact.u},"log":[${log}]}`;
}

/**
 * Every decision with its full log, compact enough to embed 100,000 of them. Each contact is encoded
 * and written out at once rather than kept as an object graph: at that size, holding the graph costs
 * more in garbage collection than building it.
 */
export function contactBrowserPayload(result: Pick<SimulationResult, 'meta' | 'decisions'>, firstCount: number): ContactBrowserPayload {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (text: string | null | undefined): number => {
    if (text === null || text === undefined || text === '') return -1;
    let index = indexOf.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      indexOf.set(text, index);
    }
    return index;
  };
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const kindOf = (kind: DecisionStep['kind']): number => {
    let index = kindIndex.get(kind);
    if (index === undefined) {
      index = kinds.length;
      kinds.push(kind);
      kindIndex.set(kind, index);
    }
    return index;
  };
  const base = result.meta.window.from;
  const seconds = (at: number) => Math.round((at - base) / 1000);
  const encode = (decision: ContactDecision): BrowserContact => ({
    c: intern(decision.company),
    a: seconds(decision.arrivedAt),
    s: Math.round(decision.score.total * 10) / 10,
    m: decision.score.mql ? 1 : 0,
    g: intern(decision.lifecycle.stageLabel),
    o: intern(ownerLabel(decision.route)),
    t: intern(decision.route?.team),
    l: decision.sla === null ? -1 : intern(SLA_WORDS[decision.sla.status]),
    w: decision.sla?.workingMinutesToTouch ?? null,
    h: intern(decision.handoff?.status),
    u: intern(decision.nurture?.label),
    log: decision.log.map((step): BrowserLogStep => [seconds(step.at), kindOf(step.kind), intern(step.summary), step.reasons.map((reason) => intern(reason))]),
  });
  const first: BrowserContact[] = [];
  const contactsJson: string[] = [];
  for (const decision of result.decisions) {
    const contact = encode(decision);
    if (first.length < firstCount) first.push(contact);
    contactsJson.push(contactJson(contact));
  }
  const kindLabels = kinds.map((kind) => KIND_LABELS[kind as DecisionStep['kind']] ?? kind);
  const ids = result.decisions.map((decision) => decision.contactId);
  const names = result.decisions.map(contactDisplayName);
  const emails = result.decisions.map((decision) => decision.email ?? '');
  const columns = `"ids":${jsonForScript(ids)},"names":${jsonForScript(names)},"emails":${jsonForScript(emails)}`;
  const json = `{"base":${numberJson(base)},"kinds":${jsonForScript(kinds)},"kindLabels":${jsonForScript(kindLabels)},"strings":${jsonForScript(strings)},${columns},"contacts":[${contactsJson.join(',')}]}`;
  return { json, firstPage: { base, strings, kinds, kindLabels, ids, names, emails, contacts: first }, total: result.decisions.length };
}
