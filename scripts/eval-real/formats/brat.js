// brat standoff (.ann) → text-bound spans and the events joining them. Pure: no I/O.

/**
 * Parse an .ann file. T lines ("T3\tContent 13 98;104 120\ttext") become spans with their
 * fragments; E lines ("E1\tAttribution:T4 Content:T3 Source:T1") become events, role → T id.
 */
export function parseAnn(text) {
  const spans = new Map();
  const events = [];
  for (const line of text.split(/\r?\n/)) {
    const [id = '', body = '', surface = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const sp = body.indexOf(' ');
      const type = body.slice(0, sp);
      const frags = body.slice(sp + 1).split(';').map((f) => f.trim().split(/\s+/).map(Number)).filter((f) => f.length === 2 && f.every(Number.isFinite));
      if (frags.length) spans.set(id, { id, type, frags: frags.map(([start, end]) => ({ start, end })), text: surface });
    } else if (id.startsWith('E')) {
      const roles = {};
      for (const pair of body.trim().split(/\s+/)) {
        const [role, ref] = pair.split(':');
        if (role && ref) roles[role.replace(/\d+$/, '')] = ref;
      }
      events.push({ id, roles });
    }
  }
  return { spans, events };
}
