import { readFileSync } from 'node:fs';
import path from 'node:path';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Document } from 'openapi-backend';
import type { RecordedExchange } from '../../serverless/src/emulator/emulator-types';
import { HUBSPOT_API_SPECS } from './shared-reference';

/** Which of HubSpot's OpenAPI documents describes a request path. */
function specFor(requestPath: string): string {
  const objects = /^\/crm\/objects\/2026-09\/([^/]+)/.exec(requestPath);
  if (objects) {
    const type = objects[1] ?? '';
    const byType: Record<string, string> = { contacts: 'contacts.json', '0-1': 'contacts.json', companies: 'companies.json', '0-2': 'companies.json', users: 'users.json', '0-115': 'users.json', notes: 'notes.json', tasks: 'tasks.json' };
    return `2026-09/${byType[type] ?? 'objects.json'}`;
  }
  const prefixes: [string, string][] = [
    ['/crm/owners/2026-09', '2026-09/crmOwners.json'], ['/crm/properties/2026-09', '2026-09/properties.json'], ['/crm-object-schemas/2026-09', '2026-09/schemas.json'],
    ['/crm/associations/2026-09', '2026-09/associations.json'], ['/automation/sequences/2026-09', '2026-09/sequences.json'], ['/crm/lists/2026-09', '2026-09/lists.json'],
    ['/automation/actions', '2026-09/actionsV4.json'], ['/settings/users/2026-03', '2026-03/userProvisioning.json'],
  ];
  const match = prefixes.find(([prefix]) => requestPath.startsWith(prefix));
  if (!match) throw new Error(`no HubSpot spec covers ${requestPath}`);
  return match[1];
}

/**
 * Validates recorded requests and responses against HubSpot's own OpenAPI documents (openapi-backend +
 * ajv). The documents are loaded lazily, one per file, and never copied into the repository.
 */
interface SecurityScheme {
  readonly type?: string;
  readonly in?: string;
  readonly name?: string;
}

/** Names of the query parameters that carry a credential the operation's security accepts. */
function queryCredentials(definition: Document, security: readonly Record<string, unknown>[] | undefined): string[] {
  const schemes = (definition.components?.securitySchemes ?? {}) as Record<string, SecurityScheme>;
  return (security ?? definition.security ?? [])
    .flatMap((requirement) => Object.keys(requirement))
    .map((name) => schemes[name])
    .filter((scheme): scheme is SecurityScheme & { name: string } => scheme?.type === 'apiKey' && scheme.in === 'query' && typeof scheme.name === 'string')
    .map((scheme) => scheme.name);
}

export class OpenApiExchangeValidator {
  private readonly apis = new Map<string, Promise<OpenAPIBackend>>();

  private api(spec: string): Promise<OpenAPIBackend> {
    let api = this.apis.get(spec);
    if (!api) {
      const definition = JSON.parse(readFileSync(path.join(HUBSPOT_API_SPECS, spec), 'utf8')) as Document;
      // HubSpot's documents put $ref beside other keys, which strict validation refuses; quick mode reads them as they are.
      const backend = new OpenAPIBackend({ definition, strict: false, quick: true, customizeAjv: (ajv) => {
        addFormats(ajv);
        return ajv;
      } });
      api = backend.init();
      this.apis.set(spec, api);
    }
    return api;
  }

  /** Problems with one exchange (empty when request and response both match the spec). */
  async problems(exchange: RecordedExchange): Promise<string[]> {
    const spec = specFor(exchange.path);
    const api = await this.api(spec);
    const sent = { method: exchange.method.toLowerCase(), path: exchange.path, query: { ...exchange.query }, headers: { 'content-type': 'application/json' }, body: exchange.requestBody as object };
    const operation = api.router.matchOperation(sent);
    const where = `${exchange.method} ${exchange.path} (${spec})`;
    if (!operation) return [`${where}: no such operation in the spec`];
    // A credential in the query (the developer API key) is a parameter of the security scheme, not of the
    // operation: drop it only where the operation's security allows it, so a stray one is still reported.
    const credentials = new Set(queryCredentials(api.definition, operation.security));
    const request = { ...sent, query: Object.fromEntries(Object.entries(sent.query).filter(([name]) => !credentials.has(name))) };
    const problems: string[] = [];
    const requestResult = api.validateRequest(request, operation);
    if (!requestResult.valid) problems.push(`${where} request: ${JSON.stringify(requestResult.errors).slice(0, 600)}`);
    if (exchange.status !== 204) {
      const responseResult = api.validateResponse(exchange.responseBody, operation, exchange.status);
      if (!responseResult.valid) problems.push(`${where} response ${exchange.status}: ${JSON.stringify(responseResult.errors).slice(0, 600)}`);
    }
    return problems;
  }

  async problemsOf(exchanges: readonly RecordedExchange[]): Promise<string[]> {
    const all: string[] = [];
    for (const exchange of exchanges) all.push(...(await this.problems(exchange)));
    return [...new Set(all)];
  }
}
