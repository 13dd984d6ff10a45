import type { DataFix, DataFlag } from '../data-quality/clean-contact';
import type { LifecycleEvaluation } from '../lifecycle/evaluate-lifecycle';
import type { ScoreResult } from '../scoring/score-lead';
import type { SlaEvaluation } from '../sla/evaluate-sla';
import type { WorkingSpan } from '../calendar/working-calendar';

/**
 * What the `card_data` app function returns and the contact cards render: the contract between
 * serverless/ and extensions/, kept here because both may depend on rules/ and not on each other.
 */
export interface CardDataView {
  readonly contact: { readonly id: string; readonly email: string | null; readonly name: string; readonly ownerId: string | null; /** The owner's name as the config's routing reps call them; null for owners outside routing. */ readonly ownerName: string | null; readonly companyIds: readonly string[] };
  readonly dataQuality: { readonly fixes: readonly DataFix[]; readonly flags: readonly DataFlag[] };
  readonly score: ScoreResult;
  readonly lifecycle: LifecycleEvaluation;
  /** Every stage in order, for the stage tracker. */
  readonly stages: readonly { readonly id: string; readonly label: string; readonly hubspotValue: string }[];
  readonly sla: SlaEvaluation | null;
  /**
   * The SLA owner's name and time zone, for showing the due time in their day, and their working time in
   * the day after `readAt` (when `sla` was evaluated): the card's countdown runs only inside it.
   */
  readonly slaOwner: { readonly ownerId: string; readonly name: string; readonly timeZone: string; readonly readAt: number; readonly workingSpans: readonly WorkingSpan[] } | null;
  readonly routing: { readonly rule: string | null; readonly routedAt: string | null };
  readonly handoff: {
    /** The last answer recorded (accepted, rejected), and a rejection's reason code. */
    readonly status: string | null;
    readonly reason: string | null;
    /**
     * `awaiting`: at the handoff's stage, the owner can accept or reject; `interrupted`: a rejection stopped
     * half-way (stage cleared, rejection recorded), rejecting again finishes it; `none`: nothing to answer.
     */
    readonly state: 'awaiting' | 'interrupted' | 'none';
    readonly rejectReasons: readonly { readonly code: string; readonly label: string }[];
  };
  readonly nurture: { readonly current: string | null; readonly tracks: readonly { readonly id: string; readonly label: string; readonly description: string }[] };
  readonly configVersion: number;
  readonly configWarning: string | null;
}
