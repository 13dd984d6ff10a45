/**
 * The escalation steps of the current clock, as kept in `leadops_sla_escalations`: "remind-owner" is done;
 * "remind-owner?" was started and not confirmed (the check stopped, or HubSpot did not answer), so the
 * next check first looks for what it may have created. Step ids cannot hold "?" or "," (the config
 * schema allows lowercase letters, digits, "_", "-" and ".").
 */
export interface EscalationRecord {
  readonly done: readonly string[];
  readonly started: readonly string[];
}

const STARTED = '?';

export function parseEscalationRecord(raw: string | null | undefined): EscalationRecord {
  const done: string[] = [];
  const started: string[] = [];
  for (const entry of (raw ?? '').split(',')) {
    const id = entry.trim();
    if (id === '') continue;
    if (id.endsWith(STARTED)) started.push(id.slice(0, -STARTED.length));
    else done.push(id);
  }
  // A step both done and started (two checks in two processes) is done.
  return { done: unique(done), started: unique(started.filter((id) => !done.includes(id))) };
}

export function formatEscalationRecord(record: EscalationRecord): string {
  const done = unique(record.done);
  return [...done, ...unique(record.started).filter((id) => !done.includes(id)).map((id) => `${id}${STARTED}`)].join(',');
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
