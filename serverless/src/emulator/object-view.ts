import type { CrmObject } from './in-memory-portal';
import type { ObjectTypeDescriptor } from './object-types';
import { alwaysReturned } from './object-types';

/** A record as the objects API returns it (`SimplePublicObject`). */
export interface SimplePublicObject {
  readonly id: string;
  readonly properties: Readonly<Record<string, string | null>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archived: false;
}

/**
 * Which properties a read returns: the type's defaults when none are named, otherwise the named ones
 * HubSpot knows (unknown names are ignored, as HubSpot documents) plus the always-returned ones.
 */
export function propertiesToReturn(type: ObjectTypeDescriptor, requested: readonly string[] | undefined, isDefined: (name: string) => boolean): string[] {
  const named = (requested ?? []).map((name) => name.trim()).filter((name) => name !== '');
  if (named.length === 0) return [...type.defaultProperties];
  return [...new Set([...alwaysReturned(type), ...named.filter(isDefined)])];
}

/** Serialises a record with the given properties; known properties without a value come back as null. */
export function toSimplePublicObject(record: CrmObject, names: readonly string[]): SimplePublicObject {
  const properties: Record<string, string | null> = {};
  for (const name of names) properties[name] = record.properties[name] ?? null;
  return { id: record.id, properties, createdAt: new Date(record.createdAt).toISOString(), updatedAt: new Date(record.updatedAt).toISOString(), archived: false };
}

/** `properties=a,b` or `properties=a&properties=b`, as HubSpot accepts both. */
export function listQuery(query: URLSearchParams, name: string): string[] | undefined {
  const values = query.getAll(name);
  if (values.length === 0) return undefined;
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}
