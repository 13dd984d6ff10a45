/**
 * What reading one cell gave: the value to store, or why there is none.
 *
 * - `value`: stored; `dropped` optionally tells what part of the cell was left out (one of two
 *   company ids unknown, say).
 * - `drop`: the cell is left empty, the row is kept.
 * - `skip`: the whole row is left out.
 */
export type CellReading =
  | { readonly kind: 'value'; readonly value: string; readonly dropped?: string }
  | { readonly kind: 'drop'; readonly message: string }
  | { readonly kind: 'skip'; readonly message: string };

export function cellValue(value: string): CellReading {
  return { kind: 'value', value };
}

export function skipRow(message: string): CellReading {
  return { kind: 'skip', message };
}

export function dropValue(message: string): CellReading {
  return { kind: 'drop', message };
}
