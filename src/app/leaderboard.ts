/**
 * The game's side of the leaderboard server (README, "Leaderboard server"): which server (the
 * setting, else the page's own origin when `/api/health` says it is one), submitting a library
 * record under the captain's name with the runner token kept per server and name, following
 * it from pending to verified or rejected, the board window, and a board entry's replay to
 * watch or race as a ghost. Everything from the server is data shown as text.
 */
import { formatIgt } from '../session/Session';
import type { RunRecord } from '../speedrun/recordFormat';
import type { HudStore, LeaderboardView, SubmissionView } from '../store/hud';
import { loadChecks } from './checks';

export interface LeaderboardOptions {
  store: HudStore;
  mission: string;
  owner(): { name: string; guest: boolean };
  record(id: string): Promise<RunRecord | undefined>;
  /** Adds a fetched record to the library (imported); returns a problem or null. */
  addRecord(id: string, record: RunRecord): Promise<string | null>;
  watch(id: string): void;
  race(id: string): void;
  /** Where tokens are kept (localStorage in the browser). */
  tokens: Pick<Storage, 'getItem' | 'setItem'>;
  fetch?: typeof fetch;
  /** This page's origin, tried as the server when none is set. */
  origin: string | null;
  pollMs?: number;
}

interface Health {
  service?: string;
  categories?: string[];
  difficulties?: string[];
  rankedCategory?: string;
}

const trimSlash = (u: string) => u.replace(/\/+$/, '');

export class Leaderboard {
  private ownOrigin: string | null = null;
  private health: Health | null = null;
  private healthOf = '';
  private readonly fetch: typeof fetch;

  constructor(private readonly o: LeaderboardOptions) {
    this.fetch = o.fetch ?? ((...a) => globalThis.fetch(...a));
    o.store.subscribe((s, prev) => {
      if (s.settings.leaderboardServer !== prev.settings.leaderboardServer)
        this.patch({ server: this.server() });
    });
  }

  /** Asks the page's own origin whether it is a leaderboard server. */
  async detect(): Promise<void> {
    if (!this.o.origin) return;
    const h = await this.getHealth(this.o.origin);
    if (h) {
      this.ownOrigin = this.o.origin;
      this.patch({ server: this.server() });
    }
  }

  server(): string {
    const set = this.o.store.getState().settings.leaderboardServer.trim();
    return set ? trimSlash(set) : (this.ownOrigin ?? '');
  }

  private patch(p: Partial<LeaderboardView>): void {
    const s = this.o.store.getState();
    this.o.store.setState({ leaderboard: { ...s.leaderboard, ...p } });
  }

  private setSubmission(id: string, v: SubmissionView): void {
    const l = this.o.store.getState().leaderboard;
    this.patch({ submissions: { ...l.submissions, [id]: v } });
  }

  private async getHealth(server: string): Promise<Health | null> {
    if (this.health && this.healthOf === server) return this.health;
    try {
      const res = await this.fetch(`${server}/api/health`);
      if (!res.ok) return null;
      const h = (await res.json()) as Health;
      if (h.service !== 'shutdown-leaderboard') return null;
      this.health = h;
      this.healthOf = server;
      return h;
    } catch {
      return null;
    }
  }

  async open(open: boolean): Promise<void> {
    const server = this.server();
    this.patch({ open, server, error: null });
    if (!open) return;
    if (!server) {
      this.patch({ error: 'No leaderboard server is set (Pause › Settings).' });
      return;
    }
    const h = await this.getHealth(server);
    if (!h) {
      this.patch({ error: `${server} is not a leaderboard server, or it cannot be reached.` });
      return;
    }
    const l = this.o.store.getState().leaderboard;
    const categories = h.categories ?? [];
    const category = categories.includes(l.category)
      ? l.category
      : (h.rankedCategory ?? categories[0] ?? '');
    this.patch({ categories, difficulties: h.difficulties ?? [] });
    await this.show(category, l.difficulty || 'normal');
  }

