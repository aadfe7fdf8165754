/** The default `--db`: a SQLite file in the working directory (its own module, so the CLI's help loads no store). */
export const DEFAULT_DB = 'crosscheck.db';
