// Deep import: the package index would also pull parseConfig and its holiday data into the page bundle.
import { formatPath } from '@leadops/rules/src/config/config-problem';

/** A place in a JSON document: object keys and array indexes, e.g. ['scoring', 'rules', 3, 'points']. */
export type JsonPath = readonly (string | number)[];

/** `scoring.rules[3].points`: the notation config problems use for their `path`. */
export function pathText(path: JsonPath): string {
  return formatPath(path);
}

const PATH_PART = /\[(\d+)\]|([^.[\]]+)/g;

/** The inverse of `pathText`, to find the value a server problem names; '' is the document itself. */
export function parsePath(text: string): JsonPath {
  return [...text.matchAll(PATH_PART)].map((match) => (match[1] === undefined ? (match[2] ?? '') : Number(match[1])));
}

export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when any step is missing or of the wrong kind. */
export function readAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      if (!isJsonObject(current) || !Object.hasOwn(current, key)) return undefined;
      current = current[key];
    }
  }
  return current;
}

/**
 * A copy of `value` with `next` at `path`, creating the objects and lists on the way; `undefined` removes
 * an object key (a cleared optional field). The input is never changed, so React sees every edit.
 */
export function writeAt(value: unknown, path: JsonPath, next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (typeof key === 'number') {
    const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
    list[key] = writeAt(list[key], rest, next);
    return list;
  }
  const object = isJsonObject(value) ? value : {};
  const child = writeAt(object[key], rest, next);
  if (child === undefined) {
    const { [key]: _removed, ...others } = object;
    return others;
  }
  return { ...object, [key]: child };
}
