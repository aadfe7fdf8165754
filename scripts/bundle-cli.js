#!/usr/bin/env node
// Run by `npm run build` after tsc and write-lexicon-tables.js: bundles the compiled CLI
// (dist/src/cli/main.js) and the extraction worker into dist/bundle/, which bin/crosscheck.js runs.
//
// Why: a one-article `crosscheck analyze` loaded about 320 ES modules (our own ~250 and
// chrono-node's English locale), and resolving, reading and compiling them one by one was about a
// quarter of its time (docs/performance.md). The bundle is the same compiled JavaScript in a few
// files. Code splitting keeps each command's lazy imports lazy: `--help` or `stories` still load
// none of the language pipeline, `analyze --format json` none of the server or the HTML report.
//
// What is bundled: our code, and the pure-JavaScript packages on the analyze path (chrono-node,
// wink-nlp, js-quantities). Every other package stays an ordinary import: some read their own
// files at run time (the wink model, the name registers), some are native (better-sqlite3), and the
// rest are only loaded by commands that need them. The bundle sits at the same depth as
// dist/src/*.js, so the paths resolved from `import.meta.url` (package.json for the version, the
// worker file) still resolve; the lexicon tables the build wrote beside their modules are copied
// beside the bundle for the same reason.
import { build } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { frozenModuleSource } from './lib/frozen-modules.js';

const OUT = 'dist/bundle';
/** Packages compiled into the bundle (pure JavaScript that reads no file of its own). */
const INLINE = new Set(['chrono-node', 'wink-nlp', 'js-quantities']);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((name) => !INLINE.has(name))
  .flatMap((name) => [name, `${name}/*`]);

/** The browser script's modules: kept as imports of the compiled files, whose source text the report ships. */
const CLIENT_MODULE = /[/\\]report[/\\]client(?:-corpus|-start)?[/\\][^/\\]+\.js$/;
const clientModulesAsImports = {
  name: 'client-modules-as-imports',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const file = resolve(args.resolveDir, args.path);
      if (!CLIENT_MODULE.test(file)) return undefined;
      // a path from the bundle's folder: dist/bundle/… → ../src/report/client/…
      return { path: relative(resolve(OUT), file).split('\\').join('/'), external: true };
    });
  },
};

/**
 * Lexicon modules whose exports the bundle holds as data, computed now (see lib/frozen-modules.js):
 * the given names derived from the name registers, and the cities, countries and provinces derived
 * from the city and country packages.
 */
const FROZEN = /[/\\]lexicon[/\\](?:first-names|gazetteer-packages)\.js$/;
const frozenLexicons = {
  name: 'frozen-lexicons',
  setup(b) {
    b.onLoad({ filter: FROZEN }, async (args) => ({
      contents: frozenModuleSource(await import(pathToFileURL(args.path).href), relative('.', args.path)),
      loader: 'js',
    }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  // Beside the entry point, two files other modules load by a path computed at run time: the
  // extraction worker extract-pool.js starts (`./extract-worker.js`), and the PostgreSQL store
  // open-store.js imports by a computed specifier (`./postgres/index.js`), both beside them.
  entryPoints: {
    main: 'dist/src/cli/main.js',
    'extract-worker': 'dist/src/extract/pool/extract-worker.js',
    'postgres/index': 'dist/src/store/postgres/index.js',
  },
  outdir: OUT,
  // shared chunks beside the entry points (not in a sub-folder): same depth for import.meta.url
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [clientModulesAsImports, frozenLexicons],
  logLevel: 'warning',
});

for (const file of readdirSync('dist/src/lexicon')) if (file.endsWith('.table.json')) copyFileSync(`dist/src/lexicon/${file}`, `${OUT}/${file}`);
