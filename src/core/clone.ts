/**
 * A deep copy of plain data (what JSON can hold: objects, arrays, strings, numbers, booleans,
 * null), equal to what `structuredClone` makes of such data: own enumerable keys in their
 * order, holes in arrays kept as holes. It is many times faster than `structuredClone`, which
 * serialises and deserialises; state that is copied on every change uses it.
 */
export function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  // `map` keeps holes as holes.
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    // An own "__proto__" key is data (as JSON.parse makes it); assigning it would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: clonePlain(source[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = clonePlain(source[key]);
  }
  return copy as T;
}
