import { cleanContact, evaluateLifecycle, formatConfigProblem, parseConfig, scoreLead, RULES_ENGINE_VERSION } from '@leadops/rules';
import { HUBSPOT_ENDPOINTS, REQUIRED_SCOPES } from '@leadops/serverless';
import defaultConfig from '../rules/config/default-config.json';
import { demoContacts } from './demo-contacts';

/**
 * `npm start`: what a new user runs after `npm ci`. It becomes `leadops simulate` on the sample portal
 * once the simulator exists; until then it runs the rules engine on three demo leads with the default
 * config and prints every decision with its reasons.
 */
function main(): number {
  const parsed = parseConfig(defaultConfig);
  if (!parsed.ok) {
    console.error('rules/config/default-config.json is invalid:');
    for (const problem of parsed.problems) console.error(`  ${formatConfigProblem(problem)}`);
    return 1;
  }
  const config = parsed.config;
  const now = Date.now();
  console.log(`LeadOps rules engine ${RULES_ENGINE_VERSION}, config "${config.name}", now ${new Date(now).toISOString()}\n`);
  for (const raw of demoContacts(now)) {
    const cleaned = cleanContact(raw, config);
    const score = scoreLead(cleaned.contact, config, now);
    const lifecycle = evaluateLifecycle(cleaned.contact, config, now, score);
    console.log(`Contact ${raw.id} <${cleaned.contact.properties['email']}>`);
    for (const fix of cleaned.fixes) console.log(`  fixed   ${fix.property}: "${fix.from}" → "${fix.to}" (${fix.reason})`);
    for (const flag of cleaned.flags) console.log(`  flag    ${flag.text}`);
    console.log(`  score   ${score.total} (fit ${score.fit}, engagement ${score.engagement}) — ${score.mql.reason.text}`);
    for (const c of score.contributions) console.log(`          ${c.text}`);
    for (const a of score.adjustments) console.log(`          ${a.text}`);
    if (score.nextDrop) console.log(`  next    ${score.nextDrop.text}`);
    if (score.fallsBelowMql) console.log(`  mql end ${score.fallsBelowMql.text}`);
    console.log(`  stage   ${lifecycle.current?.label ?? '(none)'} → ${lifecycle.recommended.label}`);
    for (const reason of lifecycle.reasons) console.log(`          ${reason.text}`);
    console.log('');
  }
  console.log(`App functions are built into src/app/functions/dist/. The gateway may call ${HUBSPOT_ENDPOINTS.length} HubSpot endpoints with ${REQUIRED_SCOPES.length} scopes.`);
  return 0;
}

process.exitCode = main();
