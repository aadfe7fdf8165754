#!/usr/bin/env node
// Run by `npm run build` after tsc: writes the tables that the compiled lexicons read instead of
// their packages' slower files (see src/lexicon/given-name-registers.ts). Always rewritten, so a
// table matches the installed package after every build.
import { writeFileSync } from 'node:fs';
import { REGISTER_TABLE, encodeRegisters, readRegisters, registersVersion } from '../dist/src/lexicon/given-name-registers.js';

writeFileSync(REGISTER_TABLE, encodeRegisters(readRegisters(), registersVersion()));
