/** popup-fit.ts controlInsets: the popup's autoPan padding keeps it clear of the controls over the map. */
import { describe, expect, it } from 'vitest';
import { CONTROL_GAP, POPUP_PADDING, controlInsets, panNeeded, type Box } from '@/app/_components/map/popup-fit';

const box = (left: number, top: number, w: number, h: number): Box => ({ left, top, right: left + w, bottom: top + h });

describe('controlInsets', () => {
  it('phone 390×796: top controls push the popup down, the legend button up; the sides stay free', () => {
    const map = box(0, 48, 390, 796);
    const zoom = box(10, 58, 34, 64); // Leaflet zoom buttons, top left
    const drawer = box(250, 58, 130, 34); // "Filters & events", top right
    const zoomSel = box(260, 104, 120, 28); // "Zoom to selection" below it
    const legend = box(10, 844 - 26 - 30, 70, 30); // collapsed legend, bottom left
    const ins = controlInsets(map, { width: 330, height: 400 }, [zoom, drawer, zoomSel, legend]);
    expect(ins.top).toBe(132 - 48 + CONTROL_GAP);
    expect(ins.bottom).toBe(26 + 30 + CONTROL_GAP);
    expect(ins.left).toBe(POPUP_PADDING[0]);
    expect(ins.right).toBe(POPUP_PADDING[0]);
  });

  it('desktop: a tall legend at the left becomes a left inset when the popup fits beside it', () => {
    const map = box(380, 48, 900, 752);
    const legend = box(390, 200, 340, 574);
    const ins = controlInsets(map, { width: 390, height: 420 }, [legend]);
    expect(ins.left).toBe(730 - 380 + CONTROL_GAP);
    expect(ins.bottom).toBe(POPUP_PADDING[1]);
  });

  it('ignores controls outside the map or not laid out', () => {
    const map = box(0, 0, 400, 400);
    expect(controlInsets(map, { width: 300, height: 200 }, [box(500, 10, 50, 50), box(10, 10, 0, 0)])).toEqual({
      top: POPUP_PADDING[1],
      right: POPUP_PADDING[0],
      bottom: POPUP_PADDING[1],
      left: POPUP_PADDING[0],
    });
  });
});

describe('panNeeded', () => {
  const ins = { top: 90, right: 12, bottom: 60, left: 12 };
  const map = box(0, 48, 360, 692);
  it('is zero when the popup sits inside the insets', () => {
    expect(panNeeded(map, box(12, 150, 336, 400), ins)).toEqual([0, 0]);
  });
  it('pans up (negative) when the top is cut off, down when the bottom is', () => {
    expect(panNeeded(map, box(12, -132, 336, 500), ins)).toEqual([0, -132 - 90 - 48]);
    expect(panNeeded(map, box(12, 400, 336, 400), ins)).toEqual([0, 800 + 60 - 740]);
  });
});
