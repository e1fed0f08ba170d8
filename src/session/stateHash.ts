/**
 * The state hash: a 64-bit hash of the canonical world + mission state, written as 16 hex
 * digits. Run records keep one every 60 ticks and verification recomputes each of them, so
 * this is defined here, in one place, and changing what it computes changes every recorded
 * hash (bump SIM_VERSION in src/sim/balance.ts).
 *
 * DEFINITION. The state is turned into a sequence of 32-bit words, which two mixing lanes
 * absorb (below). Every value starts with a tag word:
 *   null → NULL; absent/undefined → UNDEF; false → FALSE; true → TRUE;
 *   number that is an int32 (`(v | 0) === v`, so -0 counts as 0) → INT, v;
 *   other number → NaN: NAN (every NaN alike); else FLOAT, low word, high word of its IEEE-754
 *     binary64 bits (±Infinity included);
 *   string → STRING, length, then the UTF-16 code units two per word (first in the low half;
 *     an odd last unit alone);
 *   array → ARRAY, length, each element (a hole as UNDEF);
 *   plain object → OBJECT, number of keys whose value is not undefined, then per such key in
 *     sorted (code unit) order: the key as a string, then its value;
 *   World, Entity, Projectile (the shapes that make up nearly all of the state) → their own
 *     tag, then the value of each field in the fixed order of the writers below (no key names:
 *     the tag says which fields follow; tests/session/stateHash.test.ts checks that a writer
 *     reads each field of the real objects exactly once).
 * The state is WORLD-tagged world, then the mission state as a plain object. Nothing depends on
 * key creation order, and only integer operations (`Math.imul`, shifts, xor, `| 0`) and exact
 * typed-array reads of a number's bits are used, so every engine gives the same hash.
 *
 * MIXING. Two 32-bit lanes, each a MurmurHash3 (x86_32) block step with its own constants;
 * the second lane also absorbs the first lane's new value, so the halves are not independent
 * copies. The end is MurmurHash3's: the word count in, the lanes added into each other, fmix32
 * on each, added again. 64 bits are plenty to notice a diverged re-simulation; this is not a
 * cryptographic hash and is not meant to resist a forger (SPEEDRUN.md, Integrity).
 *
 * Why not hash the canonical JSON text (as `core/hash.ts hashValue` does for mission files):
 * turning every number into decimal text and every key into characters made hashing a third
 * of verification's time.
 */
import type { MissionState } from '../mission/machine';
import type { Entity, Projectile, World } from '../sim/world';

const NULL = 1;
const UNDEF = 2;
const FALSE = 3;
const TRUE = 4;
const INT = 5;
const FLOAT = 6;
const NAN = 7;
const STRING = 8;
const ARRAY = 9;
const OBJECT = 10;
const WORLD = 11;
const ENTITY = 12;
const PROJECTILE = 13;

// ------------------------------------------------------------------------------ mixing lanes
// The writers below only append words to a buffer (cheap, and small enough to be inlined);
// `mix` then runs the lanes over the whole buffer in one tight loop, word by word in order.
// Module state: hashing is synchronous and never re-entered (the state is plain data).
let buf = new Int32Array(8192);
let pos = 0;

function grow() {
  const next = new Int32Array(buf.length * 2);
  next.set(buf);
  buf = next;
}

function word(w: number) {
  if (pos === buf.length) grow();
  buf[pos++] = w;
}

/** Makes room for `n` more words, so a writer can store them without checking each one. */
function room(n: number) {
  while (pos + n > buf.length) grow();
}

const SEED_1 = 0x9747b28c | 0;
const SEED_2 = 0x5bd1e995 | 0;

/** The two lanes over words[0..n), then the end mixing: the 16 hex digits. */
function mix(words: Int32Array, n: number): string {
  let h1 = SEED_1;
  let h2 = SEED_2;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    let k = Math.imul(w, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    let a = h1 ^ k;
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    h1 = a;
    let j = Math.imul(w ^ a, 0x85ebca6b);
    j = (j << 17) | (j >>> 15);
    j = Math.imul(j, 0xc2b2ae35);
    let b = h2 ^ j;
    b = (b << 15) | (b >>> 17);
    b = (Math.imul(b, 5) + 0x38495ab5) | 0;
    h2 = b;
  }
  let a = h1 ^ n;
  let b = h2 ^ n;
  a = (a + b) | 0;
  b = (b + a) | 0;
  a = fmix(a);
  b = fmix(b);
  a = (a + b) | 0;
  b = (b + a) | 0;
  return hex(a) + hex(b);
}

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Two hex digits for each byte value: `toString(16)` of a number above 2^31 is slow. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex = (h: number) =>
  BYTE_HEX[(h >>> 24) & 255]! +
  BYTE_HEX[(h >>> 16) & 255]! +
  BYTE_HEX[(h >>> 8) & 255]! +
  BYTE_HEX[h & 255]!;

// ------------------------------------------------------------------------------ values
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);
/** Index of the low 32 bits of the float64 in `i32`: byte order is the platform's. */
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

function num(v: number) {
  room(3);
  const b = buf;
  if ((v | 0) === v) {
    b[pos++] = INT;
    b[pos++] = v;
  } else if (Number.isNaN(v)) {
    b[pos++] = NAN;
  } else {
    f64[0] = v;
    b[pos++] = FLOAT;
    b[pos++] = i32[LOW]!;
    b[pos++] = i32[1 - LOW]!;
  }
}

function str(s: string) {
  const n = s.length;
  room(3 + (n >> 1));
  const b = buf;
  let p = pos;
  b[p++] = STRING;
  b[p++] = n;
  let i = 0;
  for (; i + 1 < n; i += 2) b[p++] = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
  if (i < n) b[p++] = s.charCodeAt(i);
  pos = p;
}

