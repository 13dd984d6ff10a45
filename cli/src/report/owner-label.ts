import type { RouteOutcome } from '../simulate/simulation-result';

/** Who holds a contact after routing, in words: the owner, the queue it waits in, or nobody. */
export function ownerLabel(route: RouteOutcome | null): string {
  if (route === null) return 'Not routed';
  if (route.outcome === 'queued') return `Queue: ${route.queue ?? 'unnamed'}`;
  return route.ownerName ?? route.ownerId ?? 'Unknown owner';
}

/** A key equal for two routes exactly when they leave the contact with the same owner or queue. */
export function ownerKey(route: RouteOutcome | null): string {
  if (route === null) return 'none';
  if (route.outcome === 'queued') return `queue:${route.queue ?? ''}`;
  return `owner:${route.ownerId ?? ''}`;
}
