/**
 * Checks a mission script beyond its shape: every reference points at something that exists,
 * ids are unique, counters can be reached with what spawns, kill tallies add up, rewards cover
 * the level range. The schema answers "is this well formed?", this answers "can it be played?".
 */
import { formatPath, type Problem } from './problems';
import type { EventMatcher, MissionScriptData, Objective, ScriptEffect } from './schema';

type Path = string;

export function crossCheck(m: MissionScriptData): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const uniqueIds = <T extends { id: string }>(items: readonly T[], base: Path, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        add(
          `${base}[${i}].id`,
          `duplicate ${what} id '${item.id}' (first used at ${base}[${first}])`,
        );
      } else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };

  const tags = uniqueIds(m.tags, '$.tags', 'tag');
  const contacts = uniqueIds(m.contacts, '$.contacts', 'contact');
  const npcs = uniqueIds(m.npcs, '$.npcs', 'NPC');
  const maps = uniqueIds(m.maps, '$.maps', 'map');
  const scenes = uniqueIds(m.scenes, '$.scenes', 'scene');
  uniqueIds(m.spawns, '$.spawns', 'spawn group');
  const dialogue = uniqueIds(m.dialogue, '$.dialogue', 'dialogue');
  uniqueIds(m.steps, '$.steps', 'step');
  const tallies = uniqueIds(m.tallies, '$.tallies', 'tally');
  uniqueIds(m.accolades, '$.accolades', 'accolade');
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
  m.maps.forEach((map, mi) => {
    const base = `$.maps[${mi}]`;
    const points = uniqueIds(map.points, `${base}.points`, 'point');
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

  const mapById = new Map(m.maps.map((x) => [x.id, x]));
  const pointIn = (mapId: string, point: string) =>
    mapById.get(mapId)?.points.some((p) => p.id === point) ?? false;

  if (!zoneMap.has(m.offer.zone)) add('$.offer.zone', `no zone '${m.offer.zone}' in any map`);
  if (m.levelRange.min > m.levelRange.max) {
    add('$.levelRange', `min (${m.levelRange.min}) is above max (${m.levelRange.max})`);
  }

  const sceneById = new Map(m.scenes.map((s) => [s.id, s]));
  m.scenes.forEach((s, si) => {
    const map = mapById.get(s.map);
    if (!map) add(`$.scenes[${si}].map`, `no map '${s.map}'`);
    else {
      if (map.kind !== s.kind) {
        add(`$.scenes[${si}].kind`, `is '${s.kind}' but map '${s.map}' is '${map.kind}'`);
      }
      if (!pointIn(s.map, s.start))
        add(`$.scenes[${si}].start`, `no point '${s.start}' in map '${s.map}'`);
    }
  });

  const spawnGroup = (id: string) => m.spawns.find((g) => g.id === id);
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
    if (typeof g.at !== 'string' && g.at.length !== total) {
      add(
        `${base}.at`,
        `lists ${g.at.length} points for ${total} members; give one point per member or a single point`,
      );
    }
    g.members.forEach((mem, mi) => {
      const p = `${base}.members[${mi}]`;
      mem.tags.forEach((t, ti) => {
        if (!tags.has(t)) add(`${p}.tags[${ti}]`, `no tag '${t}' (declare it in $.tags)`);
      });
      if (mem.npc !== undefined) {
        if (!npcs.has(mem.npc)) add(`${p}.npc`, `no NPC '${mem.npc}'`);
        if (mem.count !== 1) add(`${p}.count`, 'must be 1 for a named NPC');
      }
    });
  });

  const checkEffects = (
    effects: readonly ScriptEffect[],
    base: Path,
    sceneMap: string | undefined,
  ) => {
    effects.forEach((e, ei) => {
      const p = `${base}[${ei}]`;
      switch (e.type) {
        case 'spawn':
        case 'despawn': {
          const g = m.spawns.find((s) => s.id === e.group);
          if (!g) add(`${p}.group`, `no spawn group '${e.group}'`);
          else if (e.type === 'spawn' && sceneMap !== undefined && g.map !== sceneMap) {
            add(
              `${p}.group`,
              `spawn group '${e.group}' is on map '${g.map}', not on this step's map '${sceneMap}'`,
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
  checkEffects(m.onAccept, '$.onAccept', undefined);

  // Spawn groups brought in up to and including each step, for counter capacity and tallies.
  const spawnedBy = (effects: readonly ScriptEffect[]) =>
    effects.flatMap((e) => (e.type === 'spawn' ? [e.group] : []));
  const stepSpawns = m.steps.map((s) => [
    ...spawnedBy(s.onStart),
    ...s.objectives.flatMap((o) => [...spawnedBy(o.onActivate), ...spawnedBy(o.onComplete)]),
  ]);
  const capacity = (groupIds: readonly string[], event: string, tag: string): number => {
    let n = 0;
    for (const id of groupIds) {
      const g = m.spawns.find((s) => s.id === id);
      if (!g) continue;
      if (event === 'groupDefeated') {
        if (g.tags.includes(tag)) n += 1;
      } else {
        for (const mem of g.members) {
          if (g.tags.includes(tag) || mem.tags.includes(tag)) n += mem.count;
        }
      }
    }
    return n;
  };

  m.steps.forEach((s, si) => {
    const base = `$.steps[${si}]`;
    const scene = sceneById.get(s.scene);
    if (!scenes.has(s.scene)) add(`${base}.scene`, `no scene '${s.scene}'`);
    const sceneMap = scene?.map;
    checkEffects(s.onStart, `${base}.onStart`, sceneMap);
    checkEffects(s.onComplete, `${base}.onComplete`, sceneMap);
    // Objectives run strictly in order: while one is active, only what was spawned before it
    // (and by its own activation) exists.
    const available = [
      ...spawnedBy(m.onAccept),
      ...stepSpawns.slice(0, si).flat(),
      ...spawnedBy(s.onStart),
    ];
    s.objectives.forEach((o, oi) => {
      const p = `${base}.objectives[${oi}]`;
      checkEffects(o.onActivate, `${p}.onActivate`, sceneMap);
      checkEffects(o.onComplete, `${p}.onComplete`, sceneMap);
      available.push(...spawnedBy(o.onActivate));
      checkObjective(o, p, sceneMap, available);
      available.push(...spawnedBy(o.onComplete));
    });
  });

  function checkZone(zone: string, path: Path, sceneMap: string | undefined) {
    const zm = zoneMap.get(zone);
    if (zm === undefined) add(path, `no zone '${zone}' in any map`);
    else if (sceneMap !== undefined && zm !== sceneMap) {
      add(path, `zone '${zone}' is on map '${zm}', not on this step's map '${sceneMap}'`);
    }
  }

  function checkObjective(
    o: Objective,
    p: Path,
    sceneMap: string | undefined,
    available: string[],
  ) {
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
        const can = capacity(available, o.event, o.tag);
        if (o.count > can) {
          add(
            `${p}.count`,
            `is ${o.count} but the spawns up to this step provide only ${can} '${o.tag}' for '${o.event}'`,
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
        else if (!available.some((g) => spawnGroup(g)?.members.some((mem) => mem.npc === o.npc))) {
          add(`${p}.npc`, `NPC '${o.npc}' is not spawned by this objective or anything before it`);
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

  m.tallies.forEach((t, ti) => {
    const base = `$.tallies[${ti}]`;
    if (!tags.has(t.tag)) add(`${base}.tag`, `no tag '${t.tag}' (declare it in $.tags)`);
    for (const [stepId, expected] of Object.entries(t.perStep).sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      const si = m.steps.findIndex((s) => s.id === stepId);
      if (si < 0) {
        add(formatPath(['tallies', ti, 'perStep', stepId]), `no step '${stepId}'`);
        continue;
      }
      const provided = capacity(stepSpawns[si] ?? [], 'defeated', t.tag);
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
  return problems;
}
