/** The run summary `npm run sim -- --json` prints and tests compare. */
import { objectiveStates } from '../mission/machine';
import { formatIgt, type Session } from './Session';

export interface RunSummary {
  mission: string;
  seed: number;
  completed: boolean;
  ticks: number;
  igt: string;
  objectives: { id: string; title: string; completedAtTick: number | null }[];
  federationOfficerKills: Record<string, number>;
  accolades: string[];
  stateHash: string;
}

export function runSummary(session: Session): RunSummary {
  const script = session.ctx.script;
  const m = session.mission;
  const kills: Record<string, number> = {};
  const tally = m.tallies.find((t) => t.id === 'federation-officers');
  const def = script.tallies.find((t) => t.id === 'federation-officers');
  if (tally && def) {
    script.steps.forEach((s, i) => {
      if (Object.hasOwn(def.perStep, s.id)) kills[s.id] = tally.counts[i] ?? 0;
    });
    kills.total = tally.counts.reduce((a, b) => a + b, 0);
  }
  return {
    mission: script.id,
    seed: session.seed,
    completed: m.status === 'complete',
    ticks: session.tick,
    igt: formatIgt(session.igtTicks()),
    objectives: objectiveStates(script, m).map((o) => ({
      id: o.id,
      title: o.title,
      completedAtTick: o.completedAtTick,
    })),
    federationOfficerKills: kills,
    accolades: [...m.accolades],
    stateHash: session.hash(),
  };
}
