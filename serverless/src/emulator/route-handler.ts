import type { InMemoryPortal } from './in-memory-portal';

/** Emulator settings the handlers need. */
export interface HandlerSettings {
  readonly searchResultCap: number;
  readonly batchErrorStatus: 200 | 207;
  readonly associationPageSize: number;
}

/** What a handler gets: the portal, the path parameters, the query, the parsed body and the time. */
export interface RouteContext {
  readonly portal: InMemoryPortal;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly now: number;
  readonly settings: HandlerSettings;
}

/** A handler's answer; an undefined body sends none (204). */
export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
}

/**
 * An endpoint's implementation. Synchronous on purpose: with no await between reading and writing the
 * portal, each request is applied atomically. Errors are thrown as HubSpotHttpError before any write.
 */
export type RouteHandler = (context: RouteContext) => RouteResult;
