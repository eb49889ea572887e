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
    'a word written after "the" in half its uses or more, and once in lower case, is a rank and stays apart',
    ['Then the Varn came for Selka and she ran.', 'Later the Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.', 'Honestly Varn frightened Selka and she fled.', 'Sadly the Varn left Selka, as a varn does.'],
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

/** Reviews naming Kell the Reaver, an epithet character ("the Joker", "the Hound"), and `reaver` (the reviews writing "Reaver"). */
const epithet = (reaver: string[]): Array<[string, string[]]> => [
  ['Kell the Reaver is the heart of it, and he never bends.', ['Kell the Reaver']],
  ['Kell the Reaver wins in the end and he smiles.', ['Kell the Reaver']],
  ...reaver.map((text): [string, string[]] => [text, ['Reaver']]),
];

const epithetCases: Array<[string, string[], string[][]]> = [
  [
    'an epithet written after "the", never plural nor in lower case, joins the fuller name holding it',
    ['Then the Reaver came back and he won.', 'Later the Reaver smiled at last.', 'Honestly the Reaver frightened me.', 'I liked Reaver a lot.'],
    [['Kell the Reaver', 'Reaver']],
  ],
  [
    'written in lower case too ("a reaver"), it is a group word: it joins no one (and its context leaves it out)',
    ['Then the Reaver came back and he won.', 'Later the Reaver smiled at last.', 'Honestly the Reaver frightened me.', 'I liked Reaver a lot.', 'Sadly the Reaver left, as a reaver does.'],
    [['Kell the Reaver']],
  ],
];

describe('an epithet character ("the Joker") after a determiner', () => {
  it.each(epithetCases)('%s', async (_, reaver, groups) => {
    expect(await formGroupsOf('Ironvale', epithet(reaver))).toEqual(groups);
  });
});
