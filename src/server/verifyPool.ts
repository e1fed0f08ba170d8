/**
 * A pool of verification threads with limits. Each thread has a heap limit (resourceLimits);
 * each job a time limit, after which the thread is terminated. A thread that runs out of
 * memory, throws outside the verifier, exits or times out rejects its job with the reason and
 * is replaced, so one hostile record never stops the server. Records are re-simulated one at a
 * time per thread.
 */
import { Worker } from 'node:worker_threads';
import type { VerifyLimits } from './config';

export interface ThreadRequest {
  jobId: number;
  text: string;
}

export interface ThreadResult {
  jobId: number;
  verified: boolean;
  igtTicks?: number;
  splits?: { id: string; tick: number }[];
  reason?: string;
  divergedAtTick?: number;
}

export type Verdict = Omit<ThreadResult, 'jobId'>;

interface Slot {
  worker: Worker;
  busy: { jobId: number; resolve: (v: Verdict) => void; timer: NodeJS.Timeout } | null;
}

export interface PoolOptions {
  threads: number;
  script: string;
  missionsDir: string;
  limits: VerifyLimits;
}

export class VerifyPool {
  private slots: Slot[] = [];
  private waiting: { text: string; resolve: (v: Verdict) => void }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.threads; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  get idle(): number {
    return this.slots.filter((s) => !s.busy).length - this.waiting.length;
  }

  verify(text: string): Promise<Verdict> {
    if (this.closed) return Promise.resolve({ verified: false, reason: 'the server is stopping' });
    return new Promise((resolve) => {
      this.waiting.push({ text, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting.splice(0))
      w.resolve({ verified: false, reason: 'the server is stopping' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, {
      workerData: { missionsDir: this.options.missionsDir, maxTicks: this.options.limits.maxTicks },
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.limits.heapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, this.options.limits.heapMb / 8)),
      },
    });
    worker.unref();
    const slot: Slot = { worker, busy: null };
    worker.on('message', (r: ThreadResult) => {
      if (!slot.busy || slot.busy.jobId !== r.jobId) return;
      const { resolve, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      const { jobId: _, ...verdict } = r;
      resolve(verdict);
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      this.fail(
        slot,
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the verifier ran out of memory (limit ${this.options.limits.heapMb} MB)`
          : `the verifier crashed (${e.message.split('\n')[0]})`,
      );
    });
    worker.on('exit', (code) => {
      this.fail(slot, `the verifier exited (code ${code})`);
    });
    return slot;
  }

  /** Ends the slot's job with `reason` and puts a fresh thread in its place. */
  private fail(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const busy = slot.busy;
    slot.busy = null;
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve({ verified: false, reason });
    }
    void slot.worker.terminate();
    if (this.closed) {
      this.slots.splice(i, 1);
      return;
    }
    this.slots[i] = this.spawn();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.waiting.shift();
      if (!next) return;
      const jobId = this.nextId++;
      const timer = setTimeout(
        () =>
          this.fail(
            slot,
            `verification took longer than ${this.options.limits.timeoutMs / 1000} s`,
          ),
        this.options.limits.timeoutMs,
      );
      slot.busy = { jobId, resolve: next.resolve, timer };
      slot.worker.postMessage({ jobId, text: next.text } satisfies ThreadRequest);
    }
  }
}
