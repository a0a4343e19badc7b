/**
 * Bounds of the view keys of a permalink, zod-free so client code (lib/map/view-url.ts) can read them
 * without pulling zod into its bundle; the ViewState schema (view.ts) applies the same bounds.
 * In: nothing. Out: [min, max] per view key, and the longest id a URL may select.
 */
export const VIEW_LIMITS = { lat: [-90, 90], lon: [-180, 180], z: [0, 20] } as const;
export const ID_MAX = 300;
