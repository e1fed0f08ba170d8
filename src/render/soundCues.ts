/**
 * Which sound each event of the world makes, and where: the archetype of whoever caused it
 * names the sound (`sounds` in the mission's archetypes: weapon, torpedo, ability, impact,
 * destroyed, transform), the entity's position places it. Nothing here knows an archetype by
 * id: a new enemy type brings its sounds in its data.
 *
 * A telegraphed attack (a heavy attack's charge, a grenade's fuse, T'Vala's blast) plays its
 * archetype's `ability` sound when it is marked, and its `impact` sound when it lands: the
 * landing is the attacker's next beam (space) or the explosion at the marked spot (ground).
 */
import type { SoundCue } from './soundRecipes';
import type { Archetype, Entity, Fx, World } from './types';

/** What the cues read besides the world: the archetypes and where security fields stand. */
export interface CueContext {
  archetypes: ReadonlyMap<string, Archetype>;
  barriers: ReadonlyMap<string, { rect: { x: number; y: number; w: number; h: number } }>;
}

const EXPLOSIONS = ['explosion-small', 'explosion-medium', 'explosion-ship', 'explosion-player'];

interface Pending {
  /** The tick the attack lands at. */
  at: number;
  x: number;
  y: number;
}

export class SoundCues {
  /** Telegraphed attacks under way, by attacker id. */
  private pending = new Map<number, Pending>();

  /** Forgets attacks under way (a restore or a seek: a new world). */
  reset(): void {
    this.pending.clear();
  }

  /** The sounds for one frame's effects, in order. */
  cues(fx: readonly Fx[], world: World, ctx: CueContext): SoundCue[] {
    const out: SoundCue[] = [];
    const byId = new Map<number, Entity>();
    for (const e of world.entities) byId.set(e.id, e);
    const arch = (e: Entity | undefined) => (e ? ctx.archetypes.get(e.archetype) : undefined);
    const at = (e: Entity | undefined) => (e ? { x: e.x, y: e.y } : {});
    const telegraphing = new Set<number>();
    const volleys = new Set<number>();
    for (const f of fx) if (f.type === 'telegraph') telegraphing.add(f.who);
    // An attack whose attacker fell before it landed is forgotten a little after.
    for (const [who, p] of this.pending) if (world.tick > p.at + 60) this.pending.delete(who);
    for (const f of fx) {
      switch (f.type) {
        case 'beam': {
          const src = byId.get(f.from);
          const a = arch(src);
          const p = this.pending.get(f.from);
          const lands = p !== undefined && world.tick >= p.at - 1;
          if (lands) this.pending.delete(f.from);
          const sound =
            (lands ? a?.sounds.impact : undefined) ??
            a?.sounds.weapon ??
            (src?.faction === 'enemy' ? 'disruptor' : 'phaser');
          out.push({ sound, ...at(src), param: f.hit ? 1 : 0 });
          break;
        }
        case 'rifle': {
          const src = byId.get(f.from);
          const sound =
            arch(src)?.sounds.weapon ?? (src?.faction === 'enemy' ? 'enemy-rifle' : 'rifle');
          out.push({ sound, ...(src ? at(src) : { x: f.x, y: f.y }) });
          break;
        }
        case 'torpedo': {
          const p = world.projectiles.find((x) => x.id === f.id);
          const owner = p ? byId.get(p.owner) : undefined;
          // A volley is one sound, not one per torpedo.
          if (owner && volleys.has(owner.id)) break;
          if (owner) volleys.add(owner.id);
          out.push({
            sound: arch(owner)?.sounds.torpedo ?? 'torpedo',
            ...(p ? { x: p.x, y: p.y } : {}),
          });
          break;
        }
        case 'shieldHit':
          out.push({ sound: 'shield-hit', ...at(byId.get(f.target)), param: f.facing });
          break;
        case 'explosion': {
          out.push({ sound: this.explosionSound(f, world, byId, ctx), x: f.x, y: f.y });
          break;
        }
        case 'downed':
          out.push({
            sound: arch(byId.get(f.target))?.sounds.destroyed ?? 'downed',
            ...at(byId.get(f.target)),
          });
          break;
        case 'ability': {
          const who = byId.get(f.who);
          const a = arch(who);
          if (who?.faction === 'player' || !a) {
            out.push({ sound: 'ability', ...at(who), variant: f.ability });
          } else if (!telegraphing.has(f.who)) {
            out.push({ sound: a.sounds.ability ?? 'ability', ...at(who), variant: f.ability });
          }
          break;
        }
        case 'telegraph': {
          const who = byId.get(f.who);
          this.pending.set(f.who, { at: world.tick + f.ticks, x: f.x, y: f.y });
          const sound = arch(who)?.sounds.ability;
          if (sound) out.push({ sound, ...(who?.kind === 'ship' ? at(who) : { x: f.x, y: f.y }) });
          break;
        }
        case 'fieldDown': {
          const b = ctx.barriers.get(f.barrier);
          out.push({
            sound: 'field-down',
            ...(b ? { x: b.rect.x + b.rect.w / 2, y: b.rect.y + b.rect.h / 2 } : {}),
          });
          break;
        }
        case 'transform': {
          const who = byId.get(f.target);
          out.push({ sound: arch(who)?.sounds.transform ?? 'transform', ...at(who) });
          break;
        }
        case 'rescued':
          out.push({ sound: 'rescued', x: f.x, y: f.y });
          break;
      }
    }
    return out;
  }

  /** A marked spot going off (its attacker's impact), a defeat (its `destroyed`), or a hit. */
  private explosionSound(
    f: Extract<Fx, { type: 'explosion' }>,
    world: World,
    byId: ReadonlyMap<number, Entity>,
    ctx: CueContext,
  ): string {
    for (const [who, p] of this.pending) {
      if (p.x !== f.x || p.y !== f.y) continue;
      this.pending.delete(who);
      const impact = ctx.archetypes.get(byId.get(who)?.archetype ?? '')?.sounds.impact;
      if (impact) return impact;
    }
    // Whoever was defeated where it went off.
    for (const e of world.entities) {
      if (e.alive || e.x !== f.x || e.y !== f.y) continue;
      const destroyed = ctx.archetypes.get(e.archetype)?.sounds.destroyed;
      if (destroyed) return destroyed;
    }
    const size = Math.max(0, Math.min(3, Math.round(Number.isFinite(f.size) ? f.size : 1)));
    return EXPLOSIONS[size]!;
  }
}
