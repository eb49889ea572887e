// A part the text marks as a life lived is the real person a film portrays, not a character: a
// `late` lead a few describing words before the name, or a biopic named in the
// part's sentence. The part keeps no player. Without such a mark, or where the mark says nothing
// of a life (kin in the story, `the real death of C`), the link stays. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

const NEWS = 'Film news\n\nThe studio confirmed the plans on Monday. ';

/** The names of the real people and of the characters of `text`. */
function kinds(text: string): { people: string[]; characters: string[] } {
  const a = analyzeReview(text);
  return { people: a.people.map((p) => p.name).sort(), characters: a.characters.map((c) => c.name).sort() };
}

describe('a part marked as a life lived is a real person with no player', () => {
  it.each([
    ['`the late` before describing words', 'Laura Brannock won the award for playing the late jazz pianist Otis Wendell in the film.', ['Laura Brannock', 'Otis Wendell']],
    ['`late` without an article', 'Laura Brannock is nominated for her role as late screen idol Greta Vallin in the drama.', ['Greta Vallin', 'Laura Brannock']],
    ['a biopic in the sentence of the part', 'Tom Keel stars as Howard Vance in the biopic, which opens next week.', ['Howard Vance', 'Tom Keel']],
    ['the name before `biopic`', 'The Otis Wendell biopic stars Tom Keel as Otis Wendell.', ['Otis Wendell', 'Tom Keel']],
  ] as const)('%s', (_, text, people) => {
    expect(links(NEWS + text)).toEqual([]);
    expect(kinds(NEWS + text)).toEqual({ people, characters: [] });
  });
});

describe('the link stays where nothing marks a life lived', () => {
  it.each([
    ['`real-life` says only what the part is based on', 'Tom Keel plays real-life smuggler Harry Brand in the thriller, which opens next week.', [['Harry Brand', 'Tom Keel']]],
    ['no mark at all', 'Tom Keel plays Harry Brand in the new thriller, which opens next week.', [['Harry Brand', 'Tom Keel']]],
    ['`late` before kin: a death in the story', 'Tom Keel plays Harry Brand in the thriller, and Dana Pike plays his late wife Ruth Brand.', [['Harry Brand', 'Tom Keel'], ['Ruth Brand', 'Dana Pike']]],
    ['`real` before `death of`', 'Tom Keel plays Mr Dark in the film. The real death of Mr Dark comes at the end.', [['Mr Dark', 'Tom Keel']]],
    ['`late` before another noun, not the part', 'Tom Keel plays Harry Brand, a character based on the late smuggler, in the new thriller.', [['Harry Brand', 'Tom Keel']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(NEWS + text)).toEqual(want);
  });
});
