/** LiveSplit files in the browser: the export from the run library, the import as a comparison. */
import { describe, expect, it } from 'vitest';
import { LssFiles } from '../../src/app/lssFiles';
import { MemoryKeyValue, RunLibrary } from '../../src/app/runLibrary';
import { categoryById } from '../../src/speedrun/categories';
import { readLss, writeLss } from '../../src/speedrun/lss';
import { type Board, emptyBoard } from '../../src/speedrun/splits';
import { createHudStore } from '../../src/store/hud';
import { script } from '../sim/simHelpers';
import { botRecord } from '../speedrun/helpers';

function rig(board?: Board) {
  const store = createHudStore();
  let n = 0;
  const library = new RunLibrary(new MemoryKeyValue(), () => `r${++n}`);
  const downloads: { name: string; blob: Blob }[] = [];
  const files = new LssFiles({
    script,
    store,
    library,
    owner: () => ({ key: 'c1' }),
    download: (name, blob) => downloads.push({ name, blob }),
    board: (category, difficulty) =>
      board && category === 'autopilot' && difficulty === 'normal' ? board : undefined,
  });
  files.publish();
  return { store, library, files, downloads, lss: () => store.getState().lss };
}

const file = (text: string, name: string) => Object.assign(new Blob([text]), { name });

describe('LssFiles', () => {
  it('offers every category and difficulty, Any% on Normal first', () => {
    const { lss } = rig();
    expect(lss().category).toBe('any%');
    expect(lss().difficulty).toBe('normal');
    expect(lss().categories.map((c) => c.id)).toContain('autopilot');
    expect(lss().difficulties.map((d) => d.id)).toEqual(['normal', 'advanced', 'elite']);
  });

  it('exports the captain’s attempts of the chosen category only', async () => {
    const { library, files, downloads, lss } = rig();
    const a = botRecord(1).record;
    const b = botRecord(2).record;
    b.run.startedAt = '2026-12-02T11:00:00.000Z';
    b.timing = { rtaMs: 300_000, pauseMs: 0 };
    await library.add('c1', a);
    await library.add('c1', b);
    await library.add('someone-else', botRecord(3).record);
    await files.exportFile();
    expect(downloads).toEqual([]);
    expect(lss().error).toMatch(/No attempt of Any% on Normal/);
    files.choose('autopilot', 'normal');
    await files.exportFile();
    expect(downloads.map((d) => d.name)).toEqual(['Shutdown - Autopilot.lss']);
    const read = readLss(await downloads[0]!.blob.text());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.run.attemptCount).toBe(2);
    expect(read.run.categoryName).toBe('Autopilot');
    const pb = Math.min(a.result.igtTicks, b.result.igtTicks);
    expect(read.run.segments.at(-1)!.pb).toBe(pb);
    expect(read.run.attempts[1]).toMatchObject({
      started: '12/02/2026 11:00:00',
      ended: '12/02/2026 11:05:00',
    });
    expect(lss().message).toMatch(/2 attempts/);
  });

  it('counts every attempt on the board and keeps its best segments, beyond the records kept', async () => {
    // The board has seen 120 attempts; the library kept one record. A segment was once faster
    // than anything the kept record shows.
    const record = botRecord(1).record;
    const category = categoryById(script, 'autopilot')!;
    const first = category.splits[0]!.id;
    const firstTick =
      record.result.splits[0]![1] - (record.result.endTick - record.result.igtTicks);
    const board: Board = {
      ...emptyBoard(),
      attempts: 120,
      bestSegments: { [first]: firstTick - 30 },
    };
    const { library, files, downloads, lss } = rig(board);
    await library.add('c1', record);
    files.choose('autopilot', 'normal');
    await files.exportFile();
    const read = readLss(await downloads[0]!.blob.text());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.run.attemptCount).toBe(120);
    expect(read.run.attempts).toHaveLength(1);
    expect(read.run.segments[0]!.best).toBe(firstTick - 30);
    // Where the board knows no better, the record's own segment stands.
    expect(read.run.segments[1]!.best).not.toBeNull();
    expect(lss().message).toMatch(/120 attempts/);
  });

  it('imports an .lss as a comparison for the chosen category', async () => {
    const { files, lss } = rig();
    files.choose('autopilot', 'normal');
    const record = botRecord(2).record;
    const splits = Object.fromEntries(record.result.splits.map(([id, t]) => [id, t - 1]));
    const category = categoryById(script, 'autopilot')!;
    const text = writeLss({
      categoryName: 'Autopilot',
      splits: category.splits,
      attempts: [
        { started: record.run.startedAt, complete: true, splits, igtTicks: record.result.igtTicks },
      ],
    });
    await files.importFile(file(text, 'mine.lss'));
    expect(lss().error).toBeNull();
    expect(lss().comparison).toMatchObject({
      name: 'Autopilot (LiveSplit)',
      categoryId: 'autopilot',
      matched: 17,
      total: 17,
    });
    expect(lss().comparison?.splitTimes).toEqual(files.comparison?.splitTimes);
    expect(files.comparison?.splitTimes['report-to-starfleet']).toBe(record.result.igtTicks);
  });

  it('refuses what is not an .lss, and one whose segments match nothing', async () => {
    const { files, lss } = rig();
    await files.importFile(file('{"format":"shutdown-replay"}', 'run.replay.json'));
    expect(lss().error).toMatch(
      /^run\.replay\.json was not loaded\. This is not a LiveSplit splits file: it looks like JSON/,
    );
    expect(lss().comparison).toBeNull();
    await files.importFile(file('<html><p>hello</p></html>', 'page.html'));
    expect(lss().error).toMatch(/root element is <html>/);
    const other = writeLss({
      categoryName: 'Any%',
      splits: [{ id: 'x', title: 'Jump', group: 'g', groupTitle: 'G' }],
      attempts: [],
    });
    await files.importFile(file(other, 'mario.lss'));
    expect(lss().error).toMatch(/none of its segments matches a split of Any%/);
    expect(files.comparison).toBeNull();
  });
});
