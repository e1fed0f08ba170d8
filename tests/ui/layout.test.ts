// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHudStore, type HudState } from '../../src/store/hud';
import { freeArea, HudLayout, intersects, labelFit, type Rect } from '../../src/ui/layout';
import { mountUi } from '../../src/ui/mountUi';

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});

describe('intersects', () => {
  it('is true for shared area and false for touching edges or apart', () => {
    expect(intersects(rect(0, 0, 10, 10), rect(5, 5, 10, 10))).toBe(true);
    expect(intersects(rect(0, 0, 10, 10), rect(10, 0, 10, 10))).toBe(false);
    expect(intersects(rect(0, 0, 10, 10), rect(0, 10, 10, 10))).toBe(false);
    expect(intersects(rect(0, 0, 10, 10), rect(30, 30, 5, 5))).toBe(false);
  });
});

describe('freeArea', () => {
  const cell = rect(354, 104, 552, 480);

  it('is the cell when no panel reaches into it', () => {
    const panels = [rect(12, 12, 300, 260), rect(918, 12, 350, 400), rect(354, 12, 552, 80)];
    expect(freeArea(cell, panels)).toEqual(cell);
  });

  it('cuts a panel reaching in from the right, keeping the larger part', () => {
    // An overflowing transmission 60 px into the cell's right side.
    const f = freeArea(cell, [rect(846, 200, 300, 150)]);
    expect(f).toEqual(rect(354, 104, 492, 480));
  });

  it('cuts a panel reaching up from the bottom', () => {
    const f = freeArea(cell, [rect(500, 540, 200, 100)]);
    expect(f).toEqual(rect(354, 104, 552, 436));
  });

  it('never returns an area that overlaps a panel, nor one outside the cell', () => {
    const panels = [rect(300, 80, 120, 200), rect(800, 500, 300, 200), rect(600, 90, 80, 60)];
    const f = freeArea(cell, panels);
    for (const p of panels) expect(intersects(f, p)).toBe(false);
    expect(f.x).toBeGreaterThanOrEqual(cell.x);
    expect(f.y).toBeGreaterThanOrEqual(cell.y);
    expect(f.x + f.width).toBeLessThanOrEqual(cell.x + cell.width);
    expect(f.y + f.height).toBeLessThanOrEqual(cell.y + cell.height);
    expect(f.width * f.height).toBeGreaterThan(0);
  });

  it('is empty (no size) when a panel covers the whole cell', () => {
    const f = freeArea(cell, [rect(0, 0, 2000, 2000)]);
    expect(f.width * f.height).toBe(0);
  });
});

describe('labelFit', () => {
  it('gives long names a smaller size class, by characters (not UTF-16 units)', () => {
    expect(labelFit('Photon Grenade', 18, 28)).toBe('');
    expect(labelFit('Emergency Power to Shields', 18, 28)).toBe('is-long');
    expect(labelFit('Emergency Power to Shields and Engines', 18, 28)).toBe('is-very-long');
    expect(labelFit('🖖'.repeat(18), 18, 28)).toBe('');
  });
});

describe('HudLayout', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  /** A HUD whose boxes are given (happy-dom does no layout). */
  function hud(boxes: Record<string, Rect>) {
    const root = document.createElement('div');
    root.innerHTML = `<div class="sto-hud"><div class="hud-layer">
      <div class="hud-free"></div>
      <section class="panel comm"></section>
      <div class="minimap-reserve"></div>
      <div class="hud-center"><section class="panel failure"></section></div>
    </div></div>`;
    document.body.append(root);
    const at = (sel: string) => root.querySelector(sel) as HTMLElement;
    for (const [sel, b] of Object.entries(boxes)) {
      vi.spyOn(at(sel), 'getBoundingClientRect').mockReturnValue({
        left: b.x,
        top: b.y,
        width: b.width,
        height: b.height,
      } as DOMRect);
    }
    return { root, at };
  }

  it('measures the free cell without the panels that reach into it, ignoring centre overlays', () => {
    const { root } = hud({
      '.hud-free': rect(354, 104, 552, 480),
      '.comm': rect(846, 200, 300, 150),
      '.minimap-reserve': rect(1066, 12, 202, 202),
      '.failure': rect(400, 150, 420, 120),
    });
    const layout = new HudLayout(root);
    expect(layout.free()).toEqual(rect(354, 104, 492, 480));
    layout.dispose();
  });

  it('measures again only after invalidate (or a resize), and is null without a HUD', () => {
    const { root, at } = hud({ '.hud-free': rect(0, 0, 100, 100) });
    const layout = new HudLayout(root);
    const spy = vi.spyOn(at('.hud-free'), 'getBoundingClientRect');
    layout.free();
    layout.free();
    expect(spy).toHaveBeenCalledTimes(1);
    layout.invalidate();
    layout.free();
    expect(spy).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('resize'));
    layout.free();
    expect(spy).toHaveBeenCalledTimes(3);
    at('.hud-free').remove();
    layout.invalidate();
    expect(layout.free()).toBeNull();
    layout.dispose();
  });
});

