#!/usr/bin/env node
// Writes schema/analysis.schema.json from the TypeBox schema in src/contract (built to dist/).
// A test fails when the committed file differs from what this script would write.
import { writeFileSync } from 'node:fs';
import { schemaJson } from '../dist/src/contract/schema-json.js';

writeFileSync(new URL('../schema/analysis.schema.json', import.meta.url), schemaJson());
console.log('wrote schema/analysis.schema.json');
