import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

// One year alone in brackets dates a work, even one titled by its hero's name: a person's years
// are written as a span or with "born".
describe('a title shaped like a name, then one year in brackets, is a work', () => {
  table([
    { text: 'Last night I finally saw Tomas Reyes (2016) and the fights hold up.', found: ['Tomas Reyes'] },
    { text: 'Nothing beats Martha Quill (1958) for a quiet ending.', found: ['Martha Quill'] },
    // One given name alone, written straight after its year without a space.
    { text: 'Then came Ruthie(1971), which nobody saw.', found: ['Ruthie'] },
  ]);
});

describe('a name and a year in brackets that dates no work', () => {
  table([
    // An author cited after "&": a paper, not a title.
    { text: 'The ratings follow Ortez & Lee (2009) and a later survey.', found: [], none: ['Lee'] },
    { text: 'The scale comes from Ruiz &Anna Holt (2011), who tested it.', found: [], none: ['Anna Holt'] },
    // A span of years is a person's life.
    { text: 'The part went to Harold Vance (1921-1990) instead.', found: [], none: ['Harold Vance'] },
  ]);
});

describe("a hero's name with its player in brackets is the hero, not the work", () => {
  const cases: readonly { text: string; character: string; person: string; mentions: number }[] = [
    {
      text: 'Tomas Reyes (2016) is a lean thriller. Tomas Reyes (Dale Okafor) is a retired courier who takes one last job.',
      character: 'Tomas Reyes', person: 'Dale Okafor', mentions: 1,
    },
    {
      text: 'I rewatched the film Nell Crane last week. Nell Crane (Ivy Marsh) runs a bakery by day.',
      character: 'Nell Crane', person: 'Ivy Marsh', mentions: 1,
    },
  ];
  it.each(cases)('$text', ({ text, character, person, mentions }) => {
    const a = analyzeReview(text);
    expect(a.works.find((w) => w.title === character)?.mentions.length).toBe(mentions);
    expect(a.characters.map((c) => c.name)).toContain(character);
    expect(a.people.map((p) => p.name)).toContain(person);
  });

  // A channel or another title in brackets is no player: the mention stays the work's.
  it.each([
    { text: 'The sitcom Kit Harlow (BBC Three) won best comedy. Kit Harlow began on radio.', title: 'Kit Harlow' },
    { text: 'The film Rosa Dunn (Otra Orilla) is subtitled, and Rosa Dunn is slow.', title: 'Rosa Dunn' },
  ])('$text', ({ text, title }) => {
    expect(analyzeReview(text).works.find((w) => w.title === title)?.mentions.length).toBe(2);
  });
});
