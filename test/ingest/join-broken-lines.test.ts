/**
 * Lines broken mid-sentence are joined at ingest (wildfire, council budget, cycling, court texts);
 * each KEEP row is a break that must stay: a paragraph end, a headline, a list, a colon.
 */
import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../src/ingest/join-broken-lines.js';
import { sentencesOfText } from './helpers.js';

const JOIN: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['next line starts lower-case (wildfire)', ['Crews held the fire line overnight as the', 'wind dropped near Carrow Ridge.'], ['Crews held the fire line overnight as the wind dropped near Carrow Ridge.']],
  ['lower-case continuation after a noun (cycling)', ['The peloton slowed on the final climb', 'before Ines Albar attacked.'], ['The peloton slowed on the final climb before Ines Albar attacked.']],
  ['line ends with a comma (budget)', ['The council approved the plan on Monday,', 'Treasurer Hal Moreno said.'], ['The council approved the plan on Monday, Treasurer Hal Moreno said.']],
  ['line ends with an article (court)', ['The jury heard evidence from a', 'Forensic Service analyst on Tuesday.'], ['The jury heard evidence from a Forensic Service analyst on Tuesday.']],
  ['three pieces of one sentence (wildfire)', ['Evacuation orders covered', 'more than 1,200 homes across the', 'Lanford County valley, officials said.'], ['Evacuation orders covered more than 1,200 homes across the Lanford County valley, officials said.']],
];

const KEEP: readonly (readonly [string, readonly string[]])[] = [
  ['a paragraph that ends with a stop (budget)', ['The budget passed by six votes.', 'Opponents said it cut too deep.']],
  ['a headline ending in a preposition (cycling)', ['Albar Takes the Lead She Fought For', 'Ines Albar won the mountain stage on Sunday.']],
  ['a sentence-case headline (court)', ['Jury retires in harbour fraud trial', 'The jury retired on Thursday after four weeks of evidence.']],
  ['a line ending in a colon before a list (wildfire)', ['Residents should pack the following:', '- water and medicine', '- copies of documents']],
  ['a word that can end a sentence ("in") before a capital (wildfire)', ['By dusk the rain had set in', 'Officials reopened the road at dawn.']],
  ['list items stay apart (budget)', ['- libraries and', '- parks']],
  ['a line ending in a quote (court)', ['“We will appeal,” the defence said', '“The verdict is wrong.”']],
  ['a title-case line before lower-case code-like text is not joined when it ends in a brace', ['.panel {', 'width: 100%;']],
];

describe('joinBrokenLines', () => {
  it.each(JOIN)('joins: %s', (_name, lines, expected) => expect(joinBrokenLines(lines)).toEqual(expected));
  it.each(KEEP)('keeps: %s', (_name, lines) => expect(joinBrokenLines(lines)).toEqual(lines));
});

describe('a joined sentence is one sentence for the NLP layer', () => {
  it.each([
    ['wildfire', 'Wind Drops Over Carrow Ridge\n\nCrews held the fire line overnight as the\nwind dropped, the county said.\nRain is forecast for Friday.\n', 'Crews held the fire line overnight as the wind dropped, the county said.'],
    ['council', 'Budget Vote Passes in Harlow\n\nThe council approved the plan on Monday,\nTreasurer Hal Moreno said.\nThe vote was six to three.\n', 'The council approved the plan on Monday, Treasurer Hal Moreno said.'],
  ])('%s: headline stays out, broken sentence becomes one', (_topic, raw, sentence) => {
    const { article: a, sentences } = sentencesOfText(raw);
    expect(sentences[0]).toBe(sentence);
    expect(sentences).toHaveLength(2);
    expect(a.title).not.toBeNull();
    expect(a.text.startsWith(a.title!)).toBe(false);
  });
});
