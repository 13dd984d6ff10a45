import type { ContactDecision, DecisionStep } from '../simulate/simulation-result';
import { breachedAnyClock } from './breached-contact';
import { contactDisplayName } from './contact-display-name';
import { jsonForScript } from './json-for-script';
import { ownerLabel } from './owner-label';
import type { TeamLabel } from './team-label';

/**
 * A text as the page stores it: the index of its template, or [template index, ...the numbers that go
 * between the template's pieces]. A number the page must write back exactly as it was (a leading zero,
 * more digits than a double holds) stays a string of digits.
 */
export type EncodedText = number | readonly (number | string)[];

/**
 * Every contact as the page's script reads it, in columns indexed by the contact's position in the run.
 * Repeating text (reasons, owners, stages, statuses) is an index into `texts` (-1: none), and each text is
 * a template with its numbers filled in: 100,000 contacts repeat a few thousand sentences that differ only
 * in a count or a time ("fewest open leads (13930)"). A log step that recurs word for word (same kind,
 * summary and reasons) is stored once in `steps`. Times are seconds after `base`, a step's after its
 * contact's arrival. In Node the number columns are typed arrays; on the page, JSON arrays.
 */
export interface ContactBrowserData {
  /** Epoch milliseconds all times are counted from. */
  readonly base: number;
  readonly kinds: readonly string[];
  readonly kindLabels: readonly string[];
  /** The literal pieces of each template; a text has one number fewer than its template has pieces. */
  readonly templates: readonly (readonly string[])[];
  readonly texts: readonly EncodedText[];
  /** [kind index, summary text, ...reason texts]. */
  readonly steps: readonly (readonly number[])[];
  /** Text unique to each contact, by contact index: a template would only add a lookup. */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** '' when unknown */
  readonly emails: readonly string[];
  readonly company: ArrayLike<number>;
  /** Seconds after `base`. */
  readonly arrival: ArrayLike<number>;
  /** Total score, one decimal. */
  readonly score: readonly number[];
  /** 1 for an MQL. */
  readonly mql: ArrayLike<number>;
  /** Lifecycle stage label. */
  readonly stage: ArrayLike<number>;
  /** Owner, queue or "Not routed". */
  readonly owner: ArrayLike<number>;
  /** The owner's team. */
  readonly team: ArrayLike<number>;
  /** SLA status in words (-1: no SLA). */
  readonly sla: ArrayLike<number>;
  /** Working minutes to first touch. */
  readonly touchMinutes: readonly (number | null)[];
  readonly handoff: ArrayLike<number>;
  /** Nurture track label. */
  readonly nurture: ArrayLike<number>;
  /**
   * Every contact's log, one after the other, as pairs of [seconds after the arrival, step index]; the
   * contact at `index` has the entries from `logEnds[index - 1]` (0 for the first) to `logEnds[index]`.
   */
  readonly logEntries: ArrayLike<number>;
  readonly logEnds: ArrayLike<number>;
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

/** The page's contact data: the columns, and the same as script-safe JSON. */
export interface ContactBrowserPayload {
  /**
   * `data` as JSON that can sit inside `<script type="application/json">`, one byte per character, in
   * parts for the page's one join: joined here, 20 MB would be copied once more.
   */
  readonly jsonParts: readonly string[];
  /** What the page pre-renders its first rows and logs from, in Node, with the page's own code. */
  readonly data: ContactBrowserData;
  readonly total: number;
}

/** Runs of digits: a template is a text with them taken out. */
const DIGIT_RUNS = /\d+/g;
/** The longest run of digits a double holds exactly, so it can travel as a JSON number. */
const EXACT_DIGITS = 15;

function runValue(run: string): number | string {
  return run.length <= EXACT_DIGITS && (run.length === 1 || !run.startsWith('0')) ? Number(run) : run;
}

/** Texts interned as templates with their numbers; a text seen again costs one Map lookup. */
class TextTable {
  readonly templates: string[][] = [];
  readonly texts: EncodedText[] = [];
  private readonly textIndex = new Map<string, number>();
  private readonly templateIndex = new Map<string, number>();

  /** -1 for no text. */
  intern(text: string | null | undefined): number {
    if (text === null || text === undefined || text === '') return -1;
    let index = this.textIndex.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.texts.push(this.encode(text));
      this.textIndex.set(text, index);
    }
    return index;
  }