  async show(category: string, difficulty: string): Promise<void> {
    const server = this.server();
    this.patch({ category, difficulty, loading: true, error: null });
    try {
      const mission = this.o.mission;
      const res = await this.fetch(
        `${server}/api/leaderboards/${encodeURIComponent(mission)}/${encodeURIComponent(category)}?difficulty=${encodeURIComponent(difficulty)}&limit=100`,
      );
      const body = (await res.json()) as {
        total?: number;
        entries?: { place: number; id: string; runner: string; igtTicks: number }[];
        message?: string;
      };
      if (!res.ok) throw new Error(body.message ?? `the server answered ${res.status}`);
      const me = this.o.owner();
      const mine = me.guest ? null : me.name.toLowerCase();
      // A later choice while this one was loading wins.
      const now = this.o.store.getState().leaderboard;
      if (now.category !== category || now.difficulty !== difficulty) return;
      this.patch({
        loading: false,
        total: body.total ?? 0,
        entries: (body.entries ?? []).map((e) => ({
          place: e.place,
          runId: e.id,
          runner: String(e.runner),
          igtTicks: e.igtTicks,
          igt: formatIgt(e.igtTicks),
          mine: mine !== null && String(e.runner).toLowerCase() === mine,
        })),
      });
    } catch (e) {
      this.patch({
        loading: false,
        entries: [],
        total: 0,
        error: `The board could not be read: ${(e as Error).message}`,
      });
    }
  }

  private tokenKey = (server: string, name: string) =>
    `shutdown.runnerToken:${server}:${name.toLowerCase()}`;

  async submit(replayId: string): Promise<void> {
    const server = this.server();
    const me = this.o.owner();
    if (!server) {
      this.setSubmission(replayId, { status: 'failed', message: 'No leaderboard server is set.' });
      return;
    }
    if (me.guest) {
      this.setSubmission(replayId, {
        status: 'failed',
        message: 'Create a captain to submit runs under a name.',
      });
      return;
    }
    const record = await this.o.record(replayId);
    if (!record) {
      this.setSubmission(replayId, {
        status: 'failed',
        message: 'That record is no longer in the library.',
      });
      return;
    }
    this.setSubmission(replayId, { status: 'sending', message: 'Sending…' });
    const key = this.tokenKey(server, me.name);
    const token = this.o.tokens.getItem(key);
    let runId: string;
    try {
      const res = await this.fetch(`${server}/api/runs`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ runner: me.name, record }),
      });
      const body = (await res.json()) as {
        id?: string;
        token?: string;
        message?: string;
        status?: string;
      };
      if (res.status !== 202 && res.status !== 200)
        throw new Error(body.message ?? `the server answered ${res.status}`);
      if (body.token) this.o.tokens.setItem(key, body.token);
      runId = String(body.id);
    } catch (e) {
      this.setSubmission(replayId, {
        status: 'failed',
        message: `Not sent: ${(e as Error).message}`,
      });
      return;
    }
    await this.follow(server, replayId, runId);
  }

  private async follow(server: string, replayId: string, runId: string): Promise<void> {
    const pollMs = this.o.pollMs ?? 1000;
    for (let i = 0; i < 600; i++) {
      try {
        const res = await this.fetch(`${server}/api/runs/${encodeURIComponent(runId)}`);
        const run = (await res.json()) as { status?: string; igtTicks?: number; reason?: string };
        if (run.status === 'verified') {
          this.setSubmission(replayId, {
            status: 'verified',
            message: `Verified: ${formatIgt(run.igtTicks ?? 0)}`,
          });
          return;
        }
        if (run.status === 'rejected') {
          this.setSubmission(replayId, {
            status: 'rejected',
            message: `Rejected: ${run.reason ?? 'not verified'}`,
          });
          return;
        }
        this.setSubmission(replayId, { status: 'pending', message: 'Pending verification…' });
      } catch {
        this.setSubmission(replayId, {
          status: 'pending',
          message: 'Pending (the server did not answer)…',
        });
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  /** Fetches a board entry's record into the library, then watches or races it. */
  async use(runId: string, how: 'watch' | 'race'): Promise<void> {
    const server = this.server();
    try {
      const res = await this.fetch(`${server}/api/runs/${encodeURIComponent(runId)}/replay`);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      const { parseRecordText } = await loadChecks();
      const parsed = parseRecordText(await res.text());
      if (!parsed.ok)
        throw new Error(`${parsed.problems[0]!.path}: ${parsed.problems[0]!.message}`);
      const id = `board-${runId}`;
      const problem = await this.o.addRecord(id, parsed.record);
      if (problem) throw new Error(problem);
      this.patch({ open: false });
      if (how === 'watch') this.o.watch(id);
      else this.o.race(id);
    } catch (e) {
      this.patch({ error: `That run could not be loaded: ${(e as Error).message}` });
    }
  }
}
