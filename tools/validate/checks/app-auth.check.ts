import { isRecord, type ComponentManifest } from '../component-manifest';
import type { ProjectProblem } from '../project-problem';

/**
 * App functions only run in static-auth, privately distributed apps, and the scopes requested must be
 * exactly those the gateway's endpoints need: missing ones fail at run time, extra ones ask admins for
 * access LeadOps never uses.
 */
export function checkAppAuth(manifests: readonly ComponentManifest[], requiredScopes: readonly string[]): ProjectProblem[] {
  const app = manifests.find((m) => m.type === 'app');
  if (!app) return [{ file: 'src/app', rule: 'app-auth', message: 'no app component found: add src/app/app-hsmeta.json with "type": "app".' }];
  const { file } = app.source;
  const problems: ProjectProblem[] = [];
  if (app.config['distribution'] !== 'private') {
    problems.push({ file, rule: 'app-auth', message: `config.distribution is ${JSON.stringify(app.config['distribution'])}: set it to "private"; HubSpot runs app functions only in privately distributed apps.` });
  }
  const auth = isRecord(app.config['auth']) ? app.config['auth'] : {};
  if (auth['type'] !== 'static') {
    problems.push({ file, rule: 'app-auth', message: `config.auth.type is ${JSON.stringify(auth['type'])}: set it to "static"; app functions need static auth.` });
  }
  const declared = Array.isArray(auth['requiredScopes']) ? auth['requiredScopes'].filter((s): s is string => typeof s === 'string') : [];
  const missing = requiredScopes.filter((scope) => !declared.includes(scope));
  const extra = declared.filter((scope) => !requiredScopes.includes(scope));
  if (missing.length > 0) {
    problems.push({ file, rule: 'app-scopes', message: `config.auth.requiredScopes lacks ${missing.join(', ')}, which the gateway's endpoints need (serverless/src/hubspot/hubspot-endpoints.ts): add them.` });
  }
  if (extra.length > 0) {
    problems.push({ file, rule: 'app-scopes', message: `config.auth.requiredScopes asks for ${extra.join(', ')}, which no gateway endpoint uses: remove them, or add the endpoint to serverless/src/hubspot/hubspot-endpoints.ts.` });
  }
  return problems;
}
