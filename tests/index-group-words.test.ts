import { describe, expect, it } from 'vitest';
import { formGroupsOf } from './helpers/index-docs';

/** Reviews naming Selka, once with a word before her name ("Varn Knight Selka"), and naming Varn in sentences `varn`. */
const reviews = (varn: string[]): Array<[string, string[]]> => [
  ['Varn Knight Selka is the heart of it, and she never bends.', ['Varn Knight Selka']],
  ['Selka fights the whole season and she wins.', ['Selka']],
  ['Selka decides to stay, and she is right.', ['Selka']],
  ...varn.map((text): [string, string[]] => [text, ['Varn', 'Selka']]),
];

const cases: Array<[string, string[], string[][]]> = [
  [
    'a word its uses make a group (plural verbs after it) stays apart from the name it stands before',
    ['Varn were cruel to Selka, and she hated it.', 'Varn have their reasons, Selka says, and she is not wrong.', 'Then Varn came for Selka and she ran.', 'Later Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.'],
    [['Selka', 'Varn Knight Selka'], ['Varn']],
  ],
  [
    'a word written after "the" in half its uses or more is a rank and stays apart',
    ['Then the Varn came for Selka and she ran.', 'Later the Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.', 'Honestly Varn frightened Selka and she fled.'],
    [['Selka', 'Varn Knight Selka'], ['Varn']],
  ],
  [
    'after "the" in fewer than half its uses, it joins',
    ['Then the Varn came for Selka and she ran.', 'Later Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.', 'Honestly Varn frightened Selka and she fled.'],
    [['Selka', 'Varn', 'Varn Knight Selka']],
  ],
  [
    'a word used as a name (no plural verb, never lower case) joins the one fuller form holding it',
    ['Then Varn came for Selka and she ran.', 'Later Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.', 'Honestly Varn frightened Selka and she fled.'],
    [['Selka', 'Varn', 'Varn Knight Selka']],
  ],
];

describe('a one-word group or rank word joins no fuller name', () => {
  it.each(cases)('%s', async (_, varn, groups) => {
    expect(await formGroupsOf('Ironvale', reviews(varn))).toEqual(groups);
  });
});
