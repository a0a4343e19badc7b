// 'server-only' throws outside React Server Components; in tests it is a no-op.
export {};
