import { BENCHMARKS } from './benchmarks';

/** Runs every benchmark (or those whose name contains the first argument) and exits 1 if a target is missed. */
async function main(): Promise<number> {
  const filter = process.argv[2];
  const selected = BENCHMARKS.filter((b) => filter === undefined || b.name.includes(filter));
  if (selected.length === 0) {
    console.log(filter === undefined ? 'No benchmarks are registered yet (bench/benchmarks.ts).' : `No benchmark matches "${filter}".`);
    return 0;
  }
  let missed = 0;
  for (const benchmark of selected) {
    console.log(`\n== ${benchmark.name}`);
    for (const figure of await benchmark.run()) {
      const verdict = figure.meetsTarget === null ? '' : figure.meetsTarget ? '  [target met]' : '  [TARGET MISSED]';
      if (figure.meetsTarget === false) missed += 1;
      console.log(`  ${figure.label}: ${figure.value}${verdict}`);
    }
  }
  console.log(missed === 0 ? '\nAll benchmark targets met.' : `\n${missed} benchmark target(s) missed.`);
  return missed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('A benchmark failed to run:', error instanceof Error ? error.stack : error);
    process.exitCode = 2;
  },
);
