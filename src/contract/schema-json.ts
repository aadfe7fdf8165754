import { AnalysisSchema } from './analysis-schema.js';

/** The JSON Schema (draft 2020-12 compatible subset) of the Analysis contract, as published in schema/. */
export function schemaJson(): string {
  const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(AnalysisSchema)) };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
