/**
 * Third held-out batch (helper H10): three short invented articles written before
 * any rule of the typing/boundary pass was changed, never used for tuning.
 * Expected lists were written from the text, not from the tool's output.
 *
 * First run (before any change, commit 1641e85 code): tp 24, fp 2, fn 5 over all three
 * types → precision 0.92, recall 0.83. Wrong: person "Infirmary", organisation "St Brigid";
 * missed: Brenford (place), St Brigid's Hospital, Calder General Infirmary, Care First, Calder (place).
 *
 * After the typing/boundary pass (tuned on the golden corpus, the stories and the texts in
 * typing-boundaries.test.ts): tp 29, fp 0, fn 0 → precision 1.00, recall 1.00. One intermediate
 * look (after the first batch of rules) showed "Marlow" typed place from "Shares in Marlow"; the
 * "shares in X" cue added afterwards was already on the planned list, but that look was not blind.
 */
import type { GoldText } from './accuracy-corpus.js';

export const HELD_OUT_3: readonly GoldText[] = [
  {
    topic: 'shipping-bankruptcy',
    text: [
      'Marlow Freight Lines Files For Bankruptcy',
      'Marlow Freight Lines, the container carrier based in Port Ardent, filed for bankruptcy protection on Thursday after talks with its lenders collapsed.',
      'Chief executive Ingrid Solberg said in a statement that the company would keep its 14 vessels sailing while it looked for a buyer. "We owe it to our crews," Solberg said.',
      'Shares in Marlow fell 60% before trading was halted. Analysts at Harcourt Brennan said rival Tavish Shipping was the most likely bidder.',
      'Dockworkers in Port Ardent and across the Selmar Coast were told their wages would be paid. Union organiser Pavel Drozd warned that any delay would mean strikes.',
      'The carrier owes about 900 million to creditors led by Nordhaven Bank, according to court filings in Kelbourne.',
    ].join('\n'),
    person: ['Ingrid Solberg', 'Pavel Drozd'],
    organization: ['Marlow Freight Lines', 'Harcourt Brennan', 'Tavish Shipping', 'Nordhaven Bank'],
    place: ['Port Ardent', 'Selmar Coast', 'Kelbourne'],
  },
  {
    topic: 'regional-election',
    text: [
      'Greens Edge Ahead In Tallow Valley Vote',
      'The Green Alliance won 31 seats in the regional assembly of Tallow Valley on Sunday, one more than the ruling Civic Union, according to results from the Tallow Electoral Commission.',
      'Party leader Mirela Dascu told supporters in Brenford that voters had chosen "a cleaner valley". Outgoing premier Anton Havel conceded shortly after midnight.',
      'Turnout rose to 68%, the highest since the region was created. Farmers near Lake Orsa backed the Civic Union, while towns in the north swung to the Greens.',
      'Political scientist Oona Lindqvist of Brenford University said a coalition would take weeks. Dascu is expected to meet Havel on Tuesday.',
    ].join('\n'),
    person: ['Mirela Dascu', 'Anton Havel', 'Oona Lindqvist'],
    organization: ['Green Alliance', 'Civic Union', 'Tallow Electoral Commission', 'Brenford University'],
    place: ['Tallow Valley', 'Brenford', 'Lake Orsa'],
  },
  {
    topic: 'hospital-strike',
    text: [
      'Junior Doctors Walk Out At Two Hospitals',
      'Junior doctors at St Brigid\'s Hospital and Calder General Infirmary began a 48-hour strike on Monday over unpaid overtime.',
      'Strike leader Yusuf Amari said more than 300 doctors had joined picket lines in Calder. "Nobody takes this step lightly," Amari said.',
      'The Calder Health Trust said planned operations had been postponed. Its medical director, Helen Marsh, urged patients to attend emergencies as normal.',
      'Patients group Care First called for talks. Nurse Aoife Brennan, who crossed the picket line, said she understood the anger.',
      'The Medical Workers Union said a second walkout could follow in March if ministers in Dunmore refused to negotiate.',
    ].join('\n'),
    person: ['Yusuf Amari', 'Helen Marsh', 'Aoife Brennan'],
    organization: ["St Brigid's Hospital", 'Calder General Infirmary', 'Calder Health Trust', 'Care First', 'Medical Workers Union'],
    place: ['Calder', 'Dunmore'],
  },
];
