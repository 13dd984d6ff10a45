/** Colours of chart marks, as CSS classes the report's stylesheet defines (`.tone-…`), so print styles can adjust them. */
export type ChartTone = 'primary' | 'secondary' | 'good' | 'bad' | 'muted';
