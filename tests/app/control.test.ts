import { describe, expect, it } from 'vitest';
import { applyControl } from '../../src/app/control';
import { GameHost } from '../../src/session/host';
import { newSession } from '../sim/simHelpers';

describe('window.shutdown.control', () => {
  it('ignores a speed that is not a finite number, and fields of the wrong type', () => {
    const host = new GameHost(newSession(1));
    const calls: boolean[] = [];
    const run = { setAutopilot: (on: boolean) => calls.push(on) };
    applyControl(host, run, { speed: 8 });
    expect(host.speed).toBe(8);
    for (const speed of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -Number.POSITIVE_INFINITY,
      'fast',
      null,
      {},
    ])
      applyControl(host, run, { speed });
    expect(host.speed).toBe(8);
    for (const junk of [null, 'fast', 3, [], { autopilot: 'yes', handOverAt: 5 }])
      applyControl(host, run, junk);
    expect(calls).toEqual([]);
    expect(host.handOverAt).toBeNull();
    const getter = {
      get speed() {
        throw new Error('no');
      },
    };
    expect(() => applyControl(host, run, getter)).not.toThrow();
    applyControl(host, run, { autopilot: true, handOverAt: 'dock-at-ds9', speed: 2.4 });
    expect(calls).toEqual([true]);
    expect(host.handOverAt).toBe('dock-at-ds9');
    expect(host.speed).toBe(2.5);
  });
});
