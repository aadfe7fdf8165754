/**
 * Speaker failure kinds of the fifth round (issue 16, speakers half), one table per kind, on
 * articles we wrote: a harbour authority, a mountain rescue team, a bakery chain, a football club,
 * a theatre, a farm co-operative. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('a bare surname the entity stage left unnamed is still the antecedent of a later pronoun', [
  { text: 'Olav Dean, a former harbour master, criticised the plan. The mayor, Tomas Ferreira, replied on Monday. Dean, a trained engineer, then appeared on local radio.\n\nHe then defended his view, saying, “The cranes are too old.”', opening: 'The cranes', speaker: 'Olav Dean', not: 'Tomas Ferreira' },
  { text: 'Mara Bishop chaired the farm co-operative for ten years. Her successor, Ada Roe, cut the milk price. Bishop, a dairy farmer, then wrote to the members.\n\nShe criticised the cut, writing, “Nobody asked the growers.”', opening: 'Nobody asked', speaker: 'Mara Bishop', not: 'Ada Roe' },
  // must-not: a capitalised word inside a run of capitalised words is not the surname alone
  { text: 'Olav Dean runs the harbour authority. The mayor, Tomas Ferreira, closed the Dean Street pier on Monday.\n\n“The pier is unsafe,” he said.', opening: 'The pier is unsafe', speaker: 'Tomas Ferreira', not: 'Olav Dean' },
]);

kind('a bare surname two people of the article share goes, for "he" or "she", to the namesake of that gender', [
  { text: 'Olav Brenn spoke at the co-operative with his wife Ada Brenn. The chair, Tomas Ferreira, thanked them both.\n\n“Prices are too low,” Brenn said.\n\n“We cannot go on like this,” he said.', opening: 'We cannot go on', speaker: 'Olav Brenn', not: 'Tomas Ferreira' },
  { text: 'Ada Quist runs the theatre with her husband Tomas Quist. The director, Mara Roe, joined them on stage.\n\n“The roof leaks,” Quist said.\n\n“We need a new one before winter,” she said.', opening: 'We need a new one', speaker: 'Ada Quist', not: 'Mara Roe' },
  // must-not: a surname only one person has keeps that person, not a namesake of the pronoun's gender
  { text: 'Ada Roe chairs the harbour authority. The engineer, Olav Brenn, inspected the cranes.\n\n“The crane is old,” Roe said.\n\n“It will be replaced,” she said.', opening: 'It will be replaced', speaker: 'Ada Roe', not: 'Olav Brenn' },
]);

kind('"The Leith Courier reports that …", "Roe and Quist call them “…”": a verb of speech the tagger read as a noun, after a name', [
  { text: 'The bakery chain closed three shops. The Leith Courier reports that the owners cut the bread price in order to “win back the morning trade.”', opening: 'win back', speaker: 'Leith Courier', not: 'owners' },
  { text: 'The harbour authority raised its fees. The Carrow Gazette reports:\n\n“The new fees will double the cost of a mooring for a small boat.”', opening: 'The new fees', speaker: 'Carrow Gazette' },
  { text: 'The football club lost again on Saturday. Ada Roe and Olav Brenn call them “the loyal few” in their weekly column.', opening: 'the loyal few', speaker: 'Olav Brenn' },
  // must-not: a noun after a possessive is no verb; the name before it still speaks
  { text: 'The theatre will close in May. From Mara Quist’s Facebook post: “We gave it twenty good years and we are proud of every night.”', opening: 'We gave it', not: 'Facebook' },
]);

kind('"footage of Roe saying, “…”": a person named right before a speech participle speaks', [
  { text: 'The club released a new advertisement. It uses footage of Ada Roe saying, “We will win the league this year.”', opening: 'We will win', speaker: 'Ada Roe', not: 'club' },
  { text: 'The bakery chain ran a short film. The film ends with Olav Brenn asking, “Who bakes your bread?”', opening: 'Who bakes', speaker: 'Olav Brenn' },
  { text: 'The board members disliked the plan, with Cllr. Mara Quist calling it a “patchwork quilt.”', opening: 'patchwork', speaker: 'Mara Quist' },
  { text: 'Both men spoke after the match – Olav Brenn saying he was “very proud” and Tomas Ferreira calling it a “great night.”', opening: 'great night', speaker: 'Tomas Ferreira', not: 'Olav Brenn' },
  // must-not: the addressee after "to" is not who writes the words
  { text: 'The mooring fees rose again. Harbour pilot Tomas Ferreira wrote a letter to Mayor Mara Quist calling the rise a “fiasco for small boats.”', opening: 'fiasco', speaker: 'Tomas Ferreira', not: 'Mara Quist' },
]);

kind('"The clip says Roe “has …”": a common noun right before the verb is its subject, not the name after it', [
  { text: 'The campaign released a new clip on Monday. The clip says Ferreira “has never run a business in his life.”', opening: 'has never run', speaker: 'The clip', not: 'Ferreira' },
  { text: 'The theatre board sent out its report. The report says Quist “ignored every warning about the roof.”', opening: 'ignored every', speaker: 'The report', not: 'Quist' },
  // must-not: with a name after the verb and no subject before, the name still speaks
  { text: 'The harbour closed early. “The storm came fast,” says Olav Brenn, the harbour master.', opening: 'The storm came', speaker: 'Olav Brenn' },
]);

kind('"as the Leith Courier put it": the subject of "as … put it" next to the quotation speaks', [
  { text: 'Ada Roe has run the club for years. Her long tenure has not protected her from being seen, as the Carrow Gazette put it in a long profile, “the last old-school chairman.”', opening: 'the last old-school', speaker: 'Carrow Gazette', not: 'Ada Roe' },
  { text: 'Several councillors agree with Olav Brenn. The only rule for a mooring is a “valid harbour licence,” as a council memo put it.', opening: 'valid harbour', speaker: 'a council memo', not: 'Olav Brenn' },
  // must-not: an "as" clause with no "put it" leaves the verb of speech to decide
  { text: 'The ferry left late on Monday. As the crowd waited, Mara Quist said the boat was “in perfect shape.”', opening: 'in perfect shape', speaker: 'Mara Quist' },
]);

kind('"according to Leith AFL-CIO President Jane Roe": a hyphenated organisation, a title, then the person', [
  { text: 'The ferry workers went on strike. The mayor was greeted with chants of “Strike!” at the pier, according to Leith AFL-CIO President Ada Roe.', opening: 'Strike!', speaker: 'Ada Roe', not: 'Leith' },
  { text: 'The harbour pilots met on Friday. “We had to accept a cut in pay,” said Harbour Pilots Union Secretary-Treasurer Olav Brenn.', opening: 'We had to accept', speaker: 'Olav Brenn' },
  // must-not: an organisation with no person after it still speaks
  { text: 'The bakery workers met on Friday. “We want a fair wage,” said the Leith Bakers-Union in a statement.', opening: 'We want a fair', not: 'statement' },
]);

kind('descriptions that speak: "my father often said", "several groups …, saying", "Officials at Acme, a division of …, said"', [
  { text: 'The farm was sold in the spring. “We live on borrowed land,” my father often said.', opening: 'We live on', speaker: 'my father' },
  { text: 'The harbour was dredged last year. In August, several fishing groups granted the authority more time, saying its “budget was smaller than expected.”', opening: 'budget was', speaker: 'several fishing groups' },
  { text: 'The theatre was inspected twice. Officials at Leith Building Control, a division of Carrow Council, said the roof “may fail in a heavy storm.”', opening: 'may fail', speaker: 'Leith Building Control', not: 'Carrow Council' },
  // must-not: a passive with adverbs before the verb gives the listener no voice; a definite thing does not speak
  { text: 'The porters worked long nights. A joke was that porters were more appropriately called “tired porters” by the crews.', opening: 'tired porters', not: 'porters' },
  { text: 'The club lost the final. The defeat ended the season, with the manager’s assistant saying the team was “simply worn out.”', opening: 'simply worn', not: 'The defeat' },
]);
