const MAX_LINE = 120;

/** JSON on one line with a space after commas and inside braces: `{ "a": [1, 2] }`. */
function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, v]) => `${JSON.stringify(key)}: ${compactJson(v)}`).join(', ')} }`;
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`formatJson cannot write a ${typeof value}: pass JSON data.`);
  return text;
}

/**
 * JSON for people to read: a value that fits on one line (at its indentation) stays on one line, larger
 * objects and arrays are spread one entry a line. Deterministic, like JSON.stringify.
 */
export function formatJson(value: unknown, indent = ''): string {
  const compact = compactJson(value);
  if (indent.length + compact.length <= MAX_LINE || value === null || typeof value !== 'object') return compact;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${formatJson(item, inner)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([key, v]) => `${inner}${JSON.stringify(key)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
}
