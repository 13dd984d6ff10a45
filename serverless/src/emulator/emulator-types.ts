/** What the HubSpot emulator is seeded with: a small portal, as HubSpot would return it (string property values). */
export interface PortalSeed {
  readonly contacts?: readonly SeedObject[];
  readonly companies?: readonly SeedObject[];
  /** contact id → company ids (HubSpot's default contact-to-company association). */
  readonly contactCompanies?: Readonly<Record<string, readonly string[]>>;
  readonly owners?: readonly SeedOwner[];
  /** Users (object 0-115) with hs_working_hours, hs_standard_time_zone, hs_availability_status, hs_out_of_office_hours… */
  readonly users?: readonly SeedObject[];
  /** Settings users (GET /settings/users/2026-03/{userId}): who is a super admin and which roles they hold. */
  readonly settingsUsers?: readonly { readonly id: string; readonly email: string; readonly superAdmin: boolean; readonly roleIds?: readonly string[]; readonly primaryTeamId?: string }[];
  readonly sequences?: readonly { readonly id: string; readonly name: string }[];
  readonly lists?: readonly { readonly listId: string; readonly name: string }[];
  /**
   * Workflow-action definitions as a project upload creates them (the emulator does not see uploads):
   * what `GET /automation/actions/2026-09/{appId}` lists and PATCH may change.
   */
  readonly workflowActions?: readonly SeedWorkflowAction[];
  /**
   * Extra property definitions per object type (plural name or type id, e.g. `contacts`), on top of the
   * HubSpot defaults. Seeded objects may also carry properties defined nowhere: those are defined as text.
   */
  readonly properties?: Readonly<Record<string, readonly SeedProperty[]>>;
}

export interface SeedWorkflowAction {
  readonly appId: string;
  readonly id: string;
  readonly actionUrl: string;
  readonly objectTypes?: readonly string[];
  readonly outputFields?: readonly unknown[];
}

/** A property definition to seed, with HubSpot's type and field type; the rest gets HubSpot's defaults. */
export interface SeedProperty {
  readonly name: string;
  readonly type: 'string' | 'number' | 'bool' | 'date' | 'datetime' | 'enumeration' | 'phone_number';
  readonly fieldType?: string;
  readonly label?: string;
  readonly groupName?: string;
  /** Allowed values of an enumeration; writes of other values are rejected like HubSpot does. */
  readonly options?: readonly string[];
}

export interface SeedObject {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
}

export interface SeedOwner {
  readonly id: string;
  readonly userId: number;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly archived?: boolean;
}

/** Faults injected on demand: shares of requests answered 429 or 500, and added latency. */
export interface FaultPlan {
  readonly rate429?: number;
  /** Share answered 500 without applying the request. */
  readonly rate500?: number;
  /**
   * Share applied and then answered 500, as when HubSpot stores a record but the answer is lost (a 502
   * from a proxy, a dropped connection): the caller cannot tell it from a 500 that changed nothing.
   */
  readonly rate500Applied?: number;
  readonly latencyMs?: number;
  /** Which requests may fail: all (default) or only writes. */
  readonly only?: 'all' | 'writes';
  /** Seeded randomness for repeatable tests; defaults to a fixed-seed generator. */
  readonly random?: () => number;
}

/** One request and its answer, as the emulator saw them: what contract tests validate and tests inspect. */
export interface RecordedExchange {
  readonly at: number;
  readonly method: string;
  /** Path without the query string, e.g. /crm/objects/2026-09/contacts/batch/update */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly requestHeaders: Readonly<Record<string, string>>;
  readonly requestBody: unknown;
  readonly status: number;
  readonly responseBody: unknown;
  /** True for requests that change the portal (successful or not). */
  readonly write: boolean;
  /** Set when the answer was an injected fault rather than the emulated endpoint's ('500-applied': it did run). */
  readonly injected?: InjectedFault;
}

export type InjectedFault = '429' | '500' | '500-applied';

export interface RateLimitOptions {
  /** Requests per rolling 10 seconds (HubSpot: 100 Free/Starter, 190 Professional/Enterprise, 250 with the increase pack). */
  readonly tenSecondLimit: number;
  /** CRM search requests per second (HubSpot documents about 4–5). */
  readonly searchPerSecond: number;
}

export interface EmulatorOptions {
  readonly seed?: PortalSeed;
  /** 0 (default) picks a free port; the server always binds 127.0.0.1. */
  readonly port?: number;
  /** HubSpot's limits, enforced with 429s; `false` turns them off (fast unit tests). Default: Professional. */
  readonly rateLimit?: RateLimitOptions | false;
  readonly faults?: FaultPlan;
  /** The access token requests must carry as `Authorization: Bearer …`; default accepts any non-empty token. */
  readonly accessToken?: string;
  /** Clock for timestamps (createdAt, updatedAt, rate windows); defaults to the real clock. */
  readonly now?: () => number;
  /** How far search can page (HubSpot: 10,000); `after` at or beyond it is a 400. Small values keep tests fast. */
  readonly searchResultCap?: number;
  /** Add `Retry-After` (seconds) to 429s. Off by default: HubSpot does not document sending it. */
  readonly retryAfter?: boolean;
  /**
   * Status of a batch answer that carries per-item `errors`. 200 (default) is what the OpenAPI documents
   * describe; production HubSpot answers 207 Multi-Status.
   */
  readonly batchErrorStatus?: 200 | 207;
  /**
   * How many associations of one record an associations batch read returns before it answers with
   * `paging.next.after` (HubSpot documents the paging, not the page size; 500 by default here).
   */
  readonly associationPageSize?: number;
  /** Portal id: custom objects get `fullyQualifiedName` `p<portalId>_<name>`; without it `p_<name>`. */
  readonly portalId?: number;
  /** Developer API key accepted as `?hapikey=` on the action-definition API; default accepts any non-empty key. */
  readonly developerApiKey?: string;
  /** Keep only the newest N exchanges in `log`; unbounded by default (tests read the whole log). */
  readonly maxLogEntries?: number;
  /**
   * Replace credentials in `log` (the Authorization value, `hapikey`) with `[redacted]`. Off by default:
   * tests check which token the gateway sent; turn it on when a real token could reach the emulator.
   */
  readonly redactCredentials?: boolean;
}
