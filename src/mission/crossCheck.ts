/**
 * Checks a mission script beyond its shape: every reference points at something that exists,
 * ids are unique, counters can be reached with what spawns, kill tallies add up, rewards cover
 * the level range. The schema answers "is this well formed?", this answers "can it be played?".
 *
 * Two rules keep it honest and fast on any script up to the size limit:
 * - every lookup goes through a Map or Set built once, never a scan of a list inside a loop,
 *   and never a plain object indexed by an id (an id like `constructor` would find
 *   `Object.prototype`);
 * - what is alive when an objective runs is followed in the order the machine plays the
 *   effects, as the simulation does it: a spawn only works on the map the player is on, a
 *   change of map removes everyone on the old one, a despawn removes the group.
 */
import { PLAYER_ARCHETYPE_IDS } from './catalog';
import { LIMITS } from './limits';
import { formatPath, type Problem } from './problems';
import type {
  EventMatcher,
  MissionScriptData,
  Objective,
  ScriptEffect,
  SpawnGroup,
} from './schema';
import { checkSpeedrun } from './speedrunCheck';

type Path = string;

const PLAYER_SIDE: ReadonlySet<string> = new Set(PLAYER_ARCHETYPE_IDS);

/** What one spawn of a group brings in, worked out once per group. */
interface GroupYield {
  map: string;
  members: number;
  /** Tag → members whose `defeated`/`rescued` events carry it (group tags and their own). */
  memberTags: Map<string, number>;
  /** The group's own tags: what its `groupDefeated` event carries. */
  groupTags: Set<string>;
  npcs: Set<string>;
}

function groupYield(g: SpawnGroup): GroupYield {
  const memberTags = new Map<string, number>();
  let members = 0;
  const npcs = new Set<string>();
  for (const mem of g.members) {
    members += mem.count;
    if (mem.npc !== undefined) npcs.add(mem.npc);
    for (const t of new Set([...g.tags, ...mem.tags])) {
      memberTags.set(t, (memberTags.get(t) ?? 0) + mem.count);
    }
  }
  return { map: g.map, members, memberTags, groupTags: new Set(g.tags), npcs };
}

const bump = (counts: Map<string, number>, key: string, by: number) => {
  const n = (counts.get(key) ?? 0) + by;
  if (n === 0) counts.delete(key);
  else counts.set(key, n);
};

/**
 * Who is alive on the player's map, as the spawns and despawns so far leave it (nobody is
 * assumed defeated: this is what the counters and escorts can count on at most).
 *
 * Groups spawned by a step's `onComplete` are alive but not counted on: a restart of the next
 * step neither clears nor respawns them (missions/README.md, "How a mission runs").
 */
class Alive {
  map: string | undefined = undefined;
  members = 0;
  /** Reported already on this map: the first time too many are alive at once. */
  crowded = false;
  private readonly instances = new Map<string, number>();
  private readonly uncounted = new Map<string, number>();
  readonly memberTags = new Map<string, number>();
  readonly groupTags = new Map<string, number>();
  readonly npcs = new Map<string, number>();

  constructor(private readonly yields: ReadonlyMap<string, GroupYield>) {}

  /** A change of map leaves nobody from the old one (the simulation's `changeScene`). */
  enter(map: string | undefined) {
    if (map === this.map) return;
    this.map = map;
    this.members = 0;
    this.crowded = false;
    this.instances.clear();
    this.uncounted.clear();
    this.memberTags.clear();
    this.groupTags.clear();
    this.npcs.clear();
  }

  /** The simulation spawns a group only on the map the player is on. */
  spawn(id: string, counted: boolean) {
    const y = this.yields.get(id);
    if (!y || y.map !== this.map) return;
    if (counted) this.add(id, y, 1);
    else {
      bump(this.uncounted, id, 1);
      this.members += y.members;
    }
  }

  despawn(id: string) {
    const y = this.yields.get(id);
    if (!y) return;
    const n = this.instances.get(id) ?? 0;
    if (n > 0) this.add(id, y, -n);
    const u = this.uncounted.get(id) ?? 0;
    this.uncounted.delete(id);
    this.members -= y.members * u;
  }

