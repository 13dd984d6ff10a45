/** A team as the config names it: routing.teams[].id and its label. */
export interface ReportTeam {
  readonly id: string;
  readonly label: string;
}

/** A team's id → what the report shows for it. */
export type TeamLabel = (teamId: string) => string;

/**
 * The config's label for a team id ("na" is "North America": an id reads like "n/a"), or the id itself
 * for a team the config no longer lists (decisions.json of an older config).
 */
export function teamLabeller(teams: readonly ReportTeam[]): TeamLabel {
  const labels = new Map(teams.map((team) => [team.id, team.label]));
  return (teamId) => labels.get(teamId) ?? teamId;
}
