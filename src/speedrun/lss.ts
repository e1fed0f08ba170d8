/**
 * LiveSplit splits files (`.lss`, `<Run version="1.7.0">`): written from a captain's attempts of
 * one category (SPEEDRUN.md, Features 5), and read back as a comparison.
 *
 * Written: `GameIcon`, `GameName`, `CategoryName`, `Metadata` (the difficulty as a variable),
 * `Offset`, `AttemptCount`, `AttemptHistory` (one `Attempt` per attempt with its start and end
 * dates, its game time when it finished and its real time when known), `Segments` (one per split,
 * named in LiveSplit's subsplit convention: `-Objective` inside a step, `{Step} Objective` for a
 * step's last split), each with the personal best's `SplitTimes` (cumulative), its
 * `BestSegmentTime` and `SegmentHistory`, and `AutoSplitterSettings`. Only game time is written
 * for splits: the game's timing method is in-game time (SPEEDRUN.md, Timing), and a LiveSplit
 * layout compares against game time when its timing method is set to Game Time.
 *
 * Times are `hh:mm:ss.fffffff`: ticks × 10⁷ / 60 rounded to LiveSplit's 100 ns units; read times
 * go back to the nearest tick. Attempt dates are LiveSplit's `MM/dd/yyyy HH:mm:ss` in UTC.
 *
 * Reading never throws: a file that is not XML, or XML that is not a LiveSplit run, is refused
 * with a sentence naming what is wrong.
 */
import { TICKS_PER_SECOND } from '../sim/balance';
import type { Comparison } from './splits';
import { child, childrenNamed, escapeXml, parseXml, type XmlElement } from './xml';

export const LSS_VERSION = '1.7.0';
export const LSS_GAME_NAME = 'Star Trek Online: Shutdown';
/** LiveSplit's name for the personal best comparison. */
export const PERSONAL_BEST = 'Personal Best';

/** 100 ns units in a second (.NET TimeSpan ticks). */
const UNITS_PER_SECOND = 10_000_000;

/** A split of a category, as the category data gives it (speedrun/categories). */
export interface LssSplit {
  id: string;
  title: string;
  /** The step it belongs to: consecutive splits of one group become LiveSplit subsplits. */
  group: string;
  groupTitle: string;
}

/** One attempt: when it ran and the game time at each split it reached (from its start). */
export interface LssAttempt {
  /** ISO date of the start. */
  started: string;
  /** ISO date of the end, when known. */
  ended?: string;
  /** Every split done: the run's final time is the last split's. */
  complete: boolean;
  /** Game time in ticks from the attempt's start at each split reached. */
  splits: Record<string, number>;
  /** Real time of the whole attempt in ms, when known. */
  realMs?: number;
  /** Game time of the whole attempt in ticks (the last split's for a complete one). */
  igtTicks: number;
}

export interface LssInput {
  categoryName: string;
  splits: readonly LssSplit[];
  attempts: readonly LssAttempt[];
  /** Speedrun.com-style variables (Difficulty: Normal). */
  variables?: Record<string, string>;
  gameName?: string;
  /**
   * Every attempt ever made, when more than the ones listed (the game keeps the newest 50 and
   * every PB): written as `AttemptCount`.
   */
  attemptCount?: number;
  /** Best segments known besides the listed attempts' (split id → ticks): the lower one is written. */
  bestSegments?: Readonly<Record<string, number>>;
}

/**
 * A comparison taken from an `.lss`: split id → cumulative game time in ticks, or null. The
 * same shape as the splits panel's other comparisons (splits.ts).
 */
export type LssComparison = Comparison;

/** `hh:mm:ss.fffffff` for a game time in ticks (days as `d.` when there are any). */
export function formatLssTime(ticks: number): string {
  const safe = Number.isFinite(ticks) ? Math.max(0, ticks) : 0;
  const units = Math.round((safe * UNITS_PER_SECOND) / TICKS_PER_SECOND);
  const perHour = 3600 * UNITS_PER_SECOND;
  const days = Math.floor(units / (24 * perHour));
  const h = Math.floor(units / perHour) % 24;
  const m = Math.floor(units / (60 * UNITS_PER_SECOND)) % 60;
  const s = Math.floor(units / UNITS_PER_SECOND) % 60;
  const f = units % UNITS_PER_SECOND;
  const two = (x: number) => String(x).padStart(2, '0');
  return `${days > 0 ? `${days}.` : ''}${two(h)}:${two(m)}:${two(s)}.${String(f).padStart(7, '0')}`;
}

