/**
 * Runs `run` with the page's enumerable additions to `Object.prototype` (`Object.prototype.x = …`,
 * an old library's habit) made non-enumerable, then puts them back as they were. zod walks
 * objects with for-in and breaks on inherited keys while it builds the answer checks; this
 * keeps a page's additions out of those loops without losing them. Synchronous, so the page never sees the difference.
 */
export const shielded = <T>(run: () => T): T => {
  const proto = Object.prototype;
  const hidden: [string, PropertyDescriptor][] = [];
  for (const key in proto) {
    const was = Object.getOwnPropertyDescriptor(proto, key);
    if (!was?.configurable) continue;
    hidden.push([key, was]);
    // Null-prototype descriptors: a polluted `get` or `value` must not be read into them.
    Object.defineProperty(proto, key, Object.assign(Object.create(null), was, { enumerable: false }));
  }
  try {
    return run();
  } finally {
    for (const [key, was] of hidden)
      Object.defineProperty(proto, key, Object.assign(Object.create(null), was));
  }
};

/**
 * A copy of a JSON-like config whose objects have no prototype, so a key a page wrote onto
 * `Object.prototype` (`required`, `lead`…) never reads as part of the config. Anything
 * that is not a plain object or array is kept as it is.
 */
export const ownCopy = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(ownCopy);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownCopy((value as Record<string, unknown>)[key]);
  return copy;
};
