// CPU time used by every process with a given command name (e.g. `postgres`: the server and all
// its backends) while a benchmark runs, read from /proc on Linux. Backends come and go, so /proc is
// sampled every 200 ms and each process counts from when it was first seen (from 0 when it started
// after the sampler); the last ≤200 ms of a process that exits between samples are missed, so the
// figure is a slight underestimate. Elsewhere (no /proc) the result is null.
import { readdirSync, readFileSync } from 'node:fs';
import { clearInterval, setInterval } from 'node:timers';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime in clock ticks of every process whose comm is `comm`, by pid. */
function sample(comm) {
  const out = new Map();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) continue;
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
export function cpuSampler(comm) {
  let start;
  try {
    start = sample(comm);
  } catch {
    return { stop: () => null };
  }
  const last = new Map(start);
  const tick = () => {
    for (const [pid, t] of sample(comm)) last.set(pid, t);
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