/**
 * Ticks from a LiveSplit time (`[-][d.]h:mm:ss[.fffffff]`), rounded to the nearest tick; null
 * when it is not one (or negative, or longer than 100 days).
 */
export function parseLssTime(text: string): number | null {
  const m = /^\s*(?:(\d{1,3})\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?\s*$/.exec(text);
  if (!m) return null;
  const [, d, h, min, s, frac] = m;
  if (Number(min) > 59 || Number(s) > 59 || Number(h) > (d === undefined ? 99 : 23)) return null;
  const seconds = Number(d ?? 0) * 86400 + Number(h) * 3600 + Number(min) * 60 + Number(s);
  if (seconds > 100 * 86400) return null;
  const units = seconds * UNITS_PER_SECOND + Number((frac ?? '').padEnd(7, '0'));
  return Math.round((units * TICKS_PER_SECOND) / UNITS_PER_SECOND);
}

/**
 * LiveSplit's attempt date, `MM/dd/yyyy HH:mm:ss` in UTC, from a record's ISO date (UTC, as
 * `toISOString` writes it); null for anything else. Read as text: the pure layers use no clock.
 */
export function formatLssDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return `${mo}/${d}/${y} ${h}:${mi}:${s}`;
}

/** The segment names LiveSplit's Subsplits component groups: `-Name`, then `{Group} Name`. */
export function segmentNames(splits: readonly LssSplit[]): string[] {
  return splits.map((s, i) => {
    const next = splits[i + 1];
    const lastOfGroup = !next || next.group !== s.group;
    const groupSize = splits.filter((x) => x.group === s.group).length;
    if (groupSize <= 1) return s.title;
    return lastOfGroup ? `{${s.groupTitle}} ${s.title}` : `-${s.title}`;
  });
}

/** A segment's name without the subsplit marks (`-`, `{Group} `). */
export const plainSegmentName = (name: string): string =>
  name
    .replace(/^-/, '')
    .replace(/^\{[^}]*\}\s*/, '')
    .trim();

/** Cumulative split times → per-segment times (null where either end is missing). */
function segmentTimes(splits: readonly LssSplit[], at: Record<string, number>): (number | null)[] {
  return splits.map((s, i) => {
    const end = Object.hasOwn(at, s.id) ? at[s.id]! : null;
    if (end === null) return null;
    if (i === 0) return end;
    const prev = splits[i - 1]!;
    const start = Object.hasOwn(at, prev.id) ? at[prev.id]! : null;
    return start === null ? null : end - start;
  });
}

/** The fastest complete attempt (the first of equals), or null. */
export function personalBest(attempts: readonly LssAttempt[]): LssAttempt | null {
  let best: LssAttempt | null = null;
  for (const a of attempts) if (a.complete && (!best || a.igtTicks < best.igtTicks)) best = a;
  return best;
}

/** The fastest time of each segment over all attempts (null where none reached it). */
export function bestSegments(
  splits: readonly LssSplit[],
  attempts: readonly LssAttempt[],
): (number | null)[] {
  const best: (number | null)[] = splits.map(() => null);
  for (const a of attempts)
    segmentTimes(splits, a.splits).forEach((t, i) => {
      if (t !== null && (best[i] === null || t < best[i]!)) best[i] = t;
    });
  return best;
}

const gameTime = (ticks: number, indent: string) =>
  `${indent}<GameTime>${formatLssTime(ticks)}</GameTime>\n`;

