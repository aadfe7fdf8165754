#!/usr/bin/env node
// Summarise a V8 CPU profile (`node --cpu-prof`): self time by file (package or src/ file) and by
// function, the largest first. Used to write docs/performance.md.
//   node scripts/profile-summary.js PROFILE.cpuprofile [--top 25] [--by file|function|package]
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: node scripts/profile-summary.js PROFILE.cpuprofile [--top 25] [--by file|function|package]\n');
  process.exit(2);
}
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const top = Number(opt('top', 25));
const by = opt('by', 'file');
const prof = JSON.parse(readFileSync(file, 'utf8'));

// self time per node: samples × the mean interval
const interval = (prof.endTime - prof.startTime) / Math.max(1, prof.samples.length);
const hits = new Map();
for (const id of prof.samples) hits.set(id, (hits.get(id) ?? 0) + 1);

/** A short place name: the package for node_modules, the path under src/ for ours. */
function place(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + '/dist/'.length);
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\/.*\/(?=[^/]+\/[^/]+$)/, '');
}
const pkg = (p) => (p.startsWith('src/') ? p.split('/').slice(0, 3).join('/') : p);

const totals = new Map();
let all = 0;
for (const n of prof.nodes) {
  const ms = (hits.get(n.id) ?? 0) * interval / 1000;
  if (!ms) continue;
  all += ms;
  const p = place(n.callFrame.url);
  const key = by === 'function' ? `${n.callFrame.functionName || '(anonymous)'}  ${p}:${n.callFrame.lineNumber + 1}` : by === 'package' ? pkg(p) : p;
  totals.set(key, (totals.get(key) ?? 0) + ms);
}
const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`total sampled: ${all.toFixed(0)} ms (${prof.samples.length} samples)`);
for (const [k, ms] of rows) console.log(`${ms.toFixed(0).padStart(7)} ms ${((ms / all) * 100).toFixed(1).padStart(5)} %  ${k}`);
