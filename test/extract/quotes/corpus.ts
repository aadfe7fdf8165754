/**
 * Hand-written articles on three topics with every quotation listed by hand:
 * the expectations for the speaker tests and the precision/recall measurement.
 * `opening` is how the quoted text starts; `speaker: null` means no speaker should be found.
 */
import type { QuoteExpectation } from './helpers.js';

export interface ExpectedQuote extends QuoteExpectation {
  readonly opening: string;
}

export interface CorpusText {
  readonly topic: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
}

export const CORPUS: readonly CorpusText[] = [
  {
    topic: 'storm response',
    text: [
      'Storm Elsa batters coastal town as mayor warns of more flooding',
      'Mayor Linda Okafor said on Tuesday that the town had "never seen water this high in living memory." Emergency crews worked through the night.',
      '"We are asking everyone in the low streets to leave now," Okafor told the Harbour Gazette. "Do not wait for the water to reach your door."',
      'The chief meteorologist of the national weather service, Daniel Brandt, said the storm would stall over the coast until Thursday.',
      '"The rain bands are training over the same valleys, and the ground is already saturated," said Brandt. He added: "Another 80 millimetres is possible in the hills."',
      'Brandt continued, "The next 24 hours are critical for the river towns."',
      'According to Brandt, the river gauge at Millbrook rose by two metres in six hours.',
      'Residents described the council\'s response as "slow" and a "shambles".',
      '"Nobody came to our street until the water was up to the windows," a resident of Quay Lane told reporters.',
      'Brandt was asked whether the dam at Millbrook was at risk.',
      '"The dam is inspected every six hours and it is sound. There is no reason to panic."',
      'Okafor faced angry questions at a briefing on Wednesday. "I understand the anger. We had crews in every district, but the water came faster than any forecast," she said.',
      'In a statement, the regional council said it had "deployed every available pump in the county" to the worst-hit districts.',
      'Officials said the town\'s \'90s flood walls held in most places, and the rock \'n\' roll museum on the seafront stayed dry. Brandt\'s team don\'t expect the storm\'s remnants to clear before the weekend.',
    ].join('\n'),
    quotes: [
      { opening: 'never seen water', speaker: 'Linda Okafor', partial: true },
      { opening: 'We are asking everyone', speaker: 'Okafor', partial: false, rule: 'told' },
      { opening: 'Do not wait', speaker: 'Okafor', rule: 'previous-quote' },
      { opening: 'The rain bands', speaker: 'Brandt', rule: 'said-x' },
      { opening: 'Another 80 millimetres', speaker: 'Brandt', rule: 'pronoun' },
      { opening: 'The next 24 hours', speaker: 'Brandt', rule: 'continued' },
      { opening: 'slow', scare: false, speaker: 'Residents', anonymous: true, partial: true },
      { opening: 'shambles', scare: false, speaker: 'Residents', anonymous: true, partial: true },
      { opening: 'Nobody came', speaker: 'a resident of Quay Lane', anonymous: true, rule: 'told' },
      { opening: 'The dam is inspected', speaker: 'Brandt', rule: 'previous-sentence' },
      { opening: 'I understand the anger', speaker: 'Okafor', rule: 'pronoun' },
      { opening: 'deployed every available pump', speaker: 'the regional council', partial: true, rule: 'statement' },
    ],
  },
  {
    topic: 'trade dispute',
    text: [
      'Trade Minister Aiko Tanaka said the new tariffs were "a clear violation of the bilateral agreement" and promised a response within weeks.',
      '“We will not accept measures that punish our farmers for a dispute they did not start,” Tanaka said at a news conference in Osaka.',
      'The chief executive of Norden Steel, Erik Lund, struck a different tone. “Nobody wins a tariff war. Our customers pay, our workers pay, and in the end the governments come back to the table,” Lund told the Financial Ledger.',
      'He insisted the company would keep its plants open: “We are not moving a single job.”',
      'Analysts said the measures could shave 0.3 percentage points off growth next year.',
      '“The numbers are small on paper, but the uncertainty is expensive,” according to Maria Costa, an economist at the Lisbon Institute.',
      'Tanaka later wrote on social media: “Our door remains open, but our patience is not unlimited.”',
      'Two officials familiar with the talks said a compromise on steel quotas was “within reach of a deal” by the summer.',
      'In her 2019 book “Walls of Paper”, Costa argued that tariffs rarely survive a change of government.',
      'The so-called “green corridor” for farm goods would remain in place, the ministry confirmed.',
      '“It’s a negotiation, not a war,” Lund’s spokesperson, Ola Berg, said on Friday.',
    ].join('\n'),
    quotes: [
      { opening: 'a clear violation', speaker: 'Aiko Tanaka', partial: true },
      { opening: 'We will not accept', speaker: 'Tanaka', partial: false, rule: 'x-said' },
      { opening: 'Nobody wins a tariff war', speaker: 'Lund', rule: 'told' },
      { opening: 'We are not moving', speaker: 'Lund', rule: 'pronoun' },
      { opening: 'The numbers are small', speaker: 'Maria Costa', rule: 'according-to' },
      { opening: 'Our door remains open', speaker: 'Tanaka', rule: 'wrote' },
      { opening: 'within reach of a deal', speaker: 'Two officials familiar with the talks', anonymous: true, partial: true },
      { opening: 'green corridor', scare: true, speaker: null },
      { opening: 'It’s a negotiation', speaker: 'Ola Berg', rule: 'appositive' },
    ],
  },
  {
    topic: 'football press conference',
    text: [
      'Coach Marta Silva praised her side after the 3-1 win over Rivertown. "I\'m proud of how we reacted after conceding. We kept the ball and we kept our heads," Silva said.',
      '"He\'s 6\'2" and he wins everything in the air," she said of the new striker, Tomas Berg.',
      'Berg, 24, scored twice. "It\'s a dream start. The lads made it easy for me," said the striker.',
      'The club\'s captain, Jonas Weber, said the squad had "bought into" the new system.',
      'Asked about the title race, Silva smiled.',
      '“We take it game by game. Nobody in this dressing room is talking about trophies.',
      '“Ask me again in May.”',
      'The late penalty was described by Rivertown\'s manager, Paul Grant, as “baffling.”',
      'Grant said: «I have watched it ten times and I still cannot see the foul.»',
      'A Rivertown supporter behind the goal was blunter: "We were robbed, simple as that."',
      'Silva’s assistant didn’t comment on the club’s ’90s-style kit, which fans have called “a classic” on social media.',
    ].join('\n'),
    quotes: [
      { opening: "I'm proud", speaker: 'Silva', rule: 'x-said' },
      { opening: "He's 6'2\"", speaker: 'Silva', rule: 'pronoun' },
      { opening: "It's a dream start", speaker: 'Berg', rule: 'description' },
      { opening: 'bought into', scare: false, speaker: 'Jonas Weber', partial: true },
      { opening: 'We take it game by game', speaker: 'Silva', rule: 'previous-sentence' },
      { opening: 'baffling', scare: false, speaker: 'Paul Grant', partial: true, rule: 'passive' },
      { opening: 'I have watched', speaker: 'Grant', rule: 'x-said' },
      { opening: 'We were robbed', speaker: 'A Rivertown supporter behind the goal', anonymous: true, rule: 'colon' },
      { opening: 'a classic', scare: false, speaker: 'fans', anonymous: true, partial: true },
    ],
  },
];
