import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HUBSPOT_ENDPOINTS, REQUIRED_SCOPES } from '@leadops/serverless';
import { PROJECT_ROOT } from '../support/run-tsx';
import { HUBSPOT_API_SPECS, describeWithSpecs } from '../support/shared-reference';

interface OpenApiOperation {
  readonly security?: readonly Record<string, readonly string[]>[];
}
type OpenApiDocument = { readonly paths: Record<string, Record<string, OpenApiOperation>> };

function loadSpec(version: string, file: string): OpenApiDocument {
  return JSON.parse(readFileSync(path.join(HUBSPOT_API_SPECS, version, file), 'utf8')) as OpenApiDocument;
}

describe('the app manifest and the gateway agree on scopes', () => {
  it('requests exactly the scopes the gateway endpoints need', () => {
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'src', 'app', 'app-hsmeta.json'), 'utf8')) as { config: { auth: { requiredScopes: string[] } } };
    expect([...manifest.config.auth.requiredScopes].sort()).toEqual([...REQUIRED_SCOPES]);
  });

  it('uses only date-versioned endpoints, never /v3 or /v4', () => {
    for (const endpoint of HUBSPOT_ENDPOINTS) {
      expect(endpoint.path).toMatch(/\/(2026-09|2026-03)(\/|$)/);
      expect(endpoint.path).not.toMatch(/\/v[1-4]\//);
    }
  });

  it('names each endpoint once', () => {
    const ids = HUBSPOT_ENDPOINTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describeWithSpecs("each gateway endpoint against HubSpot's OpenAPI documents", () => {
  it.each(HUBSPOT_ENDPOINTS.map((e) => [e.id, e] as const))('%s exists in its spec and is authorised by the scopes LeadOps requests', (_id, endpoint) => {
    const spec = loadSpec(endpoint.apiVersion, endpoint.spec);
    const operation = spec.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
    expect(operation).toBeDefined();
    // Each security entry is one alternative, and an alternative needs all of its scopes (OpenAPI); an app
    // token works with any scope-bearing scheme (private_apps, or oauth2 where HubSpot lists no other, as
    // for settings users). A developer API key is not an app token.
    const alternatives = (operation?.security ?? []).map((alternative) => Object.entries(alternative).flatMap(([scheme, scopes]) => (scheme === 'developer_hapikey' ? [] : scopes)));
    if (endpoint.scopes === null) {
      expect(alternatives.flat()).toEqual([]);
    } else {
      const requested = new Set<string>(endpoint.scopes);
      const granted = alternatives.filter((scopes) => scopes.length > 0 && scopes.every((scope) => requested.has(scope)));
      expect(granted.length > 0 ? 'granted' : `${endpoint.scopes.join(' + ')} fully grants none of ${JSON.stringify(alternatives)}`).toBe('granted');
      // Nothing requested that no alternative using it needs: every scope asked for is part of a granting alternative.
      for (const scope of endpoint.scopes) expect(granted.some((scopes) => scopes.includes(scope))).toBe(true);
    }
  });
});