/** Words written before (a key's, as `str` writes it), appended as they are. */
function words(w: Int32Array) {
  const n = w.length;
  room(n);
  const b = buf;
  let p = pos;
  for (let i = 0; i < n; i++) b[p++] = w[i]!;
  pos = p;
}

/** The words `str` writes for `s`. */
function strWords(s: string): Int32Array {
  const start = pos;
  str(s);
  const out = buf.slice(start, pos);
  pos = start;
  return out;
}

/** A field that holds a number (anything else is hashed as what it is). */
function n(v: unknown) {
  if (typeof v === 'number') num(v);
  else value(v);
}

/** A field that holds a string (anything else is hashed as what it is). */
function t(v: unknown) {
  if (typeof v === 'string') str(v);
  else value(v);
}

function value(v: unknown) {
  switch (typeof v) {
    case 'number':
      num(v);
      return;
    case 'string':
      str(v);
      return;
    case 'boolean':
      word(v ? TRUE : FALSE);
      return;
    case 'undefined':
      word(UNDEF);
      return;
    case 'object':
      if (v === null) word(NULL);
      else if (Array.isArray(v)) array(v);
      else object(v as Record<string, unknown>);
      return;
    default:
      throw new TypeError(`the state hash cannot hold a ${typeof v}`);
  }
}

function array(a: readonly unknown[]) {
  word(ARRAY);
  const n = a.length;
  word(n);
  for (let i = 0; i < n; i++) value(a[i]);
}

/** Sorted key orders of the object shapes seen so far (by first key); bounded. */
interface KeyOrder {
  keys: readonly string[];
  /** `order[i]`: index in `keys` of the i-th key in sorted order. */
  order: readonly number[];
  /** `keyWords[k]`: the words `str(keys[k])` writes, made once per shape. */
  keyWords: readonly Int32Array[];
}
const keyOrders = new Map<string, KeyOrder[]>();
let keyOrderCount = 0;
const KEY_ORDER_LIMIT = 256;

function keyOrderOf(keys: string[]): KeyOrder {
  const candidates = keyOrders.get(keys[0]!);
  if (candidates) {
    for (const o of candidates) if (sameKeys(o.keys, keys)) return o;
  }
  // Default sort: by UTF-16 code units, the same in every engine.
  const sorted = keys.slice().sort();
  const order = {
    keys,
    order: sorted.map((k) => keys.indexOf(k)),
    keyWords: keys.map(strWords),
  };
  if (keyOrderCount < KEY_ORDER_LIMIT) {
    keyOrderCount++;
    if (candidates) candidates.push(order);
    else keyOrders.set(keys[0]!, [order]);
  }
  return order;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function object(o: Record<string, unknown>) {
  word(OBJECT);
  const keys = Object.keys(o);
  if (keys.length === 0) {
    word(0);
    return;
  }
  const values = Object.values(o);
  let defined = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== undefined) defined++;
  word(defined);
  const { order, keyWords } = keyOrderOf(keys);
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const v = values[k];
    if (v === undefined) continue;
    words(keyWords[k]!);
    value(v);
  }
}

// ------------------------------------------------------------------------------ fixed shapes
// Each writer reads every field of its type once, in a fixed order.

function entity(e: Entity) {
  word(ENTITY);
  n(e.id);
  t(e.kind);
  t(e.archetype);
  t(e.name);
  t(e.faction);
  t(e.map);
  n(e.x);
  n(e.y);
  n(e.angle);
  n(e.vx);
  n(e.vy);
  n(e.speed);
  n(e.hull);
  n(e.hullMax);
  value(e.shields);
  n(e.shieldMax);
  value(e.alive);
  n(e.downedUntil);
  value(e.group);
  value(e.tags);
  value(e.npc);
  t(e.behavior);
  value(e.order);
  n(e.homeX);
  n(e.homeY);
  n(e.target);
  n(e.lastCombat);
  n(e.lastHit);
  n(e.weaponReady);
  n(e.secondaryReady);
  n(e.side);
  value(e.trueForm);
  n(e.slot);
  n(e.wayX);
  n(e.wayY);
  value(e.clearShot);
  n(e.abilityReady);
  n(e.abilityUntil);
  n(e.aimX);
  n(e.aimY);
  n(e.runs);
  t(e.tactic);
  n(e.tacticX);
  n(e.tacticY);
  n(e.tacticUntil);
}

function projectile(p: Projectile) {
  word(PROJECTILE);
  n(p.id);
  n(p.owner);
  n(p.target);
  n(p.x);
  n(p.y);
  n(p.angle);
  n(p.damage);
  n(p.travelled);
}

/** A list of a fixed shape: ARRAY, length, each element by its writer (or as a value). */
function listOf<T>(list: readonly T[], write: (item: T) => void) {
  if (!Array.isArray(list)) {
    value(list);
    return;
  }
  word(ARRAY);
  word(list.length);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) write(item);
    else value(item);
  }
}

function world(w: World) {
  word(WORLD);
  n(w.tick);
  value(w.rng);
  t(w.difficulty);
  t(w.scene);
  t(w.sceneKind);
  t(w.map);
  listOf(w.entities, entity);
  listOf(w.projectiles, projectile);
  n(w.nextId);
  n(w.player);
  value(w.input);
  value(w.abilities);
  value(w.watches);
  value(w.enabledInteractables);
  value(w.hails);
  value(w.barriersUp);
  value(w.interaction);
  n(w.respawnAt);
  n(w.restartAt);
  value(w.transition);
  value(w.fx);
  value(w.combat);
}

/** The state hash of a world and its mission state (see the header for the definition). */
export function stateHash(w: World, mission: MissionState): string {
  pos = 0;
  world(w);
  value(mission);
  return mix(buf, pos);
}