  private encode(text: string): EncodedText {
    // The pieces joined by a digit: pieces hold no digits, so no two templates share this key.
    const key = text.replace(DIGIT_RUNS, '0');
    let template = this.templateIndex.get(key);
    if (template === undefined) {
      template = this.templates.length;
      this.templates.push(text.split(DIGIT_RUNS));
      this.templateIndex.set(key, template);
    }
    const runs = text.match(DIGIT_RUNS);
    return runs === null ? template : [template, ...runs.map(runValue)];
  }
}

/** A growing list of 32-bit integers: the logs' ~2 million numbers without a JS array's boxing and regrowth. */
class IntList {
  private values = new Int32Array(1 << 16);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * The log steps stored so far, found by a hash of their numbers (kind, summary, reasons) and compared
 * number by number: no key string is built for each of ~900,000 steps, and a step seen before allocates
 * nothing.
 */
class StepTable {
  readonly steps: number[][] = [];
  private readonly byHash = new Map<number, number[]>();

  /** `numbers` holds the step's kind, summary and reasons in its first `length` places. */
  intern(numbers: Int32Array, length: number): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i += 1) hash = Math.imul(hash ^ (numbers[i] as number), 0x01000193);
    let bucket = this.byHash.get(hash);
    if (bucket === undefined) {
      bucket = [];
      this.byHash.set(hash, bucket);
    }
    for (const index of bucket) {
      const step = this.steps[index] as number[];
      if (step.length !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i += 1) same = step[i] === numbers[i];
      if (same) return index;
    }
    const index = this.steps.length;
    this.steps.push(Array.from(numbers.subarray(0, length)));
    bucket.push(index);
    return index;
  }
}

/** Collects the page's contact data one decision at a time, in any order; see ContactBrowserData. */
export interface ContactBrowserDataBuilder {
  /** Every decision once, `index` (its place in the table, 0 to count − 1) given by the caller. */
  readonly add: (decision: ContactDecision, index: number) => void;
  finish(): ContactBrowserPayload;
}

/**
 * The logs' entries with each contact's run (from `starts[i]` to `ends[i]`) moved to index order;
 * `ends` becomes the end of each run in the new layout.
 */
function inIndexOrder(entries: Int32Array, starts: Int32Array, ends: Int32Array): Int32Array {
  const ordered = new Int32Array(entries.length);
  let at = 0;
  for (let i = 0; i < starts.length; i += 1) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    ordered.set(entries.subarray(start, end), at);
    at += end - start;
    ends[i] = at;
  }
  return ordered;
}

/** Integers as a JSON array: typed arrays join without the per-element walk of JSON.stringify. */
function intsJson(values: Int32Array | Uint8Array): string {
  return `[${values.join(',')}]`;
}

/**
 * Every decision with its full log, compact enough to embed 100,000 of them (about 20 MB). Built one
 * decision at a time so the report can feed it from the pass that computes its figures. The columns
 * hold only numbers besides the text tables and the id, name and email columns, so only those go through
 * jsonForScript's escaping.
 */
