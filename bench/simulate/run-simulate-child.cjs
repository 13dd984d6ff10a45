// Runs `leadops simulate` in this process exactly as the `leadops` command does (its bundle), then reports
// the peak memory and CPU time, so the benchmark measures the command end to end in a fresh process.
const { existsSync, readFileSync } = require('node:fs');
const { loadCli } = require('../../cli/bin/cli-bundle.cjs');

/**
 * CPU seconds of the main (simulating) thread, from Linux's per-thread accounting; null elsewhere. Wall
 * time on a shared machine varies by a third between runs of one build; CPU time varies less.
 * @returns {number | null}
 */
function mainThreadCpuSeconds() {
  const file = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(file)) return null;
  const stat = readFileSync(file, 'utf8');
  // Fields after the command name (which may hold spaces) start after its closing parenthesis; utime and
  // stime are the 14th and 15th, in ticks of 1/100 s.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

loadCli()
  .main(['node', 'leadops', ...process.argv.slice(2)])
  .then((code) => {
    const cpu = process.cpuUsage();
    process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\nMAIN_THREAD_CPU_S ${mainThreadCpuSeconds() ?? 'unknown'}\nPROCESS_CPU_S ${(cpu.user + cpu.system) / 1e6}\n`);
    process.exitCode = code;
  });
