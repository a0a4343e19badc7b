import { describe, expect, it } from 'vitest';
import { MapView, ViewState } from '@/lib/schemas';

describe('view shapes (lib/schemas/view.ts)', () => {
  it('MapView and ViewState share the view bounds', () => {
    expect(MapView.safeParse({ lat: 36.2, lon: 37.1, z: 8 }).success).toBe(true);
    expect(MapView.safeParse({ lat: 91, lon: 37.1, z: 8 }).success).toBe(false);
    expect(ViewState.safeParse({ z: '21' }).success).toBe(false);
    expect(ViewState.parse({ lat: '36.2', event: 'a-e0' })).toEqual({ lat: 36.2, event: 'a-e0' });
  });
});
