import type { FaultPlan, InjectedFault } from './emulator-types';
import { DEFAULT_FAULT_SEED, mulberry32 } from './seeded-random';

/** What the injector decided for one request. */
export interface FaultDecision {
  readonly fault?: InjectedFault;
  readonly latencyMs: number;
}

const NONE: FaultDecision = { latencyMs: 0 };

/**
 * Decides, per request, whether to answer with an injected 429 or 500 instead of the emulated endpoint
 * (or a 500 after running it), and how long to wait first. Draws come from the plan's generator (or a fixed-seed mulberry32), one
 * draw per eligible request, so a test sees the same faults on every run.
 */
export class FaultInjector {
  private plan: FaultPlan | undefined;
  private random: () => number = mulberry32(DEFAULT_FAULT_SEED);

  constructor(plan?: FaultPlan) {
    this.set(plan);
  }

  /** Replaces the plan; a plan without its own generator restarts the default seed. */
  set(plan: FaultPlan | undefined): void {
    this.plan = plan;
    this.random = plan?.random ?? mulberry32(DEFAULT_FAULT_SEED);
  }

  decide(isWrite: boolean): FaultDecision {
    const plan = this.plan;
    if (!plan) return NONE;
    const latencyMs = Math.max(0, plan.latencyMs ?? 0);
    if (plan.only === 'writes' && !isWrite) return { latencyMs };
    const rate429 = clampShare(plan.rate429);
    const rate500 = clampShare(plan.rate500);
    const rate500Applied = clampShare(plan.rate500Applied);
    if (rate429 === 0 && rate500 === 0 && rate500Applied === 0) return { latencyMs };
    const draw = this.random();
    if (draw < rate429) return { fault: '429', latencyMs };
    if (draw < rate429 + rate500) return { fault: '500', latencyMs };
    if (draw < rate429 + rate500 + rate500Applied) return { fault: '500-applied', latencyMs };
    return { latencyMs };
  }
}

function clampShare(share: number | undefined): number {
  if (share === undefined || !Number.isFinite(share)) return 0;
  return Math.min(1, Math.max(0, share));
}
