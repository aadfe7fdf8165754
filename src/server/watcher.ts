/**
 * Re-analysis on change: watch the input paths (folders recursively) and call
 * back once per burst of changes. Editors write a file in several steps, so
 * events are debounced.
 */
import { watch, statSync, type FSWatcher } from 'node:fs';

export interface Watcher {
  close(): void;
}

/** Watch `paths`; `onChange` runs `debounceMs` after the last event of a burst. */
export function watchPaths(paths: readonly string[], debounceMs: number, onChange: () => void): Watcher {
  let timer: NodeJS.Timeout | null = null;
  const fire = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  for (const p of paths) {
    try {
      const recursive = statSync(p).isDirectory();
      const w = watch(p, { recursive, persistent: false }, fire);
      // a watched path that disappears is not fatal; the next reload reports it
      w.on('error', () => undefined);
      watchers.push(w);
    } catch {
      // unwatchable (e.g. removed meanwhile): the reload endpoint still works
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
