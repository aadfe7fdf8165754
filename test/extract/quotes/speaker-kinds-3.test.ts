/**
 * Speaker failure kinds of the third round (issue 16, speakers half), one table per kind, on
 * articles we wrote: a ferry line, a chess club, a bakery, a mountain rescue team, a school
 * board, a vineyard, a football club. Each table has must-not cases.
 */
import { failureKind as kind } from './helpers.js';

kind('picture credits and link teasers are not who a later pronoun refers to', [
  { text: 'Olav Brenn repaired the ferry engine on Sunday.\n\nThe harbour at dawn. (Peter Lindqvist / Coast Wire)\n\n“It will run until spring,” he said.', opening: 'It will run', speaker: 'Olav Brenn', not: 'Peter Lindqvist' },
  { text: 'Tomas Brel trains the juniors of the chess club.\n\nREAD MORE: Martin Gall wins the regional title\n\n“Our juniors train twice a week,” he said.', opening: 'Our juniors', speaker: 'Tomas Brel', not: 'Martin Gall' },
  { text: 'Ada Roe opened the bakery in May. A queue formed at dawn (Mara Quist/Valley Post).\n\n“We sold out by noon,” she said.', opening: 'We sold out', speaker: 'Ada Roe', not: 'Mara Quist' },
  // must-not: a parenthesis that is no credit keeps its name
  { text: 'The rescue team went out twice. Olav Brenn (the team leader) found the climbers.\n\n“The wind turned in minutes,” he said.', opening: 'The wind turned', speaker: 'Olav Brenn' },
]);

kind('"he" or "she" is never an organisation, even one quoted before', [
  { text: 'Olav Brenn runs the ferry. The Harbour Authority said on Monday that the pier would close. “Repairs take a month,” the authority said.\n\n“We have no choice,” he said.', opening: 'We have no choice', speaker: 'Olav Brenn', not: 'Harbour Authority' },
  { text: 'Ada Roe chairs the school board. Northfield Council wrote to parents on Friday. “The budget is fixed,” the council said.\n\n“Then we cut the trips,” she said.', opening: 'Then we cut', speaker: 'Ada Roe', not: 'Northfield Council' },
  // must-not: "it" still goes to the organisation that spoke
  { text: 'Olav Brenn runs the ferry. The Harbour Authority said on Monday that the pier would close.\n\n“Repairs take a month,” it said.', opening: 'Repairs take', speaker: 'Harbour Authority', not: 'Olav Brenn' },
]);

kind('a surname the entity stage missed, after the full name was given, names the speaker', [
  { text: 'Christopher House runs the dance company. It now has seven dancers. “I always felt the piece deserved to be longer,” says House. “It grows with every season.”', opening: 'I always felt', speaker: 'Christopher House' },
  { text: 'Margaret Field coaches the under-12 team of the football club. “The boys have never trained harder,” Field said.', opening: 'The boys have', speaker: 'Margaret Field' },
  // must-not: a capitalised word that is nobody's surname is no speaker
  { text: 'Ada Field runs the vineyard. “The frost spared the upper rows,” says Monday’s bulletin.', opening: 'The frost spared', not: 'Ada Field' },
]);

kind('a verb of speech right after the closing mark, whatever its tag: “…,” echoes Roe', [
  { text: 'Robert McMillen counsels couples. “Confidence is attractive,” echoes McMillen. “So is kindness.”', opening: 'Confidence is', speaker: 'McMillen' },
  { text: 'The school board met on Monday. “You’re late,” blurted Ada Roe as the mayor came in.', opening: 'You’re late', speaker: 'Ada Roe' },
  // must-not: the same word as a noun in the writer's sentence is no cue
  { text: 'Olav Brenn spoke first. The echoes of the storm were still in the harbour, and the “old pier” was gone.', opening: 'old pier', not: 'Olav Brenn' },
]);

kind('"said Acme\'s Vice Chair and President Jane Roe": the person after the organisation\'s titles', [
  { text: 'The takeover closed on Friday. “We are grateful for the review,” said Northwind Group\'s Vice Chair and President Ada Roe in a post.', opening: 'We are grateful', speaker: 'Ada Roe', not: 'Northwind Group' },
  { text: 'The vineyard was sold. “The vines stay in the family,” said Quinta Vale’s chief winemaker Tomas Ferreira on Monday.', opening: 'The vines stay', speaker: 'Tomas Ferreira', not: 'Quinta Vale' },
  // must-not: no title between the possessive and a name: the organisation still speaks for its brand
  { text: 'Ferrow Lines launched a new route. “Bookings open today,” said Ferrow Lines on its website.', opening: 'Bookings open', speaker: 'Ferrow Lines' },
]);

