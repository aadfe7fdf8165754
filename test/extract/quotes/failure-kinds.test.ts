/**
 * Failure kinds seen on real news (issue 16, "Speakers"), one table per kind, on articles we wrote
 * (a lake authority, a vineyard, a chess tournament, a mountain rescue, a hospital, a ferry strike).
 * Each table has must-not cases: the name nearest the quote is often the wrong speaker.
 */
import { describe, expect, it } from 'vitest';
import type { KindCase as Case } from './helpers.js';
import { checkKind as check, failureKind, runQuotes } from './helpers.js';

failureKind('pronouns: "he/she said" is the person the text is about, not the last name seen', [
    // a chain: the sentence before opens with the same pronoun, so it goes back to its referent
    { text: 'Mara Quist chairs the lake authority. She said on Tuesday that Olav Brenn had missed the deadline for the dredging report.\n\n“We cannot wait another season,” she said.', opening: 'We cannot wait', speaker: 'Mara Quist', not: 'Olav Brenn' },
    // the previous sentence names its speaker after a clause about someone else
    { text: 'Rui Santos will find it harder to sell the wine abroad, Tomas Ferreira said.\n\n“It is an open question whether he can sell a single case,” he said.', opening: 'It is an open question', speaker: 'Tomas Ferreira', not: 'Rui Santos' },
    // in its own sentence, the pronoun that speaks is the subject that opens it
    { text: 'While Ilse Varga praised the young challenger Dmitri Orlov after the game, she also said his opening had been “reckless and beautiful at once.”', opening: 'reckless', speaker: 'Ilse Varga', not: 'Dmitri Orlov' },
    { text: 'The rescue team reached the ridge at dawn. Team leader Ken Aldous said the climbers were cold but unhurt. “They did everything right,” he said.', opening: 'They did everything', speaker: 'Ken Aldous' },
    // "she" skips a man named nearer: the article's own pronouns tell who goes with which
    { text: 'Ada Roe runs the ferry company; she took it over from her father in 2019. Her rival Olav Brenn said he would match any fare.\n\n“We will not be undercut by anyone,” she said.', opening: 'We will not be undercut', speaker: 'Ada Roe', not: 'Olav Brenn' },
    { text: 'Surgeon Priya Nandi said her team had worked through the night. Hospital director Tomas Brel praised her staff.\n\n“Nobody went home before the last patient was stable,” he said.', opening: 'Nobody went home', speaker: 'Tomas Brel', not: 'Priya Nandi' },
    // must-not: a pronoun with no person named before it stays the pronoun, not a name from the quote
    { text: 'The storm passed in the night.\n\n“Ask Olav Brenn, it was the loudest thing he has ever heard,” he said.', opening: 'Ask Olav', speaker: 'he', not: 'Olav Brenn' },
]);

failureKind('descriptions, groups and institutions: the phrase that speaks, never the medium', [
    { text: 'Ada Roe, a ferry captain for thirty years, died on Sunday. Her family said in a statement that she had been “the light of every room she entered.”', opening: 'the light', speaker: 'Her family', not: 'Ada Roe' },
    { text: 'The coast guard said on Twitter that “all six crew members are safe and accounted for.”', opening: 'all six', speaker: 'The coast guard', not: 'Twitter' },
    { text: '“The defendant showed no remorse at any point,” prosecutors wrote in the filing.', opening: 'The defendant', speaker: 'prosecutors' },
    { text: '“She fed every stray cat on the street,” a neighbour said on Facebook.', opening: 'She fed', speaker: 'a neighbour', not: 'Facebook' },
    // the medium is not the speaker (issue 16): a website with no named owner credits nobody
    { text: '“Tickets for the final round are sold out,” the tournament website explains.', opening: 'Tickets', speaker: null },
    { text: '“The ferries will sail on Friday,” the union said in a statement posted on its website.', opening: 'The ferries', speaker: 'the union', not: 'website' },
    { text: '“We are ready for the final,” the coach told the Evening Post.', opening: 'We are ready', speaker: 'the coach', not: 'Evening Post' },
    // must-not: a time is not a speaker
    { text: 'The vote was close. “Every bed was full by noon,” the day said.', opening: 'Every bed', speaker: null },
]);

