import { describe, expect, it, vi } from 'vitest';

describe('snapshot checks loaded apart', () => {
  it('a session refuses every snapshot until validateSnapshot is imported, then takes good ones', async () => {
    // A fresh module graph, without the setup file's import of validateSnapshot.
    vi.resetModules();
    const { Session } = await import('../../src/session/Session');
    const { geometry, script } = await import('../sim/simHelpers');
    const a = new Session({ script, geometry, seed: 1 });
    a.queue({ type: 'accept' });
    for (let i = 0; i < 30; i++) a.step();
    const snap = a.snapshot();
    const b = new Session({ script, geometry, seed: 1 });
    const before = b.hash();
    const refused = b.restore(snap);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]).toMatch(/snapshot checks are not loaded/);
    expect(b.hash()).toBe(before);

    await import('../../src/session/validateSnapshot');
    expect(b.restore(snap)).toEqual({ ok: true, value: true });
    expect(b.hash()).toBe(a.hash());
    expect(b.restore({ version: 1 }).ok).toBe(false);
  });
});