describe('the HUD grid (mountUi)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function mount(patch: Partial<HudState>) {
    document.body.innerHTML = '<div id="ui"></div>';
    const root = document.getElementById('ui')!;
    const store = createHudStore();
    const layout = new HudLayout(root);
    const invalidate = vi.spyOn(layout, 'invalidate');
    store.setState({ phase: 'playing', ...patch });
    const unmount = mountUi(root, store, layout);
    return { root, store, invalidate, unmount, layout };
  }

  const vitals = (name: string, downed = false) => ({
    name,
    hull: downed ? 0 : 50,
    hullMax: 100,
    shields: [10],
    shieldMax: 20,
    downed,
  });

  it('stacks the minimap box, transmission, accolade and notice in the right column, in that order', () => {
    const { root, store, unmount } = mount({
      dialogue: { key: 1, speaker: 'Kira', lines: ['Hurry.'] },
    });
    store.setState({
      accolade: { key: 1, id: 'a', name: 'Defender', description: 'Won', points: 5 },
      profile: { ...store.getState().profile, notices: [{ text: 'Not saved', exportLabel: null }] },
    });
    const column = root.querySelector('.hud-top-right')!;
    const order = [...column.querySelectorAll('[data-testid]')].map((e) =>
      e.getAttribute('data-testid'),
    );
    expect(order).toEqual([
      'minimap-reserve',
      'dialogue-panel',
      'accolade-toast',
      'accolade-name',
      'accolade-points',
      'save-notice',
    ]);
    // Nothing of the HUD floats over the game outside the grid.
    expect(root.querySelector('.toast-layer')).toBeNull();
    expect(root.querySelector('.sto-hud > .notice-layer')).toBeNull();
    unmount();
  });

  it('keeps the tracker and ghost above the status in the left column, and a free cell', () => {
    const { root, unmount } = mount({ player: vitals('Captain') });
    expect(
      root.querySelector('.hud-left > .hud-top-left [data-testid="mission-tracker"]'),
    ).not.toBeNull();
    expect(
      root.querySelector('.hud-left > .hud-bottom-left [data-testid="player-vitals"]'),
    ).not.toBeNull();
    expect(root.querySelector('.hud-layer > .hud-free')).not.toBeNull();
    unmount();
  });

  it('tells the layout after every render', () => {
    const { store, invalidate, unmount } = mount({});
    const before = invalidate.mock.calls.length;
    store.setState({ igt: '00:01.000' });
    expect(invalidate.mock.calls.length).toBe(before + 1);
    unmount();
  });

  it('shows a downed member’s tag beside the name, not inside the cut-off name', () => {
    const { root, unmount } = mount({
      sceneKind: 'ground',
      team: [vitals('Lieutenant Commander Worf, son of Mogh', true), vitals('Meyer')],
    });
    const rows = root.querySelectorAll('[data-testid="away-team"] .member-name');
    expect(rows[0]!.querySelector('.member-label')!.textContent).toBe(
      'Lieutenant Commander Worf, son of Mogh',
    );
    expect(rows[0]!.querySelector('.member-label .member-down')).toBeNull();
    expect(rows[0]!.querySelector(':scope > .member-down')!.textContent).toBe('Incapacitated');
    expect(rows[1]!.querySelector('.member-down')).toBeNull();
    unmount();
  });

  it('gives a long ability name its size class and keeps it next to the cooldown', () => {
    const { root, unmount } = mount({
      abilities: [
        { slot: 1, id: 'epts', name: 'Emergency Power to Shields', readyIn: 12, active: false },
        { slot: 2, id: 'grenade', name: 'Photon Grenade', readyIn: 0, active: false },
      ],
    });
    const name = (id: string) => root.querySelector(`[data-ability-id="${id}"] .ability-name`)!;
    expect(name('epts').className).toContain('is-long');
    expect(name('epts').textContent).toBe('Emergency Power to Shields');
    expect(name('grenade').className).not.toContain('is-long');
    expect(root.querySelector('[data-ability-id="epts"] .ability-cooldown')!.textContent).toBe(
      '12',
    );
    unmount();
  });
});
