// Speakers in three shapes: a line named as someone's by a line noun ("Delia's line “…”"), the
// words taken back after the quote ("“…” That was how X put it"), and a denied speech verb
// ("never said “…”": nobody's words).
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, quotes: [kind: string, speaker: string | null][]];

const quotesOf = (text: string): [string, string | null][] => analyzeReview(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null]);

const cases: Case[] = [
  // a line noun between a listed character's possessive and a lower-case line: speech, and theirs
  [
    'In the third episode Delia Marsh finally stands up to her boss. Delia\'s line "nobody rides for free" sums up the whole season for me.',
    [['speech', 'Delia']],
  ],
  // a comma after the line noun
  [
    'Peter Dinklage plays Tyrion Lannister brilliantly. I think Tyrion\'s line, "a mind needs books," is the best in the show.',
    [['speech', 'Tyrion']],
  ],
  // a line noun without a possessor: speech, nobody named
  ['The script has one clunky line "the storm is coming for us" that everyone repeats.', [['speech', null]]],
  // the words taken back in the next sentence, and in the same one after a comma
  ['"We built this place with our hands." That was how Rosa Delgado put it when the mill closed last spring.', [['speech', 'Rosa Delgado']]],
  ['"Every town needs a mill," is how Rosa Delgado describes it.', [['speech', 'Rosa Delgado']]],
  // a denied verb: who did not say the words is no speaker
  ['Okafor is a cold father. Never did Okafor say, "I am proud of you." That hurts.', [['speech', null]]],
  ['Okafor is a cold father. Okafor didn\'t say "sorry" once in the whole season.', [['speech', null]]],
  ['Nia Brandt runs the club. Never did Nia Brandt say "we will fight on" to anyone.', [['speech', null]]],
];

const kept: Case[] = [
  // a verb not denied, a denial inside the quote, and one person of that family name
  ['Okafor is a cold father. Okafor said, "I am proud of you," at the end, and I cried.', [['speech', 'Okafor']]],
  ['"I never said I would stay," Okafor said.', [['speech', 'Okafor']]],
  // a denial of another verb before the speech verb denies that verb, not the saying
  ['Nia Brandt runs the club. Brandt could not resist and said "we won this for the town" to the cameras.', [['speech', 'Brandt']]],
  // a comma after a line noun nobody owns: the quote opens a clause of its own
  ['The lamp sits just below the camera line, "gloomy" is the word for the set.', [['term', null]]],
  // a work's name after a possessive and a noun that is no line noun stays a title
  ['Spielberg\'s film "Jaws" still scares me.', [['title', null]]],
];

describe('line nouns, taken-back words and denials', () => {
  it.each(cases)('%s', (text, want) => expect(quotesOf(text)).toEqual(want));
  it.each(kept)('kept: %s', (text, want) => expect(quotesOf(text)).toEqual(want));
});
