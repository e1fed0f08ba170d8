/**
 * Keyboard, mouse and gamepad → game commands, for both the space and the ground scene.
 *
 * Commands are sparse: a held control (turn, fire, move, interact) is sent only when it changes,
 * and presses (torpedo, abilities, target, hail) once per press. What was last sent is kept;
 * when input is switched off (dialog, pause, autopilot) held controls are let go, and when it
 * comes back the whole wanted held state is sent once, so a release lost while the game was
 * paused, or one still queued when the player takes over from the autopilot, cannot leave the
 * world holding something the player is not (or drop what the player is holding).
 */
import Phaser from 'phaser';
import type { Command, GameOptions, World } from './types';

export type InputMode = 'space' | 'ground';

/** What a scene tells the controller about the view; world coordinates in, entity ids out. */
export interface InputView {
  /** The world point under a screen point (the scene's world camera). */
  worldPoint(screenX: number, screenY: number): { x: number; y: number };
  /** A hostile entity under a world point, 0 when none. */
  pick(x: number, y: number): number;
}

const ARROWS: Record<string, 'forward' | 'back' | 'left' | 'right'> = {
  ArrowUp: 'forward',
  ArrowDown: 'back',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};
const DIGITS: Record<string, number> = {
  Digit1: 1,
  Digit2: 2,
  Digit3: 3,
  Digit4: 4,
  Numpad1: 1,
  Numpad2: 2,
  Numpad3: 3,
  Numpad4: 4,
};

/** Standard gamepad mapping. */
const PAD = {
  a: 0,
  x: 2,
  y: 3,
  lb: 4,
  rb: 5,
  lt: 6,
  rt: 7,
  start: 9,
  up: 12,
  down: 13,
  left: 14,
  right: 15,
} as const;
const DEAD_ZONE = 0.25;
const THROTTLE_STEP = 0.25;
const THROTTLE_REPEAT_MS = 250;
const AIM_INTERVAL_MS = 100;
const AIM_MIN_MOVE = 8;

const editable = (t: EventTarget | null): boolean => {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
};

interface Held {
  turn: number;
  fire: boolean;
  interact: boolean;
  moveX: number;
  moveY: number;
}

const NEUTRAL: Held = { turn: 0, fire: false, interact: false, moveX: 0, moveY: 0 };

