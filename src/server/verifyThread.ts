/**
 * A verification thread (worker_threads): receives `{ jobId, missionsDir? , text }` with a run
 * record's canonical JSON, parses it within the record limits, re-simulates it and posts the
 * outcome. It runs under the heap limit its pool gives it; its pool terminates it when it
 * takes too long, and treats its death as the record's fault (the record is rejected).
 */
// Lets Session.restore check the snapshots it is given (session/snapshotCheck.ts).
import '../session/validateSnapshot';
import { parentPort, workerData } from 'node:worker_threads';
import { parseRecordText } from '../speedrun/record';
import type { GameEnv } from '../speedrun/verify';
import { verifyRecord } from '../speedrun/verify';
import { loadGameEnvs } from './gameEnv';
import type { ThreadRequest, ThreadResult } from './verifyPool';

const { missionsDir, maxTicks } = workerData as { missionsDir: string; maxTicks: number };
let envs: Map<string, GameEnv> | null = null;

function handle(req: ThreadRequest): ThreadResult {
  envs ??= loadGameEnvs(missionsDir);
  const parsed = parseRecordText(req.text);
  if (!parsed.ok)
    return {
      jobId: req.jobId,
      verified: false,
      reason: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '),
    };
  const record = parsed.record;
  if (record.result.endTick > maxTicks)
    return {
      jobId: req.jobId,
      verified: false,
      reason: `the run is longer than the ${maxTicks} ticks this server verifies`,
    };
  const env = envs.get(record.game.missionId);
  if (!env)
    return {
      jobId: req.jobId,
      verified: false,
      reason: `unknown mission '${record.game.missionId}'`,
    };
  const out = verifyRecord(record, env);
  return {
    jobId: req.jobId,
    verified: out.verified,
    igtTicks: out.igtTicks,
    splits: out.splits,
    ...(out.reason ? { reason: out.reason } : {}),
    ...(out.divergedAtTick !== undefined ? { divergedAtTick: out.divergedAtTick } : {}),
  };
}

parentPort?.on('message', (req: ThreadRequest) => {
  let result: ThreadResult;
  try {
    result = handle(req);
  } catch (e) {
    result = {
      jobId: req.jobId,
      verified: false,
      reason: `verification failed: ${(e as Error).message}`,
    };
  }
  parentPort?.postMessage(result);
});
