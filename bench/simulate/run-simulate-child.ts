import { main } from '../../cli/src/main';

// Runs `leadops simulate` in this process and reports its peak memory, so the benchmark measures the
// command end to end (import, simulation, decisions.json, report.html) in a fresh process.
main(['node', 'leadops', ...process.argv.slice(2)]).then((code) => {
  process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
  process.exitCode = code;
});
