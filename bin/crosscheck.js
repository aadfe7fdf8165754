#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`crosscheck: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.CROSSCHECK_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    process.exitCode = 70;
  },
);
