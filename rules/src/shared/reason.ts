/** Why the engine decided something, in a sentence a rep can read, with the numbers behind it. */
export interface Reason {
  readonly code: ReasonCode;
  readonly text: string;
  /** Points this reason adds or removes, where it is about a score. */
  readonly points?: number;
}

export type ReasonCode =
  | 'fit-rule'
  | 'engagement-rule'
  | 'cap-applied'
  | 'mql-threshold'
  | 'mql-fit-guard'
  | 'stage-criteria'
  | 'stage-forward-only'
  | 'stage-recycle-hold'
  | 'stage-unknown'
  | 'stage-transition'
  | 'data-fix'
  | 'data-flag'
  | 'routing-lead-to-account'
  | 'routing-rule'
  | 'routing-assigned'
  | 'routing-queued'
  | 'sla-status'
  | 'sla-escalation'
  | 'handoff';
