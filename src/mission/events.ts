/**
 * What the mission machine hears (events, produced by the simulation or the session) and what
 * it asks for (effects, carried out by the session and the simulation). Both are plain data.
 */
import type { ScriptEffect } from './schema';

export type MissionEvent =
  | { type: 'accept'; tick: number; captainLevel: number; replay: boolean }
  | { type: 'defeated'; tick: number; tags: readonly string[]; group: string }
  | { type: 'groupDefeated'; tick: number; tags: readonly string[]; group: string }
  | { type: 'rescued'; tick: number; tags: readonly string[] }
  | { type: 'enteredZone'; tick: number; zone: string; actor: string }
  | { type: 'interacted'; tick: number; target: string }
  | { type: 'hailed'; tick: number; contact: string }
  | { type: 'npcDied'; tick: number; npc: string }
  | { type: 'restartStep'; tick: number };

/** The player's actor id in `enteredZone` events; NPCs use their script id. */
export const PLAYER = 'player';

export type MissionEffect =
  | ScriptEffect
  | { type: 'changeScene'; scene: string; transition: string }
  | { type: 'watchZone'; zone: string; actor: string }
  | { type: 'enableInteractable'; target: string }
  | { type: 'disableInteractable'; target: string }
  | { type: 'enableHail'; contact: string }
  | { type: 'stepStarted'; stepId: string; restart: boolean }
  | { type: 'objectiveActivated'; stepId: string; objectiveId: string }
  | { type: 'objectiveProgress'; objectiveId: string; progress: number; count: number }
  | { type: 'objectiveCompleted'; stepId: string; objectiveId: string; tick: number }
  | { type: 'stepCompleted'; stepId: string; tick: number }
  | { type: 'stepFailed'; stepId: string; objectiveId: string; reason: string }
  | { type: 'resetStep'; stepId: string; groups: string[] }
  | { type: 'tally'; tally: string; stepId: string; count: number; total: number }
  | { type: 'awardAccolade'; accolade: string }
  | {
      type: 'grantReward';
      kind: 'first-completion' | 'replay';
      level: number;
      sp: number;
      exp: number;
      mark: string;
      rank: string;
    }
  | { type: 'missionCompleted'; tick: number };
