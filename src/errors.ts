/**
 * One error hierarchy (STYLE §9). Errors are for misuse of the API or the CLI;
 * problems inside content become Diagnostics instead and never throw.
 */
export class CrosscheckError extends Error {
  override readonly name: string = 'CrosscheckError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The caller asked for something impossible: a missing path, an unknown flag, a bad option value. */
export class UsageError extends CrosscheckError {
  override readonly name = 'UsageError';
}

/** An input as a whole could not be read (only thrown where no per-item diagnostic is possible). */
export class IngestError extends CrosscheckError {
  override readonly name = 'IngestError';
  constructor(
    message: string,
    readonly source: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isCrosscheckError = (e: unknown): e is CrosscheckError => e instanceof CrosscheckError;
export const isUsageError = (e: unknown): e is UsageError => e instanceof UsageError;
export const isIngestError = (e: unknown): e is IngestError => e instanceof IngestError;
