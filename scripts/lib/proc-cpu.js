// CPU time used by the processes with a given command name (e.g. `postgres`) whose command line
// mentions a given word (e.g. a database name: PostgreSQL titles each backend, and each autovacuum
// worker, with its database — so other databases' work on a shared server is not counted, and
// neither is the server's shared WAL writer and checkpointer) while a benchmark runs, read from
// /proc on Linux. Backends come and go, so /proc is
// sampled every 200 ms and each process counts from when it was first seen (from 0 when it started
// after the sampler); the last ≤200 ms of a process that exits between samples are missed, so the
// figure is a slight underestimate. Elsewhere (no /proc) the result is null.
import { readdirSync, readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime in clock ticks of every process whose comm is `comm` and whose command line has the word `word`, by pid. */
function sample(comm, word) {
  const out = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).includes(word)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // fields after the parenthesised command name; utime and stime are fields 14 and 15
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/** Start sampling; `stop()` returns the CPU seconds used since, or null without /proc. */
export function cpuSampler(comm, word) {
  let start;
  try {
    start = sample(comm, word);
  } catch {
    return { stop: () => null };
  }
  const last = new Map(start);
  const tick = () => {
    for (const [pid, t] of sample(comm, word)) last.set(pid, t);
  };
  const timer = setInterval(tick, 200);
  return {
    stop() {
      clearInterval(timer);
      tick();
      let ticks = 0;
      for (const [pid, t] of last) ticks += t - (start.get(pid) ?? 0);
      return ticks / TICKS_PER_SECOND;
    },
  };
}
