/** Spawn the built CLI (`node bin/crosscheck.js`) as a user would, building `dist/` first when it is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** What one run printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `crosscheck <args>` to completion. */
export function cli(args: readonly string[]): CliRun {
  const r = spawnSync(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `npm run build` unless this checkout already has a built CLI. */
export function ensureBuilt(): void {
  if (existsSync(join(REPO, 'dist/src/cli/commands/stories.js'))) return;
  const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
}

/** True when this build can cluster (so `ingest` can be spawned). */
export const HAVE_CLUSTERER = existsSync(join(REPO, 'dist/src/cluster/index.js'));
