import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus.js';
import { checkQuote, expectQuote, findQuote, runQuotes } from './helpers.js';

describe.each(CORPUS)('speakers in the $topic text', ({ text, quotes }) => {
  const run = runQuotes(text);
  it.each(quotes)('“$opening”', (want) => {
    const q = findQuote(run.quotes, want.opening);
    expect(q, `quote “${want.opening}” not found; found: ${run.quotes.map((x) => x.text).join(' | ')}`).toBeDefined();
    checkQuote(q!, want.opening, want);
  });
  it('finds no quotation that is not listed', () => {
    const extra = run.quotes.filter((q) => !quotes.some((w) => q.text.trimStart().startsWith(w.opening)));
    expect(extra.map((q) => q.text)).toEqual([]);
  });
});

describe('attribution rules, one at a time', () => {
  const cases: { rule: string; text: string; opening: string; speaker: string | null; anonymous?: boolean }[] = [
    { rule: 'x-said', text: '“The bridge will reopen on Monday,” Jane Roe said.', opening: 'The bridge', speaker: 'Jane Roe' },
    { rule: 'said-x', text: '“The bridge will reopen on Monday,” said Jane Roe.', opening: 'The bridge', speaker: 'Jane Roe' },
    { rule: 'appositive', text: 'Jane Roe, the county’s chief engineer, said: “The bridge will reopen on Monday.”', opening: 'The bridge', speaker: 'Jane Roe' },
    { rule: 'according-to', text: 'The bridge “will reopen on Monday at the earliest,” according to Jane Roe.', opening: 'will reopen', speaker: 'Jane Roe' },
    { rule: 'told', text: '“The bridge will reopen on Monday,” Jane Roe told the County Courier.', opening: 'The bridge', speaker: 'Jane Roe' },
    { rule: 'wrote', text: 'Jane Roe wrote on her blog: “The bridge will reopen on Monday.”', opening: 'The bridge', speaker: 'Jane Roe' },
    { rule: 'continued', text: 'Jane Roe spoke first. “The bridge is safe,” she said. Roe continued, “It will reopen on Monday.”', opening: 'It will reopen', speaker: 'Roe' },
    { rule: 'statement', text: 'In a statement, Acme Holdings said the merger was “in the best interest of every shareholder.”', opening: 'in the best interest', speaker: 'Acme Holdings' },
    { rule: 'pronoun', text: 'Peter Vance, the club’s chairman, met fans on Sunday. He said: “The stadium is not for sale.”', opening: 'The stadium', speaker: 'Peter Vance' },
    { rule: 'participle', text: 'Jane Roe closed the bridge on Friday, saying: “No risk is acceptable.”', opening: 'No risk', speaker: 'Jane Roe' },
    { rule: 'previous-sentence', text: 'Jane Roe was asked about the delay.\n“We found cracks that nobody expected to find.”', opening: 'We found cracks', speaker: 'Jane Roe' },
    { rule: 'previous-quote', text: '“The bridge is safe,” said Jane Roe. “It will reopen on Monday.”', opening: 'It will reopen', speaker: 'Jane Roe' },
    { rule: 'quoted-as-saying', text: 'The Courier quoted a county engineer as saying, “The cracks are cosmetic.”', opening: 'The cracks', speaker: 'a county engineer', anonymous: true },
    { rule: 'told', text: '“The merger is dead,” a source close to the board told the Ledger.', opening: 'The merger', speaker: 'a source close to the board', anonymous: true },
    { rule: 'x-said', text: 'Analysts said the deal was “far too expensive for a company of that size.”', opening: 'far too', speaker: 'Analysts', anonymous: true },
    { rule: 'x-said', text: '“We will rebuild,” Jane Roe said, “and we will do it quickly.”', opening: 'and we will', speaker: 'Jane Roe' },
    { rule: 'said-x', text: '“Why now?” asked Senator Jane Roe. The minister did not answer.', opening: 'Why now', speaker: 'Jane Roe' },
    { rule: 'told', text: 'Dr Peter Vance, 61, the hospital’s medical director, told reporters the wards were “full to the doors.”', opening: 'full to the doors', speaker: 'Peter Vance' },
    { rule: 'passive', text: 'The plan was described by the county’s chief engineer, Jane Roe, as “the only safe option we have.”', opening: 'the only safe', speaker: 'Jane Roe' },
    { rule: 'possessive', text: 'The coach’s remark that the referee was “clearly out of his depth” drew a fine.', opening: 'clearly out', speaker: 'The coach', anonymous: true },
    { rule: 'x-said', text: 'Nurses’ leader Aoife Kane branded the offer “an insult to every nurse on the ward.”', opening: 'an insult', speaker: 'Aoife Kane' },
    { rule: 'x-said', text: 'The ministry said it would “look again at every contract signed since 2019.”', opening: 'look again', speaker: 'The ministry', anonymous: true },
  ];
  it.each(cases)('$rule: $text', ({ rule, text, opening, speaker, anonymous }) => {
    const want = anonymous === undefined ? { speaker, rule } : { speaker, rule, anonymous };
    expectQuote(text, opening, want);
  });

  it('does not read a new sentence after a full stop as the attribution', () => {
    const q = expectQuote('“The road is closed.” Jane Roe said the detour would add an hour.', 'The road', {});
    expect(q.speaker?.rule).not.toBe('x-said');
  });

  it('takes the age and the role appositives off the name', () => {
    const q = expectQuote('Dr Peter Vance, 61, the hospital’s medical director, told reporters the wards were “full to the doors.”', 'full', { speaker: 'Peter Vance' });
    expect(q.speaker?.role ?? '').toContain('medical director');
  });

  it('never takes the outlet a speaker told as the speaker', () => {
    const q = expectQuote('“Prices will rise in spring,” the chief executive told Reuters.', 'Prices', {});
    expect(q.speaker?.name ?? '').not.toContain('Reuters');
  });

  it('records a diagnostic, not a guess, when nobody can be found', () => {
    const { quotes, diagnostics } = runQuotes('The banner over the gate read “We will never walk alone in this town.”');
    const q = findQuote(quotes, 'We will never');
    expect(q?.speaker).toBeNull();
    expect(diagnostics.some((d) => d.rule === 'quote-no-speaker' && d.severity === 'info')).toBe(true);
  });
});
