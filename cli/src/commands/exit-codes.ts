/** What `leadops` exits with, so scripts can branch on it (documented in `leadops --help` and the README). */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The work ran and found problems: an invalid config, rows skipped on import with --strict, a failed check, a record id that does not exist. */
  problems: 1,
  /** The command line was wrong: unknown option, missing argument, unreadable file. */
  usage: 2,
  /** HubSpot (or the emulator) refused or failed: token, scopes, rate limits past retries, outage. */
  hubspot: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0  done
  1  done, but problems were found (invalid config, input rows skipped with --strict, failed checks,
     a record id HubSpot does not have)
  2  usage error (unknown option, missing argument, unreadable file)
  3  HubSpot error (token, scopes, rate limit after retries, outage)`;
