#!/usr/bin/env node
// The build's bundle of dist/src/cli/main.js (scripts/bundle-cli.js): the same code in a few files,
// which loads several times faster than its ~320 modules.
import { main } from '../dist/bundle/main.js';

// A reader that stops early (`crosscheck stories | head -1`) closes the pipe: stop quietly with
// exit 0, as other command-line tools do, instead of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

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
