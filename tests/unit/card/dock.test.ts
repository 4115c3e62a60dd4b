import { describe, expect, it } from 'vitest';
import { DOCK_GAP_PX, dockCard, freeStretches, intersects, type Rect } from '../../../lib/card/dock';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const viewport = { width: 1280, height: 800 };

describe('docking the card where the page has room (lib/card/dock.ts)', () => {
  it('takes the top right corner of an empty page', () => {
    expect(dockCard(viewport, 300, 500, [])).toEqual({ top: DOCK_GAP_PX, left: 1280 - DOCK_GAP_PX - 300, maxHeight: 800 - 2 * DOCK_GAP_PX, clear: true });
  });

  it('goes below a full-width header and beside, never over, controls on the right', () => {
    const header = rect(0, 0, 1280, 60);
    const getApp = rect(1150, 700, 1270, 740);
    const dock = dockCard(viewport, 300, 400, [header, getApp]);
    const box = rect(dock.left, dock.top, dock.left + 300, dock.top + Math.min(400, dock.maxHeight));
    expect(intersects(box, header)).toBe(false);
    expect(intersects(box, getApp)).toBe(false);
    expect(dock.top).toBe(60 + DOCK_GAP_PX);
  });

  it('caps its height to the free stretch it docks in (the body scrolls, the actions stay)', () => {
    const header = rect(0, 0, 1280, 60);
    const rail = rect(1100, 400, 1280, 800);
    const sideNav = rect(0, 60, 240, 800);
    const dock = dockCard(viewport, 300, 700, [header, rail, sideNav]);
    expect(dock).toEqual({ top: 60 + DOCK_GAP_PX, left: 1280 - DOCK_GAP_PX - 300, maxHeight: 400 - 60 - 2 * DOCK_GAP_PX, clear: true });
  });

  it('moves to the left edge when the right one is covered top to bottom', () => {
    const rightRail = rect(900, 0, 1280, 800);
    const dock = dockCard(viewport, 300, 300, [rightRail]);
    expect(dock.left).toBe(DOCK_GAP_PX);
    expect(dock.clear).toBe(true);
  });

  it('says when no edge has room', () => {
    expect(dockCard(viewport, 300, 300, [rect(0, 0, 1280, 800)]).clear).toBe(false);
  });

  it('finds the stretches between obstacles that cross a column, ignoring the others', () => {
    expect(freeStretches([rect(0, 100, 50, 200), rect(900, 300, 1000, 400)], 800, 1100, 800)).toEqual([
      { top: DOCK_GAP_PX, bottom: 300 - DOCK_GAP_PX },
      { top: 400 + DOCK_GAP_PX, bottom: 800 - DOCK_GAP_PX },
    ]);
  });
});
