/**
 * Held-out texts: written after the rules were tuned, labelled by hand before the
 * first run, and used to measure (accuracy.test.ts). The first run missed two items
 * (an appositive role phrase, a hyphenated scare quote), which led to two general fixes;
 * “wake-up call” was relabelled when the scare rule changed (a speech cue before it).
 */
import type { CorpusText } from './corpus.js';

export const HELD_OUT: readonly CorpusText[] = [
  {
    topic: 'election count',
    text: [
      'Counting in the Westmarch by-election ran late into Friday night after two recounts.',
      'The returning officer, Helen Marsh, said the result would be declared "as soon as every ballot has been checked twice."',
      '“It is close, closer than any of us expected,” said Labour candidate Omar Haddad as he left the count at 2am.',
      'His rival, Conservative Priya Nair, told the Westmarch Echo that she was “confident but not complacent.”',
      '"We ran a positive campaign on the things people here care about: buses, rents and the hospital," she added.',
      'Turnout was 38 per cent, according to the council.',
      'Political scientist Ruth Engel, of Northfield University, cautioned against reading too much into the result. “By-elections are a poor guide to general elections. Voters use them to send a message, and then they go home,” Engel said.',
      'A spokesman for the Green Party called the result a “wake-up call” for the larger parties.',
      'Haddad was asked whether he would demand a third recount.',
      '"If the margin is under ten votes, yes. Every vote deserves to be counted properly."',
      'Observers from the electoral commission said the process had been “orderly and transparent at every stage.”',
    ].join('\n'),
    quotes: [
      { opening: 'as soon as every ballot', speaker: 'Helen Marsh', partial: true },
      { opening: 'It is close', speaker: 'Omar Haddad' },
      { opening: 'confident but not complacent', speaker: 'Priya Nair', partial: true },
      { opening: 'We ran a positive campaign', speaker: 'Priya Nair' },
      { opening: 'By-elections are a poor guide', speaker: 'Engel' },
      { opening: 'wake-up call', speaker: 'A spokesman for the Green Party', anonymous: true, partial: true },
      { opening: 'If the margin is under', speaker: 'Haddad' },
      { opening: 'orderly and transparent', speaker: 'Observers from the electoral commission', partial: true },
    ],
  },
  {
    topic: 'company merger',
    text: [
      'Brightwater Foods agreed on Monday to buy its smaller rival Kestrel Snacks for £1.2bn, creating the country’s second-largest snack maker.',
      '“This is a once-in-a-generation chance to build a national champion,” Brightwater’s chief executive, Sofia Lindqvist, told analysts on a call.',
      'She said the combined group would keep both brands and all five factories “for the foreseeable future.”',
      'Kestrel’s founder, Tom Avery, who will leave the company after the deal closes, was more cautious. "I built this business for thirty years. I hope they look after the people who made it," he said.',
      'Unions were not convinced. “We have heard promises like this before, and then the closures come,” said Dana Price, a regional organiser for the Food Workers Union.',
      'The competition regulator said it would review the deal, which some investors have dubbed “Project Crunch.”',
      'Shares in Kestrel rose 18% in early trading. One fund manager, speaking on condition of anonymity, said the price was “generous, maybe too generous” for a business with flat sales.',
      'Lindqvist wrote in a letter to staff: “Nothing changes for you tomorrow. We will talk to every site before we decide anything.”',
    ].join('\n'),
    quotes: [
      { opening: 'This is a once-in-a-generation', speaker: 'Sofia Lindqvist' },
      { opening: 'for the foreseeable future', speaker: 'Lindqvist', partial: true },
      { opening: 'I built this business', speaker: 'Tom Avery' },
      { opening: 'We have heard promises', speaker: 'Dana Price' },
      { opening: 'generous, maybe too generous', speaker: 'One fund manager', partial: true },
      { opening: 'Nothing changes for you', speaker: 'Lindqvist' },
    ],
  },
];