/** The `.lss` text for a category's attempts (oldest first: their ids are 1, 2, …). */
export function writeLss(input: LssInput): string {
  const { splits, attempts } = input;
  const pb = personalBest(attempts);
  const golds = bestSegments(splits, attempts).map((g, i) => {
    const known = input.bestSegments?.[splits[i]!.id];
    return typeof known === 'number' &&
      Number.isFinite(known) &&
      known >= 0 &&
      (g === null || known < g)
      ? known
      : g;
  });
  const perAttempt = attempts.map((a) => segmentTimes(splits, a.splits));
  const names = segmentNames(splits);
  let x = '<?xml version="1.0" encoding="UTF-8"?>\n';
  x += `<Run version="${LSS_VERSION}">\n`;
  x += '  <GameIcon />\n';
  x += `  <GameName>${escapeXml(input.gameName ?? LSS_GAME_NAME)}</GameName>\n`;
  x += `  <CategoryName>${escapeXml(input.categoryName)}</CategoryName>\n`;
  x += '  <LayoutPath>\n  </LayoutPath>\n';
  x += '  <Metadata>\n    <Run id="" />\n    <Platform usesEmulator="False">\n    </Platform>\n';
  x += '    <Region>\n    </Region>\n    <Variables>\n';
  for (const [k, v] of Object.entries(input.variables ?? {}))
    x += `      <Variable name="${escapeXml(k)}">${escapeXml(v)}</Variable>\n`;
  x += '    </Variables>\n  </Metadata>\n';
  x += '  <Offset>00:00:00</Offset>\n';
  const count = Math.max(attempts.length, Math.floor(input.attemptCount ?? 0) || 0);
  x += `  <AttemptCount>${count}</AttemptCount>\n`;
  x += '  <AttemptHistory>\n';
  attempts.forEach((a, i) => {
    const started = formatLssDate(a.started);
    const ended = a.ended ? formatLssDate(a.ended) : null;
    const dates = `${started ? ` started="${started}" isStartedSynced="True"` : ''}${ended ? ` ended="${ended}" isEndedSynced="True"` : ''}`;
    if (!a.complete) {
      x += `    <Attempt id="${i + 1}"${dates} />\n`;
      return;
    }
    x += `    <Attempt id="${i + 1}"${dates}>\n`;
    if (a.realMs !== undefined && Number.isFinite(a.realMs) && a.realMs >= 0)
      x += `      <RealTime>${formatLssTime((a.realMs * TICKS_PER_SECOND) / 1000)}</RealTime>\n`;
    x += gameTime(a.igtTicks, '      ');
    x += '    </Attempt>\n';
  });
  x += '  </AttemptHistory>\n  <Segments>\n';
  splits.forEach((s, i) => {
    x += '    <Segment>\n';
    x += `      <Name>${escapeXml(names[i]!)}</Name>\n      <Icon />\n`;
    x += `      <SplitTimes>\n        <SplitTime name="${PERSONAL_BEST}"`;
    const pbAt = pb && Object.hasOwn(pb.splits, s.id) ? pb.splits[s.id]! : null;
    x += pbAt === null ? ' />\n' : `>\n${gameTime(pbAt, '          ')}        </SplitTime>\n`;
    x += '      </SplitTimes>\n';
    const gold = golds[i];
    x +=
      gold === null || gold === undefined
        ? '      <BestSegmentTime />\n'
        : `      <BestSegmentTime>\n${gameTime(gold, '        ')}      </BestSegmentTime>\n`;
    x += '      <SegmentHistory>\n';
    perAttempt.forEach((times, ai) => {
      const t = times[i];
      if (t !== null && t !== undefined)
        x += `        <Time id="${ai + 1}">\n${gameTime(t, '          ')}        </Time>\n`;
    });
    x += '      </SegmentHistory>\n    </Segment>\n';
  });
  x += '  </Segments>\n  <AutoSplitterSettings />\n</Run>\n';
  return x;
}

/** What is read from an `.lss`. Times are ticks (cumulative for `pb`, per segment otherwise). */
export interface LssRun {
  version: string;
  gameName: string;
  categoryName: string;
  variables: Record<string, string>;
  attemptCount: number;
  attempts: { id: number; started: string | null; ended: string | null; gameTime: number | null }[];
  segments: {
    name: string;
    pb: number | null;
    best: number | null;
    history: { id: number; time: number }[];
  }[];
  /** The times were read from real time (the file had no game time for the personal best). */
  realTimeOnly: boolean;
}

export type LssReadResult = { ok: true; run: LssRun } | { ok: false; message: string };

/** Game time of a timed element (`<GameTime>`), else its real time when allowed. */
function timeOf(el: XmlElement | undefined, real: boolean): number | null | 'bad' {
  const g = child(el, real ? 'RealTime' : 'GameTime');
  if (!g) return null;
  const t = parseLssTime(g.text);
  return t === null ? 'bad' : t;
}

const MAX_SEGMENTS = 1_000;
const MAX_NAME = 200;

/** Reads an `.lss` text; refuses what is not XML or not a LiveSplit run, naming the problem. */
export function readLss(text: unknown): LssReadResult {
  try {
    return read(text);
  } catch (e) {
    return { ok: false, message: `It could not be read: ${String((e as Error)?.message ?? e)}.` };
  }
}

