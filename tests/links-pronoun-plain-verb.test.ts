// A plain casting verb after its lead word ("will play", "is to voice") casts a part the text
// names as an entity when its subject is a `he` or `she` for the person the text is about, as the
// verbs with an ending already do ("She played C"). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

/** A short report about one actress, named three times, with `middle` after her second mention. */
const report = (middle: string): string =>
  `Moss lands new part\n\nThe actress Dana Moss has signed a new contract with the studio, her agent said.\n\nMoss trained in Leeds before moving to London. ${middle} Dana Moss will begin work in May.`;

describe('a pronoun subject of a plain casting verb after its lead word', () => {
  it.each([
    ['will play', 'She will play Ruth Pike in the new film, and Ruth Pike is a widow.', [['Ruth Pike', 'Dana Moss']]],
    ['is to voice', 'She is to voice Ruth Pike in the cartoon, where Ruth Pike is a talking fox.', [['Ruth Pike', 'Dana Moss']]],
    ['could portray', 'She could portray Ruth Pike in the sequel, and Ruth Pike is the lead.', [['Ruth Pike', 'Dana Moss']]],
  ] as const)('%s', (_, middle, want) => {
    expect(links(report(middle))).toEqual(want);
  });

  it.each([
    ['the verb with no lead word is a noun', 'She saw the play Ruth Pike wrote, and Ruth Pike was there.'],
    ['a hall after the article is a venue', 'She will play the Orvell Hall in June, and the Orvell Hall is sold out.'],
    ['a second object after and', 'She will voice a sheep and Ruth Pike a rat, and Ruth Pike said she was pleased.'],
  ] as const)('not: %s', (_, middle) => {
    expect(links(report(middle))).toEqual([]);
  });
});
