/** A value or the problems that stopped it; no exceptions across layer boundaries. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; problems: E[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E>(problems: E[]): { ok: false; problems: E[] } => ({ ok: false, problems });