function read(text: unknown): LssReadResult {
  const refuse = (message: string): LssReadResult => ({ ok: false, message });
  if (typeof text === 'string' && /^\s*[{[]/.test(text))
    return refuse('This is not a LiveSplit splits file: it looks like JSON, not XML.');
  const xml = parseXml(text);
  if (!xml.ok) return refuse(`This is not a LiveSplit splits file: ${xml.message}.`);
  const run = xml.root;
  if (run.name !== 'Run')
    return refuse(
      `This is not a LiveSplit splits file: its root element is <${run.name.slice(0, 40)}>, not <Run>.`,
    );
  const segmentsEl = child(run, 'Segments');
  if (!segmentsEl)
    return refuse('This LiveSplit file has no <Segments>: there are no splits in it.');
  const segmentEls = childrenNamed(segmentsEl, 'Segment');
  if (segmentEls.length === 0) return refuse('This LiveSplit file has no segments.');
  if (segmentEls.length > MAX_SEGMENTS)
    return refuse(`This LiveSplit file has more than ${MAX_SEGMENTS} segments.`);
  // Game time when the personal best has any; else real time (a file from a real-time layout).
  const pbOf = (seg: XmlElement) =>
    childrenNamed(child(seg, 'SplitTimes'), 'SplitTime').find(
      (s) => s.attrs.name === PERSONAL_BEST,
    );
  const hasGame = segmentEls.some((s) => child(pbOf(s), 'GameTime'));
  const hasReal = segmentEls.some((s) => child(pbOf(s), 'RealTime'));
  const real = !hasGame && hasReal;
  const segments: LssRun['segments'] = [];
  for (const [i, seg] of segmentEls.entries()) {
    const name = (child(seg, 'Name')?.text ?? '').trim().slice(0, MAX_NAME);
    const pb = timeOf(pbOf(seg), real);
    if (pb === 'bad')
      return refuse(`Segment ${i + 1} (“${name}”): its Personal Best time is not a time.`);
    const best = timeOf(child(seg, 'BestSegmentTime'), real);
    if (best === 'bad')
      return refuse(`Segment ${i + 1} (“${name}”): its best segment time is not a time.`);
    const history: { id: number; time: number }[] = [];
    for (const t of childrenNamed(child(seg, 'SegmentHistory'), 'Time')) {
      const id = Number(t.attrs.id);
      const time = timeOf(t, real);
      if (Number.isSafeInteger(id) && typeof time === 'number') history.push({ id, time });
    }
    segments.push({ name, pb, best, history });
  }
  const attempts: LssRun['attempts'] = [];
  for (const a of childrenNamed(child(run, 'AttemptHistory'), 'Attempt')) {
    const id = Number(a.attrs.id);
    if (!Number.isSafeInteger(id)) continue;
    const t = timeOf(a, real);
    attempts.push({
      id,
      started: a.attrs.started ?? null,
      ended: a.attrs.ended ?? null,
      gameTime: typeof t === 'number' ? t : null,
    });
  }
  const countText = child(run, 'AttemptCount')?.text.trim() ?? '';
  const count = /^\d{1,9}$/.test(countText) ? Number(countText) : attempts.length;
  const variables: Record<string, string> = {};
  for (const v of childrenNamed(child(child(run, 'Metadata'), 'Variables'), 'Variable')) {
    const key = v.attrs.name;
    if (key && !Object.hasOwn(variables, key) && Object.keys(variables).length < 50)
      Object.defineProperty(variables, key.slice(0, MAX_NAME), {
        value: v.text.trim().slice(0, MAX_NAME),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return {
    ok: true,
    run: {
      version: (run.attrs.version ?? '').slice(0, 20),
      gameName: (child(run, 'GameName')?.text ?? '').trim().slice(0, MAX_NAME),
      categoryName: (child(run, 'CategoryName')?.text ?? '').trim().slice(0, MAX_NAME),
      variables,
      attemptCount: count,
      attempts,
      segments,
      realTimeOnly: real,
    },
  };
}

/**
 * The personal best of a read `.lss` as a comparison for a category's splits: by position when
 * the file has exactly as many segments as the category has splits, else by segment name (the
 * split's title, subsplit marks left aside). Splits not found are null.
 */
export function lssComparison(
  run: LssRun,
  splits: readonly LssSplit[],
  name?: string,
): LssComparison {
  const splitTimes: Record<string, number | null> = {};
  if (run.segments.length === splits.length)
    splits.forEach((s, i) => {
      splitTimes[s.id] = run.segments[i]!.pb;
    });
  else {
    const used = new Set<number>();
    for (const s of splits) {
      const i = run.segments.findIndex(
        (seg, k) => !used.has(k) && plainSegmentName(seg.name) === s.title,
      );
      if (i >= 0) used.add(i);
      splitTimes[s.id] = i >= 0 ? run.segments[i]!.pb : null;
    }
  }
  const label = run.categoryName || 'Imported splits';
  return { name: name ?? `${label} (LiveSplit)`, splitTimes };
}
