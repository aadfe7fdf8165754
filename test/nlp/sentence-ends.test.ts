import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { splitSentences } from '../../src/compare/summary/text-units.js';
import { analyseText } from '../../src/nlp/nlp-doc.js';
import { sentenceAround } from '../../src/nlp/sentence-ends.js';
import { excerptOf } from '../../src/report/model/context.js';

/**
 * One table, three users of the shared sentence-end rule: the NLP layer (wink, corrected), the
 * summary's fast splitter and the evidence excerpts must all cut the same texts the same way.
 */
const cases: [string, string, string[]][] = [
  // must go on
  ['decimal magnitude (quake)', 'A 6.5 magnitude tremor hit the coast. Roads cracked.', ['A 6.5 magnitude tremor hit the coast.', 'Roads cracked.']],
  ['decimal figure (markets)', 'Shares fell 3.25 percent by noon. Traders left early.', ['Shares fell 3.25 percent by noon.', 'Traders left early.']],
  ['U.S. before a title (diplomacy)', 'The talks were led by U.S. Envoy Mara Lind in Oslo. They ended late.', ['The talks were led by U.S. Envoy Mara Lind in Oslo.', 'They ended late.']],
  ['U.S. before lower case (trade)', 'The deal hurt U.S. farmers badly. Exports slowed.', ['The deal hurt U.S. farmers badly.', 'Exports slowed.']],
  ['a.m. before a weekday (storm)', 'The storm landed at 4 a.m. Tuesday near Port Ellis. Power failed.', ['The storm landed at 4 a.m. Tuesday near Port Ellis.', 'Power failed.']],
  ['No. 3 (tennis)', 'The No. 3 seed withdrew. Fans booed.', ['The No. 3 seed withdrew.', 'Fans booed.']],
  ['St. before a place (transit)', 'Trains to St. Albans were cut. Buses ran instead.', ['Trains to St. Albans were cut.', 'Buses ran instead.']],
  ['initials (basketball)', 'J. R. Okafor scored 31 points. The crowd stood.', ['J. R. Okafor scored 31 points.', 'The crowd stood.']],
  ['middle initial (court)', 'Judge Ellen T. Marsh denied bail. The defence objected.', ['Judge Ellen T. Marsh denied bail.', 'The defence objected.']],
  ['title after "the" (church)', 'The service was led by the Rev. Amos Pike on Sunday. It was full.', ['The service was led by the Rev. Amos Pike on Sunday.', 'It was full.']],
  ['abbreviation before lower case (energy)', 'Output reached 2 bn. in March. Prices eased.', ['Output reached 2 bn. in March.', 'Prices eased.']],
  ['question inside a quote goes on (interview)', '“Why now?” she asked the panel. Nobody answered.', ['“Why now?” she asked the panel.', 'Nobody answered.']],
  ['a domain name (web)', 'The list ran on harbourwatch.org, a local site. It closed.', ['The list ran on harbourwatch.org, a local site.', 'It closed.']],
  // must end (must-not-merge cases)
  ['U.S. at a real sentence end (migration)', 'She moved to the U.S. The family followed in May.', ['She moved to the U.S.', 'The family followed in May.']],
  ['U.K. at a real end before a pronoun (sport)', 'The striker returned to the U.K. He signed on Friday.', ['The striker returned to the U.K.', 'He signed on Friday.']],
  ['a number at a sentence end (football)', 'The final score was 3-1. Fans left early.', ['The final score was 3-1.', 'Fans left early.']],
  ['lower-case "no." ends (politics)', 'The senator said no. But the bill passed.', ['The senator said no.', 'But the bill passed.']],
  ['closing quote stays with its sentence (strike)', 'The union said: “We are ready.” Talks resume today.', ['The union said: “We are ready.”', 'Talks resume today.']],
  ['a price at a sentence end (markets)', 'Shares closed at $9.40. Rivals fell too.', ['Shares closed at $9.40.', 'Rivals fell too.']],
  ['a domain name at a sentence end (charity)', 'She founded Harbourwatch.org. Volunteers joined in May.', ['She founded Harbourwatch.org.', 'Volunteers joined in May.']],
  ['a number run into the next sentence (census)', 'The total reached 1000.Officials recounted twice.', ['The total reached 1000.', 'Officials recounted twice.']],
  ['a quote run into the next quote (debate)', '“Your facts are wrong.”“They are not,” he said.', ['“Your facts are wrong.”', '“They are not,” he said.']],
  ['a lost space after a stop (scraped page)', 'The mayor spoke at length.The council voted later.', ['The mayor spoke at length.', 'The council voted later.']],
  ['paragraph break separates (floods)', 'The river rose overnight\nResidents were moved to the school hall.', ['The river rose overnight', 'Residents were moved to the school hall.']],
  ['headline line is not merged (election)', 'Count Delayed in Dunmore\nOfficials paused the count at 9 p.m. on Sunday.', ['Count Delayed in Dunmore', 'Officials paused the count at 9 p.m. on Sunday.']],
];

const viaNlp = (t: string) => analyseText(t).sentences.map((s) => t.slice(s.start, s.end));
const viaSplitter = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('one sentence-end rule everywhere', () => {
  it.each(cases)('NLP layer: %s', (_name, text, expected) => expect(viaNlp(text)).toEqual(expected));
  it.each(cases)('summary splitter: %s', (_name, text, expected) => expect(viaSplitter(text)).toEqual(expected));
  it.each(cases)('sentence window of each sentence: %s', (_name, text, expected) => {
    for (const sentence of expected) {
      const at = text.indexOf(sentence);
      // a one-character span in the middle of the sentence widens to exactly that sentence
      const mid = at + (sentence.length >> 1);
      const w = sentenceAround(text, mid, mid + 1, 400);
      expect(text.slice(w.from, w.to)).toBe(sentence);
      expect(w.clipped).toEqual([false, false]);
    }
  });
});

const article = (text: string): Article => ({ id: 'a', source: 'a', url: null, outlet: null, outletFrom: null, title: null, author: null, published: null, language: null, text, removed: [], wordCount: 0 });

describe('evidence excerpts are never cut inside an abbreviation or a number', () => {
  it.each([
    ['quake', 'Officials said the 6.5 magnitude tremor shook the port city. No deaths were reported.', 'tremor', 'Officials said the 6.5 magnitude tremor shook the port city.'],
    ['trade', 'Analysts expect talks with the U.S. administration to resume soon. Markets rose.', 'resume', 'Analysts expect talks with the U.S. administration to resume soon.'],
    ['policing', 'The inquiry heard from Det. Insp. Rhona Vale on Monday. It adjourned.', 'Monday', 'The inquiry heard from Det. Insp. Rhona Vale on Monday.'],
    ['travel', 'Flights left at 6 a.m. local time, the airline said. Queues formed.', 'airline', 'Flights left at 6 a.m. local time, the airline said.'],
  ])('%s', (_topic, text, word, sentence) => {
    const s = text.indexOf(word);
    const ex = excerptOf(article(text), { article: 'a', start: s, end: s + word.length }, null)!;
    expect(ex.text).toBe(sentence);
    expect(ex.clipped).toEqual([false, false]);
  });
  it('a sentence-final U.S. still ends the excerpt (must not run into the next sentence)', () => {
    const text = 'Exports fell sharply for the U.S. The central bank met on Friday.';
    const s = text.indexOf('Exports');
    expect(excerptOf(article(text), { article: 'a', start: s, end: s + 7 }, null)!.text).toBe('Exports fell sharply for the U.S.');
  });
});
