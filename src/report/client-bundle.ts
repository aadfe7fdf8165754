/**
 * The browser script, assembled from the typed functions in ./client/ by taking
 * their source text (Function.prototype.toString). The client is type-checked
 * and linted with the rest of the code, yet ships as one inline script with no
 * imports and no build step. Each client module exports only self-contained
 * function declarations, so concatenating them in one scope links them by name.
 */
import * as chips from './client/chips.js';
import * as dom from './client/dom.js';
import * as filters from './client/filters.js';
import * as main from './client/main.js';
import * as section from './client/section.js';
import * as claims from './client/sections-claims.js';
import * as framing from './client/sections-framing.js';
import * as misc from './client/sections-misc.js';
import * as story from './client/sections-story.js';
import * as viewer from './client/viewer.js';

const MODULES: readonly Record<string, unknown>[] = [dom, section, filters, viewer, chips, claims, story, framing, misc, main];

/**
 * The client functions plus `extra` client modules as one script that ends by calling `entry`
 * (the corpus UI adds its pages to the same functions this way).
 */
export function clientScriptWith(extra: readonly Record<string, unknown>[], entry: string): string {
  const fns = [...MODULES, ...extra].flatMap((m) => Object.keys(m).sort().map((k) => m[k])).filter((f): f is (...a: unknown[]) => unknown => typeof f === 'function');
  // `__name` is what esbuild-based runners (tsx, vitest) may inject to keep function names.
  return `(function () {\n'use strict';\nvar __name = function (f) { return f; };\n${fns.map((f) => f.toString()).join('\n')}\n${entry}();\n})();\n`;
}

/** The whole client as one script; the same text for the report file and for `serve`. */
export function clientScript(): string {
  return clientScriptWith([], 'crosscheckMain');
}
