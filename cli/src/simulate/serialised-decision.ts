import type { ContactDecision, DecisionStep } from './simulation-result';

/**
 * A contact's decision as the simulation hands it over: the outcome as values, the log as the JSON of
 * each step. The log is most of a decision's size, and a lead holds it for the days of simulated time its
 * story runs; held as step objects, reason arrays and concatenated strings it was most of what every
 * young-generation collection had to copy. One flat string per step is a fraction of that, and it is
 * what decisions.json needs anyway.
 */
export interface SerialisedDecision {
  readonly decision: Omit<ContactDecision, 'log'>;
  /** JSON.stringify of each DecisionStep, in time order. */
  readonly log: readonly string[];
}

const CLOSING_BRACE = 0x7d;

export function serialiseStep(step: DecisionStep): string {
  const json = JSON.stringify(step);
  // V8 returns JSON.stringify's text as a rope of the chunks it was built in; reading a character makes
  // it flat in place, so a step held for days of simulated time is one string, not a tree of parts.
  if (json.charCodeAt(json.length - 1) !== CLOSING_BRACE) throw new Error(`serialiseStep: a step serialised to ${json}, not an object`);
  return json;
}

/** Equal to JSON.stringify of the whole ContactDecision (`log` is its last key), without parsing the steps. */
export function decisionJson({ decision, log }: SerialisedDecision): string {
  const head = JSON.stringify(decision);
  return `${head.slice(0, -1)},"log":[${log.join(',')}]}`;
}

/** The decision as objects, for collecting runs (tests, small portals) and the report built in-thread. */
export function parsedDecision({ decision, log }: SerialisedDecision): ContactDecision {
  return { ...decision, log: log.map((step) => JSON.parse(step) as DecisionStep) };
}

/** A decision held as objects (a collected run, the through-API path) in the form sinks take. */
export function serialisedDecision(contact: ContactDecision): SerialisedDecision {
  const { log, ...decision } = contact;
  return { decision, log: log.map(serialiseStep) };
}
