/**
 * Run-in ALL-CAPS headings go on a line of their own (ferry, mining, election, cricket texts);
 * KEEP rows must stay as they are: datelines, acronyms that open a sentence, all-headline lines.
 */
import { describe, expect, it } from 'vitest';
import { splitRunInHeadings } from '../../src/ingest/run-in-heading.js';
import { sentencesOfText } from './helpers.js';

const SPLIT: readonly (readonly [string, string, string, string])[] = [
  ['kicker before a sentence (ferry)', 'FERRY SERVICE RESUMES AFTER STORM Boats left the harbour at dawn with about 300 passengers on board.',
    'FERRY SERVICE RESUMES AFTER STORM', 'Boats left the harbour at dawn with about 300 passengers on board.'],
  ['kicker with figures (mining)', 'TWO MINERS RESCUED AFTER 40 HOURS Rescue teams reached the men late on Sunday, the company said.',
    'TWO MINERS RESCUED AFTER 40 HOURS', 'Rescue teams reached the men late on Sunday, the company said.'],
  ['kicker and a dash (election)', 'TURNOUT FALLS IN NORTHERN WARDS - Officials in Dunmore said fewer than half of voters took part.',
    'TURNOUT FALLS IN NORTHERN WARDS -', 'Officials in Dunmore said fewer than half of voters took part.'],
  ['kicker before a quote (cricket)', 'CAPTAIN BACKS YOUNG OPENER “He has earned his place,” the captain told reporters after the match.',
    'CAPTAIN BACKS YOUNG OPENER', '“He has earned his place,” the captain told reporters after the match.'],
];

const KEEP: readonly (readonly [string, string])[] = [
  ['a dateline with an agency (ferry)', 'PORT ELLIS, Harrow (Example Wire) — Boats left the harbour at dawn on Monday.'],
  ['a three-word dateline with a dash (mining)', 'SALT LAKE CITY — Rescue teams reached the trapped miners late on Sunday.'],
  ['a dateline ending in a comma (election)', 'LAKE TOWN, Essex – Officials said fewer than half of voters took part.'],
  ['acronyms opening a sentence (election)', 'UN OSCE observers said the count in Dunmore was orderly and calm.'],
  ['an outlet name as the subject (cricket)', 'EXAMPLE DAILY NEWS reported that the captain would stand down after the tour.'],
  ['a title-case headline after caps (mining)', 'BREAKING NEWS NOW: Miners Rescued After Forty Hours Underground'],
  ['a kicker and an acronym before a name (election)', 'WATCH: UN Envoy Mara Lind says the vote was fair and orderly.'],
  ['an all-caps line on its own (ferry)', 'FERRY SERVICE RESUMES AFTER STORM'],
];

describe('splitRunInHeadings', () => {
  it.each(SPLIT)('splits: %s', (_name, line, head, rest) => expect(splitRunInHeadings([line])).toEqual([head, rest]));
  it.each(KEEP)('keeps: %s', (_name, line) => expect(splitRunInHeadings([line])).toEqual([line]));
});

describe('at ingest, the heading stays in the text but is not part of the first sentence', () => {
  it.each([
    ['ferry', 'Storm Passes Over Harrow\n\nFERRY SERVICE RESUMES AFTER STORM Boats left the harbour at dawn, the operator said.\nMore sailings follow on Tuesday.', 'Boats left the harbour at dawn, the operator said.'],
    ['mining', 'Rescue at Coldwell Pit\n\nTWO MINERS RESCUED AFTER 40 HOURS Rescue teams reached the men late on Sunday, officials said.\nBoth are in hospital.', 'Rescue teams reached the men late on Sunday, officials said.'],
  ])('%s', (_topic, raw, firstSentence) => {
    const { article: a, sentences } = sentencesOfText(raw);
    expect(sentences[1]).toBe(firstSentence);
    expect(sentences[0]).toMatch(/^[\p{Lu}\p{N} ]+$/u);
    expect(a.removed).toEqual([]);
  });
});
