/**
 * The SLA policy routing recorded for the contact's current clock, as evaluateSla's `policyId`: its id;
 * null when routing recorded that no policy applied (status no_policy and no policy); undefined when
 * nothing was recorded (a lead routed before LeadOps kept the policy), so the policy is chosen now.
 */
export function recordedSlaPolicy(properties: Readonly<Record<string, string | null | undefined>>): string | null | undefined {
  const id = properties['leadops_sla_policy'];
  if (id) return id;
  return properties['leadops_sla_status'] === 'no_policy' ? null : undefined;
}