export function contactBrowserData(run: { readonly base: number; readonly count: number; readonly teamLabel: TeamLabel }): ContactBrowserDataBuilder {
  const count = run.count;
  const table = new TextTable();
  const stepTable = new StepTable();
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const base = run.base;
  const seconds = (at: number) => Math.round((at - base) / 1000);
  // Logs arrive in the order decisions do; each contact's run of entries is found by its start and
  // end, and finish() lays the runs out in index order.
  const logEntries = new IntList();
  const logStarts = new Int32Array(count);
  let stepNumbers = new Int32Array(16);
  const data = {
    base,
    kinds,
    kindLabels: [] as string[],
    templates: table.templates,
    texts: table.texts,
    steps: stepTable.steps,
    ids: new Array<string>(count),
    names: new Array<string>(count),
    emails: new Array<string>(count),
    company: new Int32Array(count),
    arrival: new Int32Array(count),
    score: new Array<number>(count),
    mql: new Uint8Array(count),
    stage: new Int32Array(count),
    owner: new Int32Array(count),
    team: new Int32Array(count),
    sla: new Int32Array(count),
    touchMinutes: new Array<number | null>(count),
    handoff: new Int32Array(count),
    nurture: new Int32Array(count),
    logEnds: new Int32Array(count),
  };
  const kindOf = (kind: string): number => {
    let index = kindIndex.get(kind);
    if (index === undefined) {
      index = kinds.length;
      kinds.push(kind);
      kindIndex.set(kind, index);
    }
    return index;
  };
  const add = (decision: ContactDecision, index: number): void => {
    const arrival = seconds(decision.arrivedAt);
    data.ids[index] = decision.contactId;
    data.names[index] = contactDisplayName(decision);
    data.emails[index] = decision.email ?? '';
    data.company[index] = table.intern(decision.company);
    data.arrival[index] = arrival;
    data.score[index] = Math.round(decision.score.total * 10) / 10;
    data.mql[index] = decision.score.mql ? 1 : 0;
    data.stage[index] = table.intern(decision.lifecycle.stageLabel);
    data.owner[index] = table.intern(ownerLabel(decision.route));
    // The label, as the filter is typed: "north america" finds a team whose id is "na".
    const team = decision.route?.team;
    data.team[index] = table.intern(team ? run.teamLabel(team) : null);
    const sla = decision.sla;
    // "breached" in the filter finds every contact with a breached clock, a re-routed one's included.
    data.sla[index] = sla === null ? -1 : table.intern(sla.status !== 'breached' && breachedAnyClock(decision) ? `${SLA_WORDS[sla.status]}, breached before a re-route` : SLA_WORDS[sla.status]);
    data.touchMinutes[index] = sla?.workingMinutesToTouch ?? null;
    data.handoff[index] = table.intern(decision.handoff?.status);
    data.nurture[index] = table.intern(decision.nurture?.label);
    logStarts[index] = logEntries.length;
    for (const step of decision.log) {
      const length = step.reasons.length + 2;
      if (stepNumbers.length < length) stepNumbers = new Int32Array(length * 2);
      stepNumbers[0] = kindOf(step.kind);
      stepNumbers[1] = table.intern(step.summary);
      for (let i = 2; i < length; i += 1) stepNumbers[i] = table.intern(step.reasons[i - 2]);
      logEntries.push(seconds(step.at) - arrival);
      logEntries.push(stepTable.intern(stepNumbers, length));
    }
    data.logEnds[index] = logEntries.length;
  };
  const finish = (): ContactBrowserPayload => {
    for (const kind of kinds) data.kindLabels.push(KIND_LABELS[kind as DecisionStep['kind']] ?? kind);
    const entries = inIndexOrder(logEntries.view(), logStarts, data.logEnds);
    const jsonParts = [
      `{"base":${Number.isFinite(base) ? String(base) : 'null'}`,
      `,"kinds":${jsonForScript(kinds)}`,
      `,"kindLabels":${jsonForScript(data.kindLabels)}`,
      `,"templates":${jsonForScript(table.templates)}`,
      `,"texts":${jsonForScript(table.texts)}`,
      // Numbers need no escaping; JSON.stringify writes a non-finite score or minute count as null.
      `,"steps":${JSON.stringify(stepTable.steps)}`,
      `,"ids":${jsonForScript(data.ids)}`,
      `,"names":${jsonForScript(data.names)}`,
      `,"emails":${jsonForScript(data.emails)}`,
      `,"company":${intsJson(data.company)}`,
      `,"arrival":${intsJson(data.arrival)}`,
      `,"score":${JSON.stringify(data.score)}`,
      `,"mql":${intsJson(data.mql)}`,
      `,"stage":${intsJson(data.stage)}`,
      `,"owner":${intsJson(data.owner)}`,
      `,"team":${intsJson(data.team)}`,
      `,"sla":${intsJson(data.sla)}`,
      `,"touchMinutes":${JSON.stringify(data.touchMinutes)}`,
      `,"handoff":${intsJson(data.handoff)}`,
      `,"nurture":${intsJson(data.nurture)}`,
      `,"logEntries":${intsJson(entries)}`,
      `,"logEnds":${intsJson(data.logEnds)}}`,
    ];
    return { jsonParts, data: { ...data, logEntries: entries }, total: count };
  };
  return { add, finish };
}