export class InputController {
  private readonly keys = new Set<string>();
  private readonly presses: string[] = [];
  private mouseLeft = false;
  private mouseRight = false;
  private pointer: { x: number; y: number } | null = null;
  private readonly clicks: { x: number; y: number }[] = [];
  private sent: Held = { ...NEUTRAL };
  private enabled = false;
  private throttleDir = 0;
  /** Wall-clock time (ms) of the next throttle repeat while forward or back is held. */
  private throttleNext = 0;
  private lastThrottle = { value: 0, tick: -1 };
  private aim: { x: number; y: number } | null = null;
  /** Wall-clock time (ms) before which no new aim is sent. */
  private aimNext = 0;
  private padWas: boolean[] = [];
  private readonly cleanup: (() => void)[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly mode: InputMode,
    private readonly opts: GameOptions,
    private readonly view: InputView,
  ) {
    const down = (e: KeyboardEvent) => this.keyDown(e);
    const up = (e: KeyboardEvent) => this.keys.delete(e.code);
    const blur = () => {
      this.keys.clear();
      this.mouseLeft = false;
      this.mouseRight = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    this.cleanup.push(() => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    });

    const input = scene.input;
    const onDown = (p: Phaser.Input.Pointer) => {
      this.pointer = { x: p.x, y: p.y };
      if (p.button === 2) this.mouseRight = true;
      else if (p.button === 0) {
        this.mouseLeft = true;
        this.clicks.push({ x: p.x, y: p.y });
      }
    };
    const onUp = (p: Phaser.Input.Pointer) => {
      if (p.button === 2) this.mouseRight = false;
      else if (p.button === 0) this.mouseLeft = false;
    };
    const onMove = (p: Phaser.Input.Pointer) => {
      this.pointer = { x: p.x, y: p.y };
    };
    const onOut = () => {
      this.pointer = null;
    };
    input.on(Phaser.Input.Events.POINTER_DOWN, onDown);
    input.on(Phaser.Input.Events.POINTER_UP, onUp);
    input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
    input.on(Phaser.Input.Events.POINTER_MOVE, onMove);
    input.on(Phaser.Input.Events.GAME_OUT, onOut);
    this.cleanup.push(() => {
      input.off(Phaser.Input.Events.POINTER_DOWN, onDown);
      input.off(Phaser.Input.Events.POINTER_UP, onUp);
      input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, onUp);
      input.off(Phaser.Input.Events.POINTER_MOVE, onMove);
      input.off(Phaser.Input.Events.GAME_OUT, onOut);
    });
  }

  destroy(): void {
    for (const f of this.cleanup) f();
    this.cleanup.length = 0;
  }

  private keyDown(e: KeyboardEvent): void {
    if (editable(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const b = this.opts.bindings();
    if (e.code === b.target && this.opts.inputEnabled()) e.preventDefault();
    if (e.repeat) return;
    this.keys.add(e.code);
    this.presses.push(e.code);
  }

  private send(c: Command): void {
    this.opts.command(c);
  }

  /**
   * Reads the controls and sends what changed. Call once per frame with the frame's wall-clock
   * time: key repeat and the aim rate follow real time, not the (capped) frame delta.
   */
  update(now: number, world: World): void {
    const pad = this.readPad();
    if (pad.pressed(PAD.start)) this.opts.onPauseRequest();

    if (!this.opts.inputEnabled()) {
      if (this.enabled) this.release();
      this.enabled = false;
      this.presses.length = 0;
      this.clicks.length = 0;
      this.throttleDir = 0;
      return;
    }
    let resend = false;
    if (!this.enabled) {
      // Back in control: send the whole held state once. The world's own input cannot be
      // trusted here: a release may still be on its way (the autopilot's, queued when the
      // player took over), or lost while paused; commands apply in order, so this wins.
      resend = true;
      this.aim = null;
      this.enabled = true;
    }

    const b = this.opts.bindings();
    const held = (action: string) => {
      const code = b[action];
      if (code !== undefined && this.keys.has(code)) return true;
      for (const k of this.keys) if (ARROWS[k] === action) return true;
      return false;
    };
    const stickX = Math.abs(pad.lx) > DEAD_ZONE ? pad.lx : 0;
    const stickY = Math.abs(pad.ly) > DEAD_ZONE ? pad.ly : 0;
    const forward = held('forward') || pad.down(PAD.up) || stickY < -0.5;
    const back = held('back') || pad.down(PAD.down) || stickY > 0.5;
    const left = held('left') || pad.down(PAD.left);
    const right = held('right') || pad.down(PAD.right);

    const want: Held = { ...NEUTRAL };
    want.interact = held('interact') || pad.down(PAD.a);
    const fireKey = held('fire') || pad.value(PAD.rt) > 0.5;

    if (this.mode === 'space') {
      want.turn = left !== right ? (right ? 1 : -1) : Math.round(stickX * 4) / 4;
      want.fire = fireKey;
      // A tap shorter than a frame (keydown and keyup both before it, as on a slow machine) is
      // not held when the frame reads the keys: count the presses too, one step each.
      const is = (code: string, action: 'forward' | 'back') =>
        code === b[action] || ARROWS[code] === action;
      let taps = 0;
      for (const code of this.presses) taps += is(code, 'forward') ? 1 : is(code, 'back') ? -1 : 0;
      this.throttle(now, world, forward && !back ? 1 : back && !forward ? -1 : 0, taps);
    } else {
      let mx = (right ? 1 : 0) - (left ? 1 : 0);
      let my = (back ? 1 : 0) - (forward ? 1 : 0);
      if (mx === 0 && my === 0) {
        mx = Math.abs(stickX) > 0.4 ? Math.sign(stickX) : 0;
        my = Math.abs(stickY) > 0.4 ? Math.sign(stickY) : 0;
      }
      want.moveX = mx;
      want.moveY = my;
      want.fire = fireKey || this.mouseLeft || this.mouseRight;
      this.aimAt(now, world, pad);
    }

    if (resend || want.turn !== this.sent.turn) this.send({ type: 'turn', value: want.turn });
    if (resend || want.moveX !== this.sent.moveX || want.moveY !== this.sent.moveY)
      this.send({ type: 'move', x: want.moveX, y: want.moveY });
    if (resend || want.fire !== this.sent.fire) this.send({ type: 'fire', on: want.fire });
    if (resend || want.interact !== this.sent.interact)
      this.send({ type: 'interact', on: want.interact });
    this.sent = want;

    for (const click of this.clicks) {
      const p = this.view.worldPoint(click.x, click.y);
      const id = this.view.pick(p.x, p.y);
      if (id !== 0) this.send({ type: 'target', id });
    }
    this.clicks.length = 0;

    for (const code of this.presses) this.press(code, b, world);
    this.presses.length = 0;
    if (this.mode === 'space' && pad.pressed(PAD.rb)) this.send({ type: 'torpedo' });
    const slots = [PAD.x, PAD.y, PAD.lb, PAD.lt];
    slots.forEach((button, i) => {
      if (pad.pressed(button)) this.send({ type: 'ability', slot: i + 1 });
    });
  }

  private press(code: string, b: Record<string, string>, world: World): void {
    const slot = DIGITS[code];
    if (slot !== undefined) this.send({ type: 'ability', slot });
    if (code === b.target) this.send({ type: 'cycleTarget' });
    if (code === b.hail) for (const contact of world.hails) this.send({ type: 'hail', contact });
    if (this.mode !== 'space') return;
    if (code === b.torpedo) this.send({ type: 'torpedo' });
    if (code === b.fullImpulse) this.send({ type: 'fullImpulse', on: !world.input.fullImpulse });
  }

  /**
   * Forward/back step the throttle a quarter per press, and again every 250 ms while held.
   * `taps` is the presses made since the last frame (forward +1, back -1): each steps at once,
   * even one already let go.
   */
  private throttle(now: number, world: World, dir: number, taps: number): void {
    // A step sent this tick has not reached the world yet: build on it, not on the world.
    const base =
      this.lastThrottle.tick === world.tick ? this.lastThrottle.value : world.input.throttle;
    let steps = taps;
    if (taps !== 0) {
      this.throttleDir = Math.sign(taps);
      this.throttleNext = now + THROTTLE_REPEAT_MS;
    } else if (dir === 0) {
      this.throttleDir = 0;
      return;
    } else if (dir !== this.throttleDir || now >= this.throttleNext) {
      this.throttleDir = dir;
      this.throttleNext = now + THROTTLE_REPEAT_MS;
      steps = dir;
    }
    if (steps === 0) return;
    const value = Math.min(1, Math.max(0, Math.round((base + steps * THROTTLE_STEP) * 4) / 4));
    if (value === base) return;
    this.lastThrottle = { value, tick: world.tick };
    this.send({ type: 'throttle', value });
  }

  /** Ground: the mouse (or the right stick) aims, sent at most ten times a second. */
  private aimAt(now: number, world: World, pad: PadState): void {
    let target: { x: number; y: number } | null = null;
    if (Math.abs(pad.rx) > 0.3 || Math.abs(pad.ry) > 0.3) {
      const me = world.entities.find((e) => e.id === world.player);
      if (me) {
        const len = Math.sqrt(pad.rx * pad.rx + pad.ry * pad.ry);
        target = { x: me.x + (pad.rx / len) * 200, y: me.y + (pad.ry / len) * 200 };
      }
    } else if (this.pointer) {
      target = this.view.worldPoint(this.pointer.x, this.pointer.y);
    }
    if (!target) {
      if (this.aim) {
        this.aim = null;
        this.send({ type: 'clearAim' });
      }
      return;
    }
    if (now < this.aimNext) return;
    const x = Math.round(target.x);
    const y = Math.round(target.y);
    if (this.aim) {
      const dx = x - this.aim.x;
      const dy = y - this.aim.y;
      if (dx * dx + dy * dy <= AIM_MIN_MOVE * AIM_MIN_MOVE) return;
    }
    this.aim = { x, y };
    this.aimNext = now + AIM_INTERVAL_MS;
    this.send({ type: 'aim', x, y });
  }

  /** Lets go of every held control this controller had pressed. */
  private release(): void {
    if (this.sent.turn !== 0) this.send({ type: 'turn', value: 0 });
    if (this.sent.moveX !== 0 || this.sent.moveY !== 0) this.send({ type: 'move', x: 0, y: 0 });
    if (this.sent.fire) this.send({ type: 'fire', on: false });
    if (this.sent.interact) this.send({ type: 'interact', on: false });
    if (this.aim) this.send({ type: 'clearAim' });
    this.sent = { ...NEUTRAL };
    this.aim = null;
  }

  private readPad(): PadState {
    const plugin = this.scene.input.gamepad;
    const pad = plugin && plugin.total > 0 ? plugin.getPad(0) : undefined;
    const now: boolean[] = [];
    const values: number[] = [];
    if (pad?.connected) {
      pad.buttons.forEach((btn, i) => {
        values[i] = btn.value;
        now[i] = btn.pressed || btn.value > 0.5;
      });
    }
    const was = this.padWas;
    this.padWas = now;
    return {
      lx: pad?.connected ? pad.leftStick.x : 0,
      ly: pad?.connected ? pad.leftStick.y : 0,
      rx: pad?.connected ? pad.rightStick.x : 0,
      ry: pad?.connected ? pad.rightStick.y : 0,
      down: (i) => now[i] === true,
      pressed: (i) => now[i] === true && was[i] !== true,
      value: (i) => values[i] ?? 0,
    };
  }
}

interface PadState {
  lx: number;
  ly: number;
  rx: number;
  ry: number;
  down(button: number): boolean;
  pressed(button: number): boolean;
  value(button: number): number;
}
