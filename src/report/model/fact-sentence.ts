/**
 * A fact claim read as a plain sentence ("Jane Roe won", "Jane Roe is Railway Minister"), so an
 * agreement on who, what and where reads like the articles and not like a table key.
 */
import type { Claim } from '../../contract/analysis-schema.js';

/** Sentence templates by role or attribute; `{v}` is the value, `{s}` the subject. */
const TEMPLATES: Readonly<Record<string, string>> = {
  winner: '{v} won', loser: '{v} lost', buyer: '{v} was the buyer', acquired: '{v} was acquired', 'published in': 'published in {v}',
  funder: 'funded by {v}', 'led by': 'led by {v}', 'handed over to': 'handed over to {v}', striking: '{v} struck', struck: '{v} was struck',
  'sold at': 'sold at {v}', member: '{v} joined', joined: 'joined {v}', met: 'met {v}', 'arresting authority': 'arrested by {v}', arrested: '{v} was arrested',
  place: 'in {v}', role: '{s} is {v}', nationality: '{s} is {v}', origin: '{s} is from {v}',
  involved: '{v} was involved', 'announced by': 'announced by {v}', affiliation: '{s} is with {v}', union: 'the workers’ union is {v}',
  'lead author': '{v} is the lead author', 'senior author': '{v} is the senior author', deadline: 'the deadline was {v}', onset: 'it happened at {v}',
  statement: 'a statement at {v}', score: 'the score was {v}', convicted: '{v} was convicted', acquitted: '{v} was acquitted', court: 'the verdict of {v}',
  perpetrator: 'carried out by {v}', 'launched by': 'launched by {v}', launched: '{v} was launched',
  manner: 'how it was won: {v}', 'final point': 'the final point: {v}', distinction: 'a record: the {v}', 'rejected by': 'rejected by a {v}',
  'approved by': 'approved by a {v}', error: 'the count was wrong: {v}', hazard: 'the hazard: {v}', remedy: 'the remedy: {v}', finding: 'the finding: {v}',
};

/** The sentence for a fact claim's first (best-supported) value, or null for other kinds. */
export function factSentence(c: Claim, value = c.values[0]?.value): string | null {
  if (c.kind !== 'fact' || !c.fact || value === undefined) return null;
  const key = c.fact.predicate.includes(':') ? c.fact.predicate.slice(c.fact.predicate.indexOf(':') + 1) : c.fact.predicate;
  const template = TEMPLATES[key] ?? `${key}: {v}`;
  const text = template.replace('{v}', value).replace('{s}', c.fact.subject.name);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
