#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ can keep V8's compiled code of the bundle on disk between runs (compiling the 1.2 MB
// pipeline chunk is a tenth of a one-article run); Node 20 has no such call, and nothing changes there.
// CROSSCHECK_NO_COMPILE_CACHE=1 turns it off. It must run before the bundle is imported.
if (typeof module.enableCompileCache === 'function' && !process.env.CROSSCHECK_NO_COMPILE_CACHE) {
  try {
    module.enableCompileCache();
  } catch {
    // an unwritable cache directory only costs the speed-up
  }
}

// The build's bundle of dist/src/cli/main.js (scripts/bundle-cli.js): the same code in a few files,
// which loads several times faster than its ~320 modules.
const { main } = await import('../dist/bundle/main.js');

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
