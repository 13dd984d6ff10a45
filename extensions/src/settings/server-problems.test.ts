import { serverProblemsStanding, serverRefusesDraft } from './server-problems';
import { writeAt } from './json-path';

const sent = { handoff: { fromStage: 'sqlx', suggestTrack: 'gone' }, nurture: { tracks: [] } };
const server = {
  sent,
  problems: [
    { path: 'handoff.fromStage', message: 'refers to stage "sqlx", which does not exist', fix: 'Use one of: lead, mql.' },
    { path: 'handoff.suggestTrack', message: 'refers to track "gone", which does not exist', fix: 'Define the track first.' },
  ],
};

describe('server problems', () => {
  it('stop showing at a value once it is edited, and keep showing at the values left as they were', () => {
    const edited = writeAt(sent, ['handoff', 'fromStage'], 'mql');
    expect(serverProblemsStanding(server, edited).map((p) => p.path)).toEqual(['handoff.suggestTrack']);
  });

  it('forbid saving only the very document the server refused: a reference can be fixed elsewhere', () => {
    expect(serverRefusesDraft(server, structuredClone(sent))).toBe(true);
    // Adding the missing track leaves suggestTrack's value unchanged but may fix it: the server judges again.
    const trackAdded = writeAt(sent, ['nurture', 'tracks', 0], { id: 'gone' });
    expect(serverRefusesDraft(server, trackAdded)).toBe(false);
    expect(serverProblemsStanding(server, trackAdded)).toHaveLength(2);
    expect(serverRefusesDraft(null, sent)).toBe(false);
  });
});
