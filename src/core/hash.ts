/**
 * Canonical hashing of plain data.
 *
 * `canonicalJson` writes object keys in sorted order, so two states that are equal as data
 * give the same text whatever order their keys were created in. `hashString` is 64-bit FNV-1a
 * computed as two 32-bit halves with `Math.imul`, integer-only and identical in every engine.
 *
 * `hashValue(v)` is defined as `hashString(canonicalJson(v))`, and that definition is what
 * every recorded state hash depends on. It is computed without building the text: the same
 * characters are fed to the same FNV steps as they would be written (a property test holds the
 * two equal). Building the JSON cost far more than the simulation ticks between two hashes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

const FNV_PRIME = 0x01000193;
const FNV_SEED_1 = 0x811c9dc5;
const FNV_SEED_2 = 0xcbf29ce4;

const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

// The halves are kept as int32 (what `Math.imul` returns) instead of being turned back into
// uint32 after every character: the bits are the same, `^` and `>>> 7` read only the bits, and
// V8 keeps int32 in registers while a uint32 above 2^31 becomes a heap number.
export function hashString(text: string): string {
  let h1 = FNV_SEED_1 | 0;
  let h2 = FNV_SEED_2 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), FNV_PRIME);
  }
  return hex(h1) + hex(h2);
}

export function hashValue(value: unknown): string {
  const h = new CanonicalHasher();
  h.value(value);
  return hex(h.h1) + hex(h.h2);
}

/**
 * An object's own keys in `Object.keys` order; `order[i]` is the index (in that order) of the
 * i-th key in sorted order, and `written[i]` that key written as `"key":`.
 */
interface KeyOrder {
  keys: readonly string[];
  order: readonly number[];
  written: readonly string[];
}

/**
 * Sorted key orders seen before, by first key. State objects come in a few shapes (entity,
 * world, mission…), so sorting once per shape instead of once per object saves most of the
 * work. Bounded, so odd data cannot grow it; a miss only costs a sort.
 */
const keyOrders = new Map<string, KeyOrder[]>();
let keyOrderCount = 0;
const KEY_ORDER_LIMIT = 256;

function keyOrderOf(keys: string[]): KeyOrder {
  const candidates = keyOrders.get(keys[0]!);
  if (candidates) {
    for (const o of candidates) if (sameKeys(o.keys, keys)) return o;
  }
  const sorted = keys.slice().sort();
  const order = {
    keys,
    order: sorted.map((k) => keys.indexOf(k)),
    written: sorted.map((k) => `${JSON.stringify(k)}:`),
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

const COMMA = 44;
const QUOTE = 34;

/** Feeds the characters of `canonicalJson(value)` to the FNV halves of `hashString`. */
class CanonicalHasher {
  h1 = FNV_SEED_1 | 0;
  h2 = FNV_SEED_2 | 0;

  char(c: number) {
    const h1 = Math.imul(this.h1 ^ c, FNV_PRIME);
    this.h1 = h1;
    this.h2 = Math.imul(this.h2 ^ c ^ (h1 >>> 7), FNV_PRIME);
  }

  text(s: string) {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), FNV_PRIME);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  value(v: unknown) {
    switch (typeof v) {
      case 'number':
        // For a finite number JSON.stringify writes what String does (-0 as "0").
        this.text(Number.isFinite(v) ? String(v) : 'null');
        return;
      case 'string':
        this.string(v);
        return;
      case 'boolean':
        this.text(v ? 'true' : 'false');
        return;
      case 'object':
        if (v === null) this.text('null');
        else if (Array.isArray(v)) this.array(v);
        else this.object(v as Record<string, unknown>);
        return;
      default:
        // undefined, functions, symbols ('null') and bigint (throws), exactly as canonicalJson.
        this.text(JSON.stringify(v) ?? 'null');
    }
  }

  /**
   * JSON string text. Strings that need escapes (quotes, controls, surrogates) are rare: on
   * meeting one, the halves are wound back and the text comes from JSON.stringify.
   */
  private string(s: string) {
    const h1 = this.h1;
    const h2 = this.h2;
    this.char(QUOTE);
    let a = this.h1;
    let b = this.h2;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 32 || c === QUOTE || c === 92 || (c >= 0xd800 && c <= 0xdfff)) {
        this.h1 = h1;
        this.h2 = h2;
        this.text(JSON.stringify(s));
        return;
      }
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c ^ (a >>> 7), FNV_PRIME);
    }
    this.h1 = a;
    this.h2 = b;
    this.char(QUOTE);
  }

  private array(a: readonly unknown[]) {
    this.char(91);
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.char(COMMA);
      const v = a[i];
      // `map` skips holes and `join` writes them as nothing.
      if (v === undefined && !(i in a)) continue;
      this.value(v);
    }
    this.char(93);
  }

  private object(o: Record<string, unknown>) {
    this.char(123);
    const keys = Object.keys(o);
    if (keys.length > 0) {
      // One `Object.values` (same order as `Object.keys`) instead of a keyed lookup per key:
      // those lookups see many object shapes and were most of the cost of hashing. (For plain
      // data, reading each value once gives what canonicalJson's two reads give.)
      const values = Object.values(o);
      const { order, written } = keyOrderOf(keys);
      let first = true;
      for (let i = 0; i < order.length; i++) {
        const v = values[order[i]!];
        if (v === undefined) continue;
        if (!first) this.char(COMMA);
        first = false;
        this.text(written[i]!);
        this.value(v);
      }
    }
    this.char(125);
  }
}
