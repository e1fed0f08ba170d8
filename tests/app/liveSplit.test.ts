/** The LiveSplit Server link against a fake socket and hand-stepped timers. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIVESPLIT_URL,
  type LinkSocket,
  type LinkState,
  LiveSplitLink,
  liveSplitTime,
  liveSplitUrlProblem,
} from '../../src/app/liveSplit';

class FakeSocket implements LinkSocket {
  readyState = 0;
  sent: string[] = [];
  closed = false;
  private listeners: Record<string, (() => void)[]> = {};
  constructor(readonly url: string) {}
  send(data: string) {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  addEventListener(type: string, fn: () => void) {
    const list = this.listeners[type] ?? [];
    list.push(fn);
    this.listeners[type] = list;
  }
  open() {
    this.readyState = 1;
    for (const fn of this.listeners.open ?? []) fn();
  }
  drop() {
    this.readyState = 3;
    for (const fn of this.listeners.error ?? []) fn();
    for (const fn of this.listeners.close ?? []) fn();
  }
}

function rig() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number; id: number }[] = [];
  let seq = 0;
  const states: LinkState[] = [];
  const link = new LiveSplitLink({
    socket: (url) => {
      if (url.includes('throw')) throw new Error('SyntaxError: bad URL');
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    timers: {
      set: (fn, ms) => {
        timers.push({ fn, ms, id: ++seq });
        return seq;
      },
      clear: (h) => {
        const i = timers.findIndex((t) => t.id === h);
        if (i >= 0) timers.splice(i, 1);
      },
    },
    onState: (s) => states.push(s),
  });
  /** Runs the next timer (as if its time had come). */
  const fire = () => timers.shift()!.fn();
  return { link, sockets, timers, states, fire, last: () => sockets.at(-1)! };
}

describe('LiveSplit link', () => {
  it('formats game time as H:MM:SS.fff at tick boundaries', () => {
    expect(liveSplitTime(0)).toBe('0:00:00.000');
    expect(liveSplitTime(1)).toBe('0:00:00.017');
    expect(liveSplitTime(59)).toBe('0:00:00.983');
    expect(liveSplitTime(60)).toBe('0:00:01.000');
    expect(liveSplitTime(15344)).toBe('0:04:15.733');
    expect(liveSplitTime(60 * 3600 + 61)).toBe('1:00:01.017');
  });

  it('is off until enabled; connects to the address given', () => {
    const { link, sockets, states } = rig();
    link.start();
    link.progress(120);
    expect(sockets).toHaveLength(0);
    link.configure(true, DEFAULT_LIVESPLIT_URL);
    expect(sockets[0]!.url).toBe('ws://localhost:16834/livesplit');
    expect(states.at(-1)).toEqual({ status: 'connecting', detail: null });
    sockets[0]!.open();
    expect(states.at(-1)).toEqual({ status: 'connected', detail: null });
    link.configure(false, DEFAULT_LIVESPLIT_URL);
    expect(sockets[0]!.closed).toBe(true);
    expect(states.at(-1)).toEqual({ status: 'off', detail: null });
  });

  it('sends the start, game time once a second, each split, and reset', () => {
    const { link, last } = rig();
    link.configure(true, DEFAULT_LIVESPLIT_URL);
    last().open();
    link.start();
    for (let t = 1; t <= 130; t++) link.progress(t);
    link.split(150);
    for (let t = 151; t <= 215; t++) link.progress(t);
    link.reset();
    link.progress(400);
    link.split(500);
    // LiveSplit's timer is unknown when the connection opens: the first start resets it first.
    expect(last().sent).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
      'setgametime 0:00:01.000',
      'setgametime 0:00:02.000',
      'setgametime 0:00:02.500',
      'split',
      'setgametime 0:00:03.500',
      'reset',
    ]);
  });

  it('a new run after a finished one resets LiveSplit first; a finished run is not reset', () => {
    const { link, last } = rig();
    link.configure(true, DEFAULT_LIVESPLIT_URL);
    last().open();
    link.start();
    link.split(60);
    link.finish();
    link.progress(200);
    link.reset();
    expect(last().sent.slice(-2)).toEqual(['setgametime 0:00:01.000', 'split']);
    link.start();
    expect(last().sent.slice(-5)).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
    ]);
  });

  it('a lost connection is shown and retried with back-off; it catches up on the run', () => {
    const { link, sockets, timers, states, fire } = rig();
    link.configure(true, DEFAULT_LIVESPLIT_URL);
    sockets[0]!.drop();
    expect(states.at(-1)!.status).toBe('retrying');
    expect(states.at(-1)!.detail).toMatch(/did not answer.*again in 1 s/);
    expect(timers.map((t) => t.ms)).toEqual([1000]);
    // The run goes on while LiveSplit is away: nothing blocks, nothing throws.
    link.start();
    link.split(90);
    link.progress(200);
    fire();
    sockets[1]!.drop();
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    fire();
    sockets[2]!.drop();
    fire();
    expect(sockets).toHaveLength(4);
    sockets[3]!.open();
    expect(sockets[3]!.sent).toEqual([
      'reset',
      'starttimer',
      'initgametime',
      'pausegametime',
      'setgametime 0:00:00.000',
      'setgametime 0:00:01.500',
      'split',
      'setgametime 0:00:03.333',
    ]);
    // Lost while connected: said so; the back-off starts again at 1 s.
    sockets[3]!.drop();
    expect(states.at(-1)!.detail).toMatch(/connection to LiveSplit was lost; trying again in 1 s/);
    for (let i = 0; i < 8; i++) {
      fire();
      sockets.at(-1)!.drop();
    }
    expect(timers.map((t) => t.ms)).toEqual([30_000]);
  });

  it('a bad address is refused without a connection; a factory that throws is retried', () => {
    expect(liveSplitUrlProblem('http://localhost:16834')).toMatch(/ws:\/\//);
    expect(liveSplitUrlProblem('ws://')).toMatch(/host/);
    expect(liveSplitUrlProblem(DEFAULT_LIVESPLIT_URL)).toBeNull();
    const { link, sockets, states, timers } = rig();
    link.configure(true, 'localhost:16834');
    expect(sockets).toHaveLength(0);
    expect(states.at(-1)).toEqual({
      status: 'invalid',
      detail: 'the address must start with ws:// or wss:// and name a host',
    });
    expect(timers).toHaveLength(0);
    link.configure(true, 'ws://throw');
    expect(states.at(-1)!.status).toBe('retrying');
    expect(states.at(-1)!.detail).toMatch(/refused \(SyntaxError: bad URL\)/);
  });

  it('turning it off stops the retries', () => {
    const { link, sockets, timers } = rig();
    link.configure(true, DEFAULT_LIVESPLIT_URL);
    sockets[0]!.drop();
    expect(timers).toHaveLength(1);
    link.configure(false, DEFAULT_LIVESPLIT_URL);
    expect(timers).toHaveLength(0);
  });
});
