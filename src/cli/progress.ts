/** A one-line progress indicator on stderr, only when stderr is a TTY and not --quiet. */
export interface Progress {
  readonly ingest: (done: number, total: number, source: string) => void;
  readonly analyse: (done: number, total: number) => void;
  readonly done: () => void;
  /** A line of its own (one per link as it is settled); TTY only, like the bar. */
  readonly line: (text: string) => void;
}

export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, opts: { quiet: boolean; env: NodeJS.ProcessEnv }): Progress {
  const active = !opts.quiet && stderr.isTTY === true;
  const color = active && !('NO_COLOR' in opts.env) && opts.env.TERM !== 'dumb';
  let shown = false;
  const draw = (label: string, done: number, total: number) => {
    if (!active || total < 2) return;
    const pct = Math.round((done / total) * 100);
    const bar = color ? `\x1b[36m${label}\x1b[0m` : label;
    stderr.write(`\r${bar} ${done}/${total} (${pct}%)\x1b[K`);
    shown = true;
  };
  return {
    ingest: (done, total) => draw('reading', done, total),
    analyse: (done, total) => draw('analysing', done, total),
    line: (text) => {
      if (!active) return;
      stderr.write(`${shown ? '\r\x1b[K' : ''}${color ? text.replace(/^(\[\d+\/\d+\] )(\w+)/, (_, n: string, w: string) => `${n}\x1b[${w === 'failed' ? 31 : 36}m${w}\x1b[0m`) : text}\n`);
      shown = false;
    },
    done: () => {
      if (shown) stderr.write('\r\x1b[K');
    },
  };
}
