/** One figure a benchmark reports, with the target it must meet. */
export interface BenchFigure {
  readonly label: string;
  readonly value: string;
  /** Whether the figure meets its target; `null` when it is informational. */
  readonly meetsTarget: boolean | null;
}

export interface Benchmark {
  readonly name: string;
  readonly run: () => Promise<readonly BenchFigure[]>;
}