kind('“…,” a person, then where they work, then the verb: the person speaks, not the affiliation', [
  { text: 'The study was published on Thursday.\n\n“Any amount of sugar raises the risk,” lead author of the study Dr. Ada Roe, at the Institute for Diet Research (IDR), Leith University said.', opening: 'Any amount', speaker: 'Ada Roe', not: 'Leith University' },
  { text: 'The rescue took six hours.\n\n“The climbers were lucky,” team doctor Mara Quist, of the Alpine Rescue Service, Northfield said.', opening: 'The climbers', speaker: 'Mara Quist', not: 'Northfield' },
  // must-not: the organisation that opens the attribution still speaks
  { text: 'The study was published on Thursday.\n\n“Any amount of sugar raises the risk,” the Institute for Diet Research, part of Leith University, said.', opening: 'Any amount', not: 'Ada Roe' },
]);

kind('"according to Acme\'s website", "her statement said": the medium\'s owner speaks', [
  { text: 'Ferrow Lines runs six boats. The company is “the oldest ferry operator on the coast,” according to Ferrow Lines’ website.', opening: 'the oldest ferry', speaker: 'Ferrow Lines', not: 'website' },
  { text: 'Ada Roe resigned from the school board in May. After the vote, she published a statement. “The board has lost its way,” her statement said.', opening: 'The board has lost', speaker: 'Ada Roe' },
  // must-not: a medium with no owner named credits nobody
  { text: 'The vineyard changed hands. “The vines stay,” the website said.', opening: 'The vines stay', speaker: null },
]);

kind('"the Maui county government said": the place or body named inside the description', [
  { text: 'Fires spread across Leith County on Tuesday.\n\n“Twelve homes were lost,” the Leith county government said in a statement.', opening: 'Twelve homes', speaker: 'Leith County' },
  { text: 'The Valley Wine Council met on Monday. Growers were angry.\n\n“Prices will hold through the summer,” the Valley Wine Council board said.', opening: 'Prices will hold', speaker: 'Valley Wine Council' },
  // must-not: a description with nothing named in it is not given to a body that happens to be named
  { text: 'The Valley Wine Council met on Monday.\n\n“Prices will fall,” the growers said.', opening: 'Prices will fall', not: 'Valley Wine Council' },
  // must-not: a person from a body is not the body ("a council source said")
  { text: 'The Valley Wine Council met on Monday.\n\n“Prices will fall by autumn,” a Valley Wine Council source said.', opening: 'Prices will fall', not: 'Valley Wine Council' },
]);

kind('"said the Brit", "the 37-year-old said": the person of that origin or age, not the nearest name', [
  { text: 'Britain’s Emma Vance beat Canadian Lucy Fernald in the final to take her first title.\n\n“It was a very hard match,” said the Brit after her win.', opening: 'It was a very hard', speaker: 'Emma Vance', not: 'Lucy Fernald' },
  { text: 'Olav Brenn, 37, captained the ferry for a decade. His deputy Tomas Lind, 52, took over on Monday.\n\n“I will miss the crossing,” the 37-year-old said.', opening: 'I will miss', speaker: 'Olav Brenn', not: 'Tomas Lind' },
  // must-not: a name the entity stage did not take for a person is not "the Brit"
  { text: 'Emma Vance won her first Grand Slam on Saturday.\n\n“It was a very hard match,” said the Brit.', opening: 'It was a very hard', speaker: 'Emma Vance', not: 'Grand Slam' },
]);

kind('advertisement lines between paragraphs do not count as distance back to the person', [
  { text: 'Tomas Brel learned in July that he needs a new kidney.\n\nHis doctor gave him the news.\n\nStory continues below advertisement\n\nStory continues below advertisement\n\nAdvertisement\n\n“They told me my blood was poison,” he said.', opening: 'They told me', speaker: 'Tomas Brel' },
  { text: 'Ada Roe opened the bakery in May.\n\nAdvertisement\n\nThe queue formed at dawn.\n\nStory continues below advertisement\n\nThe bread sold out.\n\n“We baked all night,” she said.', opening: 'We baked', speaker: 'Ada Roe' },
  // must-not: prose paragraphs still count, and a name far above is out of reach of a bare "he"
  { text: 'Tomas Brel needs a new kidney.\n\nThe clinic opened in 1990.\n\nIt has twelve beds.\n\nIt serves three towns.\n\nIts budget grew last year.\n\n“They told me my blood was poison,” he said.', opening: 'They told me', not: 'Tomas Brel' },
]);

kind('a noun of kinship before a name tells the gender: "her father Khaled"', [
  { text: 'For Mara Quist, Friday is the day she has waited for. Her father Anwar was one of the climbers lost on the ridge.\n\n“I want to see the report,” she said.', opening: 'I want to see', speaker: 'Mara Quist', not: 'Anwar' },
  { text: 'Tomas Brel sailed with the ferry for thirty years. His wife, Robin, ran the ticket office.\n\n“The sea was our whole life,” he said.', opening: 'The sea was', speaker: 'Tomas Brel', not: 'Robin' },
  // must-not: the mother named before is not "he" when her son is named after her
  { text: 'Ada Roe runs the vineyard. Her son Peter picks the grapes.\n\n“The harvest is early this year,” he said.', opening: 'The harvest', speaker: 'Peter', not: 'Ada Roe' },
]);

