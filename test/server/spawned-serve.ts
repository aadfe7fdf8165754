/** Helpers for tests that spawn `crosscheck serve` as a user runs it. */
import type { ChildProcessWithoutNullStreams, ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

type Spawned = ChildProcessWithoutNullStreams | ChildProcessByStdio<null, Readable, Readable>;

/** The address the server prints ("serving http://127.0.0.1:PORT/"); rejects if it exits first. */
export function servingUrl(child: Spawned): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
  });
}

/** Send SIGINT and resolve with the exit code. */
export function interrupt(child: Spawned): Promise<number | null> {
  return new Promise<number | null>((resolve) => {
    child.on('exit', (c) => resolve(c));
    child.kill('SIGINT');
  });
}
