/**
 * The HUD's and the sound's subscriptions to mission effects: dialogue opens the comms panel,
 * objectives and failures chime, the reward opens the rewards dialog, and accolades the
 * captain newly earned (from the captain's book, each once) show as notices.
 */
import type { MissionScript } from '../mission/schema';
import { trackerFacts } from '../session/facts';
import type { Session } from '../session/Session';
import { DIFFICULTY } from '../sim/balance';
import type { HudStore } from '../store/hud';
import { rankFor } from '../store/profile';
import { rewardReason } from '../store/profileView';
import type { Captains } from './captains';
import type { EffectBus } from './effectBus';

export interface UiSound {
  ui(name: 'click' | 'objective' | 'accolade' | 'fail' | 'hail'): void;
}

export function wireHud(o: {
  bus: EffectBus;
  store: HudStore;
  script: MissionScript;
  session: () => Session;
  sound: UiSound;
  captains: Captains;
}): void {
  const { bus, store, script, sound } = o;
  let dialogueKey = 0;
  let accoladeKey = 0;
  bus.on('dialogue', (e) => {
    const d = script.dialogue.find((x) => x.id === e.dialogue);
    if (d)
      store.setState({
        dialogue: { key: ++dialogueKey, speaker: d.speaker, lines: [...d.lines] },
      });
    sound.ui('hail');
  });
  bus.on('objectiveCompleted', () => sound.ui('objective'));
  bus.on('stepFailed', () => sound.ui('fail'));
  bus.on('grantReward', (e) => {
    // A practice run earns nothing: the tracker says the mission is done, no rewards dialog.
    if (o.captains.practising) return;
    store.setState({
      phase: 'complete',
      rewards: {
        kind: e.kind,
        reason: rewardReason(e.kind),
        sp: e.sp,
        exp: e.exp,
        mark: e.mark,
        rank: rankFor(e.level),
        level: e.level,
        igt: trackerFacts(o.session()).igt,
        difficulty: DIFFICULTY[o.session().run?.difficulty ?? 'normal'].label,
      },
    });
  });
  // Accolades come from the captain's record (each earned once, tallies over every run), not
  // from the run's own awardAccolade effects.
  bus.onBatch((effects) => {
    for (const a of o.captains.onEffects(effects)) {
      store.setState({
        accolade: {
          key: ++accoladeKey,
          id: a.id,
          name: a.name,
          description: a.description,
          points: a.points,
        },
      });
      sound.ui('accolade');
    }
    if (effects.some((e) => e.type === 'stepStarted' || e.type === 'missionCompleted'))
      o.captains.publish();
  });
}