kind('"said lead author Dr. Jane Roe": role words the tagger reads as verbs, then the person', [
  { text: 'The study was large. "Most patients never go back to full-time work," said lead author Dr. Allan Garland, a specialist at Leith University.', opening: 'Most patients', speaker: 'Allan Garland', not: 'Leith University' },
  { text: 'The ferry resumed on Monday. "The engine was rebuilt from scratch," said chief engineer Olav Brenn, who led the repair.', opening: 'The engine was', speaker: 'Olav Brenn' },
  // must-not: a role with no name after it stays a description, never the next name in the sentence
  { text: 'The ferry resumed on Monday. "The engine was rebuilt from scratch," said the chief engineer, adding that Olav Brenn had paid for it.', opening: 'The engine was', not: 'Olav Brenn' },
]);

kind('a paragraph that is only a quotation resumes the speaker of the quote in the paragraph before', [
  { text: '“We have had a great run as a club these last years,” said Ada Roe, who with Lena Falk and Ida Sund has won the regional cup. Falk and Sund also won the doubles.\n\n“We are proud to play for this town.”', opening: 'We are proud', speaker: 'Ada Roe' },
  { text: '“The harvest came early,” said Tomas Ferreira, the winemaker. The grapes were picked in August. Prices held.\n\n“It was the best year since 2005.”', opening: 'It was the best', speaker: 'Tomas Ferreira' },
  // must-not: a paragraph further away, or a quotation followed by the writer's own words, is not resumed
  { text: '“The harvest came early,” said Tomas Ferreira, the winemaker.\n\nThe grapes were picked in August.\n\n“It was the best year since 2005.”', opening: 'It was the best', speaker: null },
]);

kind('after the verb: a person "with" or "at" an organisation, an organisation name cut in two, a hyphenated description', [
  { text: 'The train was too long. "Nobody would have run a train that big in this cold," said Joe Mulligan with Railroad Workers United, a volunteer group.', opening: 'Nobody would', speaker: 'Joe Mulligan', not: 'Railroad Workers United' },
  { text: 'Results came in May. “The results are very exciting,” says Heart and Lung senior manager Erin Roe, who leads the project.', opening: 'The results are', speaker: 'Erin Roe', not: 'Heart' },
  { text: 'The shop prints comics. “It is months of panels and fixing mistakes,” says the self-taught Leith resident, who sold forty copies.', opening: 'It is months', speaker: 'the self-taught Leith resident' },
  // must-not: an organisation followed by "with" still speaks for itself
  { text: 'The union met on Friday. "We will not sign this contract," said the Railroad Workers United with one voice.', opening: 'We will not sign', not: 'Joe Mulligan' },
]);

kind('a curly quotation nested in a curly one does not close it', [
  { text: 'Readers wrote to us after the debate.\n“As a young voter I would rather live in what he calls “chaos” than in his world.” ― Ada Roe', opening: 'As a young voter', quoted: 'As a young voter I would rather live in what he calls “chaos” than in his world.', speaker: 'Ada Roe' },
  { text: 'The coach was blunt. “They called it “a bad day” but it was a bad season,” said Tomas Brel.', opening: 'They called it', quoted: 'They called it “a bad day” but it was a bad season,', speaker: 'Tomas Brel' },
  // must-not: an inner mark left open does not swallow the rest of the paragraph
  { text: 'The vote was close. “We lost by “three votes,” said Ada Roe. Nobody else spoke.', opening: 'We lost by', quoted: 'We lost by “three votes,', speaker: 'Ada Roe' },
]);

kind('"X did not reveal the details but said “…”": the second verb shares the first one\'s subject', [
  { text: 'In a statement, the Harbour Authority did not reveal any details about the repair, but said “the pier will reopen before the summer season.”', opening: 'the pier will', speaker: 'Harbour Authority', not: 'details' },
  { text: 'Ada Roe declined to name the buyers and said the vineyard was “in good hands for another generation.”', opening: 'in good hands', speaker: 'Ada Roe' },
  // must-not: a new subject after "and" is that clause's own
  { text: 'Ada Roe sold the vineyard and Tomas Ferreira said it was “in good hands for another generation.”', opening: 'in good hands', speaker: 'Tomas Ferreira', not: 'Ada Roe' },
]);

kind('"Leith staff explained: “…”": a name and a plain noun before a verb of speech speak', [
  { text: 'Ice time is short. “We cannot supply one sheet of ice for them,” Ada Roe said.\n\nSurrey staff explained the numbers this way: “There are many possible reasons why the numbers appear low this year.”', opening: 'There are many', speaker: 'Surrey staff', not: 'Ada Roe' },
  { text: 'The vintage was small. Quinta officials explained the loss: “The frost came three weeks late and took the upper rows.”', opening: 'The frost came', speaker: 'Quinta officials' },
  // must-not: a thing that cannot speak does not become a speaker because a name stands before it
  { text: 'Tomas Ferreira runs the vineyard. The Leith frost explained the loss, he said: “We lost the upper rows.”', opening: 'We lost the upper', not: 'Leith frost' },
]);