  private add(id: string, y: GroupYield, times: number) {
    bump(this.instances, id, times);
    this.members += y.members * times;
    for (const [t, n] of y.memberTags) bump(this.memberTags, t, n * times);
    for (const t of y.groupTags) bump(this.groupTags, t, times);
    for (const npc of y.npcs) bump(this.npcs, npc, times);
  }

  capacity(event: string, tag: string): number {
    return (event === 'groupDefeated' ? this.groupTags.get(tag) : this.memberTags.get(tag)) ?? 0;
  }
}

export function crossCheck(m: MissionScriptData): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  /** Reports repeated ids; returns each id's first item. */
  const uniqueIds = <T extends { id: string }>(items: readonly T[], base: Path, what: string) => {
    const first = new Map<string, { item: T; index: number }>();
    items.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen !== undefined) {
        add(
          `${base}[${i}].id`,
          `duplicate ${what} id '${item.id}' (first used at ${base}[${seen.index}])`,
        );
      } else first.set(item.id, { item, index: i });
    });
    return new Map([...first].map(([id, { item }]) => [id, item]));
  };

  const tags = uniqueIds(m.tags, '$.tags', 'tag');
  const contacts = uniqueIds(m.contacts, '$.contacts', 'contact');
  const npcs = uniqueIds(m.npcs, '$.npcs', 'NPC');
  const archetypes = uniqueIds(m.archetypes, '$.archetypes', 'archetype');
  m.archetypes.forEach((a, ai) => {
    if (PLAYER_SIDE.has(a.id))
      add(
        `$.archetypes[${ai}].id`,
        `'${a.id}' is the player's own archetype (built into the game); choose another id`,
      );
  });
  /** Reports an archetype reference to nothing. */
  const archetypeRef = (path: Path, id: string) => {
    if (archetypes.has(id) || PLAYER_SIDE.has(id)) return;
    add(path, `no archetype '${id}' (describe it in $.archetypes)`);
  };
  m.npcs.forEach((n, ni) => {
    archetypeRef(`$.npcs[${ni}].archetype`, n.archetype);
  });
  const maps = uniqueIds(m.maps, '$.maps', 'map');
  const scenes = uniqueIds(m.scenes, '$.scenes', 'scene');
  const spawns = uniqueIds(m.spawns, '$.spawns', 'spawn group');
  const dialogue = uniqueIds(m.dialogue, '$.dialogue', 'dialogue');
  uniqueIds(m.steps, '$.steps', 'step');
  const tallies = uniqueIds(m.tallies, '$.tallies', 'tally');
  uniqueIds(m.accolades, '$.accolades', 'accolade');
  const stepIndex = new Map<string, number>();
  m.steps.forEach((s, si) => {
    if (!stepIndex.has(s.id)) stepIndex.set(s.id, si);
  });
  const objectiveSeen = new Map<string, string>();
  m.steps.forEach((s, si) => {
    s.objectives.forEach((o, oi) => {
      const path = `$.steps[${si}].objectives[${oi}]`;
      const first = objectiveSeen.get(o.id);
      if (first !== undefined)
        add(`${path}.id`, `duplicate objective id '${o.id}' (first used at ${first})`);
      else objectiveSeen.set(o.id, path);
    });
  });

  // Zones and interactables are referenced without their map, so their ids are global.
  const zoneMap = new Map<string, string>();
  const interactableMap = new Map<string, string>();
  /** Map id → its point ids (the first map of an id, as the simulation reads it). */
  const pointsOf = new Map<string, ReadonlyMap<string, unknown>>();
  m.maps.forEach((map, mi) => {
    const base = `$.maps[${mi}]`;
    const points = uniqueIds(map.points, `${base}.points`, 'point');
    if (!pointsOf.has(map.id)) pointsOf.set(map.id, points);
    const barriers = uniqueIds(map.barriers, `${base}.barriers`, 'barrier');
    map.zones.forEach((z, zi) => {
      if (zoneMap.has(z.id)) add(`${base}.zones[${zi}].id`, `duplicate zone id '${z.id}'`);
      else zoneMap.set(z.id, map.id);
    });
    map.interactables.forEach((it, ii) => {
      const p = `${base}.interactables[${ii}]`;
      if (interactableMap.has(it.id)) add(`${p}.id`, `duplicate interactable id '${it.id}'`);
      else interactableMap.set(it.id, map.id);
      if (it.point === undefined && it.zone === undefined) {
        add(p, "needs a 'point' (with 'radius') or a 'zone' where it can be used");
      }
      if (it.point !== undefined && !points.has(it.point)) {
        add(`${p}.point`, `no point '${it.point}' in map '${map.id}'`);
      }
      if (it.point !== undefined && it.radius === undefined) {
        add(`${p}.radius`, "is required when 'point' is given");
      }
      if (it.opens !== undefined && !barriers.has(it.opens)) {
        add(`${p}.opens`, `no barrier '${it.opens}' in map '${map.id}'`);
      }
    });
    // Interactable zones are checked after every map's zones are known.
  });
  m.maps.forEach((map, mi) => {
    map.interactables.forEach((it, ii) => {
      if (it.zone !== undefined && zoneMap.get(it.zone) !== map.id) {
        add(`$.maps[${mi}].interactables[${ii}].zone`, `no zone '${it.zone}' in map '${map.id}'`);
      }
    });
  });

  const pointIn = (mapId: string, point: string) => pointsOf.get(mapId)?.has(point) ?? false;

  if (!zoneMap.has(m.offer.zone)) add('$.offer.zone', `no zone '${m.offer.zone}' in any map`);
  if (m.levelRange.min > m.levelRange.max) {
    add('$.levelRange', `min (${m.levelRange.min}) is above max (${m.levelRange.max})`);
  }

  m.scenes.forEach((s, si) => {
    const map = maps.get(s.map);
    if (!map) add(`$.scenes[${si}].map`, `no map '${s.map}'`);
    else {
      if (map.kind !== s.kind) {
        add(`$.scenes[${si}].kind`, `is '${s.kind}' but map '${s.map}' is '${map.kind}'`);
      }
      if (!pointIn(s.map, s.start))
        add(`$.scenes[${si}].start`, `no point '${s.start}' in map '${s.map}'`);
    }
  });

  m.spawns.forEach((g, gi) => {
    const base = `$.spawns[${gi}]`;
    if (!maps.has(g.map)) add(`${base}.map`, `no map '${g.map}'`);
    g.tags.forEach((t, ti) => {
      if (!tags.has(t)) add(`${base}.tags[${ti}]`, `no tag '${t}' (declare it in $.tags)`);
    });
    const at = typeof g.at === 'string' ? [g.at] : g.at;
    if (maps.has(g.map)) {
      at.forEach((p, pi) => {
        if (!pointIn(g.map, p)) {
          add(
            typeof g.at === 'string' ? `${base}.at` : `${base}.at[${pi}]`,
            `no point '${p}' in map '${g.map}'`,
          );
        }
      });
    }
    const total = g.members.reduce((n, mem) => n + mem.count, 0);
    if (total > LIMITS.membersPerSpawn) {
      add(
        `${base}.members`,
        `add up to ${total} members; a spawn group may have at most ${LIMITS.membersPerSpawn}`,
      );
    }
    if (typeof g.at !== 'string' && g.at.length !== total) {
      add(
        `${base}.at`,
        `lists ${g.at.length} points for ${total} members; give one point per member or a single point`,
      );
    }
    const mapKind = maps.get(g.map)?.kind;
    g.members.forEach((mem, mi) => {
      const p = `${base}.members[${mi}]`;
      archetypeRef(`${p}.archetype`, mem.archetype);
      const a = archetypes.get(mem.archetype);
      if (a && mapKind !== undefined && (a.kind === 'character') !== (mapKind === 'ground')) {
        add(
          `${p}.archetype`,
          `'${mem.archetype}' is a ${a.kind} archetype, but map '${g.map}' is a ${mapKind} map`,
        );
      }
      mem.tags.forEach((t, ti) => {
        if (!tags.has(t)) add(`${p}.tags[${ti}]`, `no tag '${t}' (declare it in $.tags)`);
      });
      if (mem.npc !== undefined) {
        if (!npcs.has(mem.npc)) add(`${p}.npc`, `no NPC '${mem.npc}'`);
        if (mem.count !== 1) add(`${p}.count`, 'must be 1 for a named NPC');
      }
    });
  });

  const yields = new Map([...spawns].map(([id, g]) => [id, groupYield(g)]));
  const alive = new Alive(yields);
  const sceneMapOf = (sceneId: string) => {
    const mapId = scenes.get(sceneId)?.map;
    return mapId !== undefined && maps.has(mapId) ? mapId : undefined;
  };

  /** Checks a list of effects and plays it on `alive`, in order. */
  const playEffects = (
    effects: readonly ScriptEffect[],
    base: Path,
    where: string,
    counted = true,
  ) => {
    effects.forEach((e, ei) => {
      const p = `${base}[${ei}]`;
      switch (e.type) {
        case 'spawn':
        case 'despawn': {
          const g = spawns.get(e.group);
          if (!g) {
            add(`${p}.group`, `no spawn group '${e.group}'`);
            break;
          }
          if (e.type === 'despawn') {
            alive.despawn(e.group);
            break;
          }
          if (alive.map !== undefined && g.map !== alive.map) {
            add(
              `${p}.group`,
              `spawn group '${e.group}' is on map '${g.map}', not on ${where} '${alive.map}'`,
            );
          }
          alive.spawn(e.group, counted);
          if (alive.members > LIMITS.liveMembers && !alive.crowded) {
            alive.crowded = true;
            add(
              `${p}.group`,
              `brings the members alive on map '${alive.map}' to ${alive.members}; at most ${LIMITS.liveMembers} may be alive on one map at once`,
            );
          }
          break;
        }
        case 'dialogue':
          if (!dialogue.has(e.dialogue)) add(`${p}.dialogue`, `no dialogue '${e.dialogue}'`);
          break;
        case 'npcOrder':
          if (!npcs.has(e.npc)) add(`${p}.npc`, `no NPC '${e.npc}'`);
          break;
      }
    });
  };

  // The machine's order: accept (the player is already on the first step's map), then each
  // step's onStart, each objective's onActivate and onComplete, the step's onComplete.
  const firstStep = m.steps[0];
  alive.enter(firstStep ? sceneMapOf(firstStep.scene) : undefined);
  playEffects(m.onAccept, '$.onAccept', "the first step's map");
  m.steps.forEach((s, si) => {
    const base = `$.steps[${si}]`;
    if (!scenes.has(s.scene)) add(`${base}.scene`, `no scene '${s.scene}'`);
    const sceneMap = sceneMapOf(s.scene);
    alive.enter(sceneMap);
    playEffects(s.onStart, `${base}.onStart`, "this step's map");
    s.objectives.forEach((o, oi) => {
      const p = `${base}.objectives[${oi}]`;
      playEffects(o.onActivate, `${p}.onActivate`, "this step's map");
      checkObjective(o, p, sceneMap);
      playEffects(o.onComplete, `${p}.onComplete`, "this step's map");
    });
    playEffects(s.onComplete, `${base}.onComplete`, "this step's map", false);
  });

  function checkZone(zone: string, path: Path, sceneMap: string | undefined) {
    const zm = zoneMap.get(zone);
    if (zm === undefined) add(path, `no zone '${zone}' in any map`);
    else if (sceneMap !== undefined && zm !== sceneMap) {
      add(path, `zone '${zone}' is on map '${zm}', not on this step's map '${sceneMap}'`);
    }
  }

  function checkObjective(o: Objective, p: Path, sceneMap: string | undefined) {
    switch (o.type) {
      case 'report':
        if (!contacts.has(o.contact)) add(`${p}.contact`, `no contact '${o.contact}'`);
        break;
      case 'reach':
        checkZone(o.zone, `${p}.zone`, sceneMap);
        break;
      case 'counter': {
        if (!tags.has(o.tag)) {
          add(`${p}.tag`, `no tag '${o.tag}' (declare it in $.tags)`);
          break;
        }
        // Without a map (a dangling scene, reported above) nothing can be counted.
        if (sceneMap === undefined) break;
        const can = alive.capacity(o.event, o.tag);
        if (o.count > can) {
          add(
            `${p}.count`,
            `is ${o.count} but the spawns up to this step provide only ${can} '${o.tag}' for '${o.event}' on this step's map '${sceneMap}'`,
          );
        }
        break;
      }
      case 'interact': {
        const im = interactableMap.get(o.target);
        if (im === undefined) add(`${p}.target`, `no interactable '${o.target}' in any map`);
        else if (sceneMap !== undefined && im !== sceneMap) {
          add(
            `${p}.target`,
            `interactable '${o.target}' is on map '${im}', not on this step's map '${sceneMap}'`,
          );
        }
        break;
      }
      case 'escort':
      case 'protect':
        if (!npcs.has(o.npc)) add(`${p}.npc`, `no NPC '${o.npc}'`);
        else if (sceneMap !== undefined && !alive.npcs.has(o.npc)) {
          add(
            `${p}.npc`,
            `NPC '${o.npc}' is not spawned on this step's map '${sceneMap}' by this objective or anything before it`,
          );
        }
        if (o.type === 'escort') checkZone(o.zone, `${p}.zone`, sceneMap);
        else checkMatcher(o.until, `${p}.until`, sceneMap);
        break;
    }
  }

  function checkMatcher(mt: EventMatcher, p: Path, sceneMap: string | undefined) {
    switch (mt.event) {
      case 'defeated':
      case 'groupDefeated':
      case 'rescued':
        if (!tags.has(mt.tag)) add(`${p}.tag`, `no tag '${mt.tag}' (declare it in $.tags)`);
        break;
      case 'enteredZone':
        checkZone(mt.zone, `${p}.zone`, sceneMap);
        break;
      case 'interacted':
        if (!interactableMap.has(mt.target))
          add(`${p}.target`, `no interactable '${mt.target}' in any map`);
        break;
      case 'hailed':
        if (!contacts.has(mt.contact)) add(`${p}.contact`, `no contact '${mt.contact}'`);
        break;
    }
  }

  // A tally counts the defeats each step's own spawns provide (its onStart and its objectives'
  // onActivate and onComplete), worked out once per step that a tally names.
  const stepDefeats = new Map<number, Map<string, number>>();
  const defeatsIn = (si: number) => {
    let counts = stepDefeats.get(si);
    if (counts) return counts;
    counts = new Map();
    const s = m.steps[si]!;
    const lists = [s.onStart, ...s.objectives.flatMap((o) => [o.onActivate, o.onComplete])];
    for (const list of lists) {
      for (const e of list) {
        const y = e.type === 'spawn' ? yields.get(e.group) : undefined;
        if (y) for (const [t, n] of y.memberTags) bump(counts, t, n);
      }
    }
    stepDefeats.set(si, counts);
    return counts;
  };

  m.tallies.forEach((t, ti) => {
    const base = `$.tallies[${ti}]`;
    if (!tags.has(t.tag)) add(`${base}.tag`, `no tag '${t.tag}' (declare it in $.tags)`);
    for (const [stepId, expected] of Object.entries(t.perStep).sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      const si = stepIndex.get(stepId);
      if (si === undefined) {
        add(formatPath(['tallies', ti, 'perStep', stepId]), `no step '${stepId}'`);
        continue;
      }
      const provided = defeatsIn(si).get(t.tag) ?? 0;
      if (provided !== expected) {
        add(
          formatPath(['tallies', ti, 'perStep', stepId]),
          `is ${expected} but step '${stepId}' spawns ${provided} '${t.tag}'`,
        );
      }
    }
  });

  const checkTable = (rows: MissionScriptData['rewards']['replay'], base: Path) => {
    const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.minLevel - b.r.minLevel);
    sorted.forEach(({ r, i }, k) => {
      if (r.minLevel > r.maxLevel)
        add(`${base}[${i}]`, `minLevel ${r.minLevel} is above maxLevel ${r.maxLevel}`);
      const prev = sorted[k - 1];
      if (prev && r.minLevel <= prev.r.maxLevel) {
        add(`${base}[${i}].minLevel`, `overlaps the band ${prev.r.minLevel}–${prev.r.maxLevel}`);
      }
    });
    for (let lv = m.levelRange.min; lv <= m.levelRange.max; lv++) {
      if (!rows.some((r) => r.minLevel <= lv && lv <= r.maxLevel)) {
        add(
          base,
          `has no row for level ${lv} (the mission is for levels ${m.levelRange.min}–${m.levelRange.max})`,
        );
        break;
      }
    }
  };
  checkTable(m.rewards.replay, '$.rewards.replay');
  checkTable(m.rewards.firstCompletion, '$.rewards.firstCompletion');

  m.accolades.forEach((a, ai) => {
    if (a.award.on === 'tally' && !tallies.has(a.award.tally)) {
      add(`$.accolades[${ai}].award.tally`, `no tally '${a.award.tally}'`);
    }
  });
  problems.push(...checkSpeedrun(m));
  return problems;
}
