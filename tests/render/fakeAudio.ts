/**
 * A fake AudioContext for Node: it makes no sound, it records what the sound engine asks of it
 * (every node made, every connection, every parameter value and ramp), so a test can check
 * what a sound is made of, how loud it is and where it is panned.
 */

export interface ParamCall {
  method: string;
  args: number[];
}

export class FakeParam {
  value: number;
  readonly calls: ParamCall[] = [];
  constructor(value = 0) {
    this.value = value;
  }
  private record(method: string, args: number[]) {
    this.calls.push({ method, args });
    return this;
  }
  setValueAtTime(v: number, t: number) {
    this.value = v;
    return this.record('setValueAtTime', [v, t]);
  }
  linearRampToValueAtTime(v: number, t: number) {
    return this.record('linearRampToValueAtTime', [v, t]);
  }
  exponentialRampToValueAtTime(v: number, t: number) {
    if (v <= 0) throw new RangeError('exponential ramp to a value ≤ 0');
    return this.record('exponentialRampToValueAtTime', [v, t]);
  }
  setTargetAtTime(v: number, t: number, c: number) {
    return this.record('setTargetAtTime', [v, t, c]);
  }
  cancelScheduledValues(t: number) {
    return this.record('cancelScheduledValues', [t]);
  }
}

export class FakeNode {
  readonly outputs: (FakeNode | FakeParam)[] = [];
  disconnected = false;
  constructor(
    readonly kind: string,
    readonly ctx: FakeAudioContext,
  ) {
    ctx.nodes.push(this);
  }
  connect(to: FakeNode | FakeParam) {
    this.outputs.push(to);
    return to;
  }
  disconnect() {
    this.disconnected = true;
  }
}

export class FakeSource extends FakeNode {
  started: number | null = null;
  stopped: number | null = null;
  onended: (() => void) | null = null;
  start(t = 0) {
    this.started = t;
  }
  stop(t = 0) {
    this.stopped = t;
  }
}

export class FakeAudioContext {
  readonly nodes: FakeNode[] = [];
  state: 'running' | 'suspended' | 'closed' = 'running';
  currentTime = 10;
  readonly sampleRate = 8000;
  readonly destination = new FakeNode('destination', this);

  createGain() {
    return Object.assign(new FakeNode('gain', this), { gain: new FakeParam(1) });
  }
  createStereoPanner() {
    return Object.assign(new FakeNode('panner', this), { pan: new FakeParam(0) });
  }
  createOscillator() {
    return Object.assign(new FakeSource('oscillator', this), {
      type: 'sine',
      frequency: new FakeParam(440),
      detune: new FakeParam(0),
    });
  }
  createBufferSource() {
    return Object.assign(new FakeSource('bufferSource', this), { buffer: null, loop: false });
  }
  createBiquadFilter() {
    return Object.assign(new FakeNode('biquad', this), {
      type: 'lowpass',
      frequency: new FakeParam(350),
      Q: new FakeParam(1),
    });
  }
  createWaveShaper() {
    return Object.assign(new FakeNode('waveShaper', this), { curve: null, oversample: 'none' });
  }
  createDynamicsCompressor() {
    return Object.assign(new FakeNode('compressor', this), {
      threshold: new FakeParam(),
      knee: new FakeParam(),
      ratio: new FakeParam(),
      attack: new FakeParam(),
      release: new FakeParam(),
    });
  }
  createBuffer(_channels: number, length: number) {
    const data = new Float32Array(length);
    return { getChannelData: () => data };
  }
  resume() {
    this.state = 'running';
    return Promise.resolve();
  }
  close() {
    this.state = 'closed';
    return Promise.resolve();
  }

  /** Nodes of a kind made since `from` (an index into `nodes`). */
  made(kind: string, from = 0): FakeNode[] {
    return this.nodes.slice(from).filter((n) => n.kind === kind);
  }
}

/** The SoundBoard's option that hands it this fake. */
export const fakeContext = (ctx: FakeAudioContext) => () => ctx as unknown as AudioContext;
