/**
 * A generated stream of invented articles for corpus tests: `stories` topics, each article's
 * title starting with its topic key (the test clusterer's story key), text varied by index so
 * every article is distinct. Written for these tests; no real article text.
 */
const TOPICS = [
  ['flood', 'The river rose {n} centimetres overnight and {m} homes were evacuated, the council said.'],
  ['election', 'Turnout reached {n} percent in the district, and {m} polling stations stayed open late.'],
  ['transfer', 'The club agreed a fee of {n} million for the striker, who signed a {m}-year contract.'],
  ['merger', 'Shares rose {n} percent after the two retailers confirmed a merger affecting {m} stores.'],
  ['wildfire', 'Crews contained {n} hectares of the blaze while {m} residents waited to return home.'],
  ['strike', 'Drivers walked out for {n} hours and {m} trains were cancelled across the network.'],
] as const;

export interface GeneratedRecord {
  readonly url: string;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly text: string;
}

/** `count` records cycling through `stories` topics; deterministic. */
export function generateRecords(count: number, stories: number = TOPICS.length): GeneratedRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const [key, sentence] = TOPICS[i % Math.min(stories, TOPICS.length)]!;
    const n = 10 + ((i * 7) % 90);
    const text = `${sentence.replace('{n}', String(n)).replace('{m}', String(i + 3))} Report number ${i} followed an update from officials on day ${i % 5}.`;
    return { url: `https://news${i % 4}.example/${key}/${i}`, title: `${key} update ${i}`, outlet: `Outlet ${i % 4}`, published: `2026-03-0${1 + (i % 5)}`, text };
  });
}

/** The records as JSONL text. */
export const toJsonl = (records: readonly GeneratedRecord[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
