/**
 * Entity stage: people, organisations, places and groups named in one article,
 * with roles and within-article aliases. Steps run in order (STYLE §2):
 *
 * 1. line evidence — which capitals the article itself treats as names;
 * 2. name runs — capitalised words joined with particles and hyphens;
 * 3. candidates — titles, honorifics and demonyms cut off, compounds split;
 * 4. roles — title before the name, appositive after it;
 * 5. type evidence — per mention;
 * 6. aliases — mentions of one referent clustered (surnames, acronyms, variants);
 * 7. descriptions — "the safety commission" for the one organisation whose name ends so;
 * 8. layer — LocalEntities (one type each, by summed evidence) and Mentions.
 */
import type { EntityLayer } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { lineEvidence } from './01-line-evidence.js';
import { findNameRuns } from './02-name-runs.js';
import { candidatesFromRuns } from './03-candidates.js';
import { appositiveAfter, roleBefore } from './04-roles.js';
import type { TypeScores } from './05-type-evidence.js';
import { typeEvidence } from './05-type-evidence.js';
import { clusterMentions } from './06-local-aliases.js';
import { buildLayer } from './08-build-layer.js';
import type { Proposal } from './proposal.js';
import { SAINT_WORDS } from '../../lexicon/name-particles.js';
import { bare, mixedCase } from './token-tests.js';

export { entityByKey, mentionAt, mentionsInRange, personAfter, personBefore } from './queries.js';

/** Names whose own spelling ends in a possessive ("McDonald's" is the firm, not McDonald's something). */
const POSSESSIVE_NAMES = new Set(["mcdonald's", 'mcdonald’s', "sainsbury's", 'sainsbury’s', "macy's", 'macy’s', "kellogg's", 'kellogg’s', "moody's", 'moody’s', "dunkin's"]);

/** "Smith said …" at a sentence start is still a name. */
const CORE_SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'insisted', 'argued']);

/**
 * A one-word capital that opens a sentence, never stands alone mid-sentence and has
 * no real evidence ("Divers reached the car", "Witnesses described …") is a common
 * noun, not a name.
 */
function weakEvidence(s: TypeScores): boolean {
  return Math.max(s.person, s.organization, s.place, s.group) < 1 && s.knownPlace === 0 && s.knownOrg === 0 && s.knownPerson === 0;
}

/** Extract the entity layer of one article: mentions sorted by start, and their local entities. */
export function extractEntities(ctx: ExtractContext): EntityLayer {
  const { doc } = ctx;
  const ev = lineEvidence(doc);
  const candidates = candidatesFromRuns(doc, findNameRuns(doc, ev), ev.lowerSeen);
  const proposals: Proposal[] = [];
  for (const c of candidates) {
    const first = doc.tokens[c.first]!;
    const last = doc.tokens[c.end - 1]!;
    const before = roleBefore(doc, c.first, c.end, c.titled === 'title');
    const app = appositiveAfter(doc, c.end);
    const role = before ?? app.role;
    const scores = typeEvidence(doc, c, role !== null, app.cue, app.who, ev.midCaps, ev.table[first.paragraph] === true);
    // a dateline names the place the story was filed from
    if (ev.dateline[c.first] === 1) scores.place += 3;
    const speaks = CORE_SPEECH.has(doc.tokens[c.end]?.lower ?? '');
    // ("VARNELL" opening a headline stays when the text writes "Varnell" on its own)
    if (c.end - c.first === 1 && ev.initial[c.first] === 1 && !ev.midLast.has(first.text) && !ev.midLast.has(mixedCase(first.text)) && !speaks && weakEvidence(scores)) continue;
    // "as much as Petrov's," — the tokenizer can leave a possessive glued to the name; it is not part of it
    const saint = c.end - c.first > 1 && SAINT_WORDS.has(bare(first));
    const glued = !saint && last.text.length > 3 && (last.text.endsWith("'s") || last.text.endsWith('’s')) && !POSSESSIVE_NAMES.has(last.lower);
    const stop = glued ? last.end - 2 : last.end;
    proposals.push({
      first: c.first, end: c.end, start: first.start, stop, text: doc.text.slice(first.start, stop), sentence: first.sentence,
      role, scores,
    });
  }
  return buildLayer(ctx, proposals, clusterMentions(doc, proposals));
}
