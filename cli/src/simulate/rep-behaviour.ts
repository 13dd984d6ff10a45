import { seededChance } from './seeded-chance';

/**
 * How the simulated reps behave. Deliberately simple and stated, so a reader of the report knows what
 * produced the numbers: each rep has a steady responsiveness; a first touch comes after a log-normal
 * number of working minutes around it, sooner for MQLs; a few leads are never touched.
 */
export interface RepBehaviour {
  /** Median working minutes to a first touch on an ordinary lead, per rep (60 to 200, by the seed). */
  readonly medianTouchMinutes: (ownerId: string) => number;
  /** Working minutes from the clock start to the first touch; null when the rep never touches it. */
  readonly touchDelay: (contactId: string, ownerId: string, isMql: boolean, attempt: number) => number | null;
  /** How the receiving rep answers an MQL handoff, and how many working minutes after the first touch. */
  readonly handoffAnswer: (contactId: string, fit: number, reasonCodes: readonly string[]) => { readonly accept: boolean; readonly reasonCode: string | null; readonly afterMinutes: number };
}

const NEVER_TOUCHED = 0.02;

/** Box-Muller from two seeded uniforms: a standard normal draw. */
function normal(u1: number, u2: number): number {
  return Math.sqrt(-2 * Math.log(Math.max(u1, 1e-12))) * Math.cos(2 * Math.PI * u2);
}

export function repBehaviour(seed: number): RepBehaviour {
  const medianTouchMinutes = (ownerId: string) => 60 + Math.round(140 * seededChance(seed, 'rep', ownerId));
  return {
    medianTouchMinutes,
    touchDelay(contactId, ownerId, isMql, attempt) {
      const key = `${contactId}#${attempt}`;
      if (seededChance(seed, 'never', key) < NEVER_TOUCHED) return null;
      // Reps see MQL alerts and jump on them: a fifth of the usual wait.
      const median = medianTouchMinutes(ownerId) * (isMql ? 0.2 : 1);
      const z = normal(seededChance(seed, 'touch-a', key), seededChance(seed, 'touch-b', key));
      return Math.max(1, Math.round(median * Math.exp(0.8 * z)));
    },
    handoffAnswer(contactId, fit, reasonCodes) {
      // Better fit, likelier accepted: 85% at fit 40+, 50% under 20.
      const acceptChance = fit >= 40 ? 0.85 : fit >= 20 ? 0.7 : 0.5;
      const accept = reasonCodes.length === 0 || seededChance(seed, 'accept', contactId) < acceptChance;
      const reasonCode = accept ? null : (reasonCodes[Math.floor(seededChance(seed, 'reason', contactId) * reasonCodes.length)] ?? null);
      const afterMinutes = Math.round(5 + 400 * seededChance(seed, 'answer', contactId) ** 2);
      return { accept, reasonCode, afterMinutes };
    },
  };
}
