import type { RecordedExchange } from './emulator-types';

/** Read-only POSTs: they send a body but change nothing. */
const READ_ONLY_POST = /\/(search|batch\/read)\/?$/;

/** True for requests that change the portal: POST/PUT/PATCH/DELETE except search and batch reads. */
export function isWriteRequest(method: string, path: string): boolean {
  const upper = method.toUpperCase();
  if (upper === 'POST') return !READ_ONLY_POST.test(path);
  return upper === 'PUT' || upper === 'PATCH' || upper === 'DELETE';
}

/** Request headers as a record with lower-case names; with `redact`, the Authorization value becomes `[redacted]`. */
export function headerRecord(headers: Readonly<Record<string, string | string[] | undefined>>, redact: boolean): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    record[name.toLowerCase()] = redact && name.toLowerCase() === 'authorization' ? text.replace(/^(\S+)\s+.*$/, '$1 [redacted]') : text;
  }
  return record;
}

/** The query as a record; repeated names are joined with commas; with `redact`, `hapikey` becomes `[redacted]`. */
export function queryRecord(params: URLSearchParams, redact: boolean): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name of new Set(params.keys())) record[name] = redact && name === 'hapikey' ? '[redacted]' : params.getAll(name).join(',');
  return record;
}

/** Every exchange in arrival order, optionally keeping only the newest `maxEntries`. */
export class ExchangeLog {
  readonly entries: RecordedExchange[] = [];

  constructor(private readonly maxEntries?: number) {}

  append(entry: RecordedExchange): void {
    this.entries.push(entry);
    if (this.maxEntries !== undefined && this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Writes that changed the portal: those HubSpot accepted (2xx), and those applied before an injected 500. */
  writes(): RecordedExchange[] {
    return this.entries.filter((entry) => entry.write && ((entry.status >= 200 && entry.status < 300) || entry.injected === '500-applied'));
  }

  count(filter: { readonly method?: string; readonly pathPrefix?: string } = {}): number {
    const method = filter.method?.toUpperCase();
    return this.entries.filter((entry) => (method === undefined || entry.method === method) && (filter.pathPrefix === undefined || entry.path.startsWith(filter.pathPrefix))).length;
  }
}
