// Types for scripts/lib/frozen-modules.js (plain ESM run by the build; typed here for the tests).

/** The source of an ES module whose exports equal `exports` (Sets and arrays of strings only); throws otherwise. */
export function frozenModuleSource(exports: Readonly<Record<string, unknown>>, from: string): string;
