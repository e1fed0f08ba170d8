/** The run summary `npm run sim -- --json` prints and tests compare. */
import { objectiveStates } from '../mission/machine';
import { formatIgt, type Session } from './Session';

export interface CombatFigures {
  playerDeaths: number;
  playerDamageDealt: number;
  playerDamageTaken: number;
  alliesDamageDealt: number;
}

export interface CombatReport extends CombatFigures {
  byScene: Record<string, CombatFigures & { kind: 'space' | 'ground' }>;
}

export interface RunSummary {
  mission: string;
  seed: number;
  difficulty: string;
  completed: boolean;
  ticks: number;
  igt: string;
  objectives: {
    id: string;
    title: string;
    completedAtTick: number | null;
    progress: number;
    count: number;
  }[];
  federationOfficerKills: Record<string, number>;
  accolades: string[];
  /** Damage dealt and taken, and the player's defeats, over the run and by scene. */
  combat: CombatReport;
  stateHash: string;
}

/** The combat report of a session's world (whole damage points, rounded). */
export function combatReport(session: Session): CombatReport {
  const total: CombatReport = {
    playerDeaths: 0,
    playerDamageDealt: 0,
    playerDamageTaken: 0,
    alliesDamageDealt: 0,
    byScene: {},
  };
  for (const c of session.world.combat) {
    const row = total.byScene[c.scene] ?? {
      kind: c.kind,
      playerDeaths: 0,
      playerDamageDealt: 0,
      playerDamageTaken: 0,
      alliesDamageDealt: 0,
    };
    total.byScene[c.scene] = row;
    row.playerDeaths += c.playerDeaths;
    row.playerDamageDealt += Math.round(c.playerDamageDealt);
    row.playerDamageTaken += Math.round(c.playerDamageTaken);
    row.alliesDamageDealt += Math.round(c.alliesDamageDealt);
    total.playerDeaths += c.playerDeaths;
    total.playerDamageDealt += Math.round(c.playerDamageDealt);
    total.playerDamageTaken += Math.round(c.playerDamageTaken);
    total.alliesDamageDealt += Math.round(c.alliesDamageDealt);
  }
  return total;
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
    difficulty: session.world.difficulty,
    completed: m.status === 'complete',
    ticks: session.tick,
    igt: formatIgt(session.igtTicks()),
    objectives: objectiveStates(script, m).map((o) => ({
      id: o.id,
      title: o.title,
      completedAtTick: o.completedAtTick,
      progress: o.progress,
      count: o.count,
    })),
    federationOfficerKills: kills,
    accolades: [...m.accolades],
    combat: combatReport(session),
    stateHash: session.hash(),
  };
}
