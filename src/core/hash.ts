/**
 * Canonical hashing of plain data.
 *
 * `canonicalJson` writes object keys in sorted order, so two states that are equal as data
 * give the same text whatever order their keys were created in. `hashString` is 64-bit FNV-1a
 * computed as two 32-bit halves with `Math.imul`, integer-only and identical in every engine.
 *
 * Used for the mission hash of run records (script + maps, once per load). The per-tick state
 * hash is `session/stateHash.ts`, a binary hash made for speed.
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

export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export const hashValue = (value: unknown): string => hashString(canonicalJson(value));
