import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared/seeds relative to the repository; absent outside CI and the dev machines. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
export const HAVE_SEEDS = existsSync(SEEDS_DIR);
export const SEEDS_SKIP_MESSAGE = `seed corpus not found at ${SEEDS_DIR}; seed tests skipped`;
if (!HAVE_SEEDS) console.warn(SEEDS_SKIP_MESSAGE);
