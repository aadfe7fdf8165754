// Build-time values for the CLI bundle (scripts/bundle-cli.js). A few lexicon modules derive
// their word lists at load time from large data packages: the given names from six name
// registers (67,000 names, filtered against the other lexicons), the cities and provinces from
// the city and country packages. Deriving them was about a quarter of a one-article `analyze`.
// Their results depend only on our code and the installed packages, both fixed when the bundle is
// built, so the build loads each such module once and the bundle holds its exports as data: the
// same strings in the same order (Sets iterate in insertion order, so order is kept too). A module
// is frozen only if every export is a Set or an array of strings; anything else fails the build.

/** Joins a frozen list; no lexicon word holds a tab (checked). */
const SEP = '\t';

function stringsOf(name, value) {
  const list = [...value];
  for (const s of list) {
    if (typeof s !== 'string') throw new Error(`frozen module: export ${name} holds a ${typeof s}, not only strings`);
    if (s.includes(SEP)) throw new Error(`frozen module: export ${name} holds a string with a tab: ${JSON.stringify(s)}`);
  }
  return list;
}

/** A JavaScript expression for the list (an empty list is not `''.split`, which gives ['']). */
function listExpression(list) {
  return list.length === 0 ? '[]' : `${JSON.stringify(list.join(SEP))}.split(${JSON.stringify(SEP)})`;
}

/**
 * The source of an ES module whose exports equal `exports` (a module namespace or a plain object
 * of Sets and string arrays), for the bundle to load instead of the module that computed them.
 */
export function frozenModuleSource(exports, from) {
  const lines = [`// ${from}: exports computed when the bundle was built (scripts/lib/frozen-modules.js)`];
  for (const name of Object.keys(exports)) {
    const value = exports[name];
    if (value instanceof Set) lines.push(`export const ${name} = new Set(${listExpression(stringsOf(name, value))});`);
    else if (Array.isArray(value)) lines.push(`export const ${name} = ${listExpression(stringsOf(name, value))};`);
    else throw new Error(`frozen module ${from}: export ${name} is neither a Set nor an array of strings`);
  }
  return `${lines.join('\n')}\n`;
}
