/** One CSV cell: quoted only when it holds a comma, a quote or a line break, as HubSpot's exports do. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Physical lines a written CSV line takes (a quoted cell may hold line breaks). */
export function physicalLines(line: string): number {
  return 1 + (line.match(/\r\n|\r|\n/g)?.length ?? 0);
}