failureKind('short and embedded quotes with no verb of speech: the subject who uses the words', [
    { text: 'Mara Quist vowed to “fight for every last vote” in the recount.', opening: 'fight for', speaker: 'Mara Quist' },
    { text: 'The referees’ union called on its members to “stand together this weekend.”', opening: 'stand together', speaker: 'union' },
    { text: 'Grandmaster Ilse Varga dismissed the draw offer as “a little insulting, frankly.”', opening: 'a little', speaker: 'Ilse Varga' },
    // must-not: in a passive clause the subject is who the words are about
    { text: 'Olav Brenn was described as “a careful man with a short temper.”', opening: 'a careful man', speaker: null },
    // must-not: the target of an accusation is not its speaker
    { text: 'A rival candidate has accused Mara Quist of “hiding the figures from the board.”', opening: 'hiding', speaker: 'A rival candidate', not: 'Mara Quist' },
]);

failureKind('attribution after a quote that ends in a full stop: the name that follows, not the sentence before', [
    { text: 'The recount began at nine. “Nobody saw that coming in this county.” Mara Quist said.', opening: 'Nobody saw', speaker: 'Mara Quist' },
    { text: 'Olav Brenn opened the meeting. “The ferries will not sail this week.” His deputy, Tomas Brel, said on Monday.', opening: 'The ferries', speaker: 'Tomas Brel', not: 'Olav Brenn' },
    { text: 'The clinic reopened on Monday. “I can promise the queues will be shorter.” said surgeon Priya Nandi.', opening: 'I can promise', speaker: 'Priya Nandi' },
    // must-not: a new sentence that begins with a name and goes on is not an attribution
    { text: 'Olav Brenn opened the meeting. “The road is closed.” Mara Quist said the detour would add an hour.', opening: 'The road', not: 'Mara Quist' },
]);

failureKind('short quoted phrases are quotes with a speaker; judging verbs are verbs of speech', [
    { text: 'The chess federation heralded the result as a “breakthrough.”', opening: 'breakthrough', speaker: 'The chess federation' },
    { text: 'Olav Brenn accused the harbour board of “dragging its feet.”', opening: 'dragging', speaker: 'Olav Brenn' },
    { text: 'Mara Quist derided the recount as “theatre.”', opening: 'theatre', speaker: 'Mara Quist' },
    // must-not: the one accused is not the speaker
    { text: 'Mara Quist was accused of “hiding the figures from the board.”', opening: 'hiding', not: 'Mara Quist' },
]);

describe('broadcasters, split quotes, titles and headlines (guards: these already held)', () => {
  const cases: Case[] = [
    { text: 'Mara Quist told NBC on Sunday that the recount was “a waste of everyone’s time.”', opening: 'a waste', speaker: 'Mara Quist', not: 'NBC' },
    { text: 'Speaking to the Harbour Gazette, Olav Brenn said the strike was “over for now.”', opening: 'over for now', speaker: 'Olav Brenn', not: 'Harbour Gazette' },
    // one quote split by its attribution, or by an ellipsis, keeps one speaker
    { text: '“We will sail,” Olav Brenn said, “whatever the union decides.”', opening: 'whatever the union', speaker: 'Olav Brenn' },
    { text: 'Olav Brenn said: “We will sail on Friday.” … “Whatever the union decides, we sail.”', opening: 'Whatever the union', speaker: 'Olav Brenn' },
    // a name under a title-case headline does not swallow the headline's words
    { text: 'Quist Said Tax-Cut Plans Would Wait\n\n“The plans will wait until spring,” Mara Quist said on Monday.', opening: 'The plans', speaker: 'Mara Quist' },
  ];
  it.each(cases)('$opening', check);
  it('does not take titles of shows, books or campaigns for quotes', () => {
    const { quotes } = runQuotes('Her latest book, “Tides and Tempers,” sold well. The chess festival’s new show, “Sixty-Four Squares,” opens in May. The campaign, called “Fair Fares Now,” was launched by Ada Roe on Monday.');
    expect(quotes.filter((q) => !q.scare).map((q) => q.text)).toEqual([]);
  });
});
