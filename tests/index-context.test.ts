import { describe, expect, it } from 'vitest';
import { newFormContext, namesThing, readLowerCase, readMention, thingScore, type FormContext } from '../src/index-build/form-context';
import { foldVowels } from '../src/index-build/form-key';
import { buildIndex } from '../src/review-index';
import { analysisOf, textAnalysisOf } from './helpers/index-docs';

/** The counts of the first mention of `name` in `text`. */
function around(text: string, name: string): FormContext {
  const counts = newFormContext();
  const start = text.indexOf(name);
  readMention(counts, text, start, start + name.length);
  return counts;
}

const mentionCases: Array<[string, string, string, Partial<FormContext>]> = [
  ['a place preposition and a determiner', 'They sail across the Amber Reach for weeks, and it nearly sinks them.', 'Amber Reach', { determiner: 1, place: 1, other: 1 }],
  ['a place preposition alone', 'Most of the arc happens in Velmora, and it drags.', 'Velmora', { place: 1, other: 1 }],
  ['a possessive determiner', 'When Tomas finally shows his Skyforge the fight ends.', 'Skyforge', { determiner: 1 }],
  ['a family word after it makes the determiner the family\'s', 'Later the Ravelle brothers split up.', 'Ravelle', {}],
  ['so does a family word with a possessive', "We meet the Ravelle sisters' aunt.", 'Ravelle', {}],
  ['a possessor before it', "Then Tomas's Skyforge breaks the wall.", 'Skyforge', { possessed: 1 }],
  ['a plural verb after it', 'The Ashborn are the best villains of the season.', 'Ashborn', { determiner: 1, plural: 1 }],
  ['a plural verb after the last of a list is the list', "Mira and Tomas are great together, aren't they?", 'Tomas', { other: 1 }],
  ['a verb a someone does', 'Later Mira decides to leave the guild behind.', 'Mira', { acts: 1 }],
  ['kin after a possessive', "We learn Mira's mother hid the map.", 'Mira', { kin: 1 }],
  ['a curly possessive before a body word', 'I loved how Mira’s face changes there, as she waits.', 'Mira', { kin: 1, personal: 1 }],
  ['the first pronoun after it, across a sentence end', 'Nobody trusts Dorian at first. Then he saves the town.', 'Dorian', { personal: 1 }],
  ['punctuation before it reads no word before', 'Honestly, (Dorian) is the heart of it.', 'Dorian', { other: 1 }],
  ['"the" before a name and the word "character" is the character\'s', 'I liked the Velmora character a lot.', 'Velmora', {}],
  ['a preposition a place takes and a someone too', 'Then the crew flies to Velmora at dawn.', 'Velmora', { reached: 1 }],
  ['a common noun it describes', 'I loved the Velmora arc most.', 'Velmora', { determiner: 1, modifies: 1 }],
  ['the same noun capitalised is part of a name, not described', 'I loved how Velmora Arc spoke.', 'Velmora', {}],
  ['a word that compares', 'Still, better than Velmora ever was.', 'Velmora', { compared: 1 }],
  ['a song or a work by someone', 'The opening song Velmora by Kestrel is great.', 'Velmora', { modifies: 1 }],
  ['a pronoun in capitals is one', 'Nobody trusts Dorian. HE wins anyway.', 'Dorian', { personal: 1 }],
  ['a pronoun starting a sentence is one', 'Nobody trusts Dorian. Themselves aside, They win.', 'Dorian', { other: 1 }],
  ['a word with the Kelvin sign lower-cases to one with a k, no pronoun', 'Nobody trusts Dorian. \u212Aeep reading, himself aside.', 'Dorian', { personal: 1 }],
  ['a word holding a pronoun is none', "Nobody trusts Dorian. The hero's themed hut shelters its owner.", 'Dorian', { other: 1 }],
  ['a contraction is no pronoun', "Nobody trusts Dorian, he's odd. Then she laughs.", 'Dorian', { personal: 1 }],
  ['a pronoun with a letter beyond ASCII is none', 'Nobody trusts Dorian. Hé tries, and it fails.', 'Dorian', { other: 1 }],
];

describe('readMention counts the words around one mention', () => {
  it.each(mentionCases)('%s', (_, text, name, expected) => {
    expect(around(text, name)).toEqual({ ...newFormContext(), mentions: 1, ...expected });
  });
});

describe('readLowerCase', () => {
  it('counts a one-word form written in lower case right after a determiner, nowhere else', () => {
    const counts = newFormContext();
    const forms = new Map([['ashborn', counts]]);
    readLowerCase('The Ashborn attack. An ashborn is fast, the ashborn hunt, ashborn everywhere, The ASHBORN.', (key) => forms.get(key));
    expect(counts.lower).toBe(2);
  });

  // The determiner is read as a whole run of ASCII letters, its first letter in either case.
  const runs: Array<[string, string, number]> = [
    ['every determiner of the list, the longest too', 'a ashborn, an ashborn, these ashborn, their ashborn, every ashborn', 5],
    ['a capital first letter only', 'The ashborn, THE ashborn, tHe ashborn, Their ashborn, THEIR ashborn', 2],
    ['a run longer than a determiner, or holding one, is none', 'theme ashborn, thee ashborn, bathe ashborn, anthe ashborn, everyone ashborn', 0],
    ['up to three spaces between, a tab or a line break too', 'the  ashborn, the   ashborn, the    ashborn, the\tashborn, his\nashborn', 4],
    ['a word boundary before the determiner: not after a digit or an underscore', '2the ashborn, _the ashborn, -the ashborn, "the ashborn"', 2],
  ];
  it.each(runs)('%s', (_, text, lower) => {
    const counts = newFormContext();
    readLowerCase(text, (key) => (key === 'ashborn' ? counts : undefined));
    expect(counts.lower).toBe(lower);
  });
});

describe('thingScore and namesThing', () => {
  const of = (c: Partial<FormContext>): FormContext => ({ ...newFormContext(), ...c });
  const cases: Array<[string, FormContext, boolean]> = [
    ['a place: mostly after "in the", "it" after it', of({ mentions: 10, determiner: 6, place: 5, other: 4 }), true],
    ['a group: "the" before, "are" after, written in lower case too', of({ mentions: 8, determiner: 4, plural: 3, lower: 6, other: 2 }), true],
    ['a character: "he" after it, acts, has a mother', of({ mentions: 30, determiner: 1, acts: 4, kin: 3, personal: 12, other: 3 }), false],
    ['a character with a few "the" before it still has "she" after it', of({ mentions: 12, determiner: 2, personal: 6, other: 1 }), false],
    ['too few mentions to say', of({ mentions: 3, determiner: 3, place: 3 }), false],
  ];
  it.each(cases)('%s', (_, counts, thing) => {
    expect(namesThing(counts)).toBe(thing);
  });
  it('a form documents list as a work needs a lower score', () => {
    const title = of({ mentions: 20, determiner: 1, plural: 1, other: 6 });
    expect(thingScore(title)).toBeGreaterThan(0.2);
    expect(namesThing(title)).toBe(false);
    expect(namesThing(title, true)).toBe(true);
  });
});

const reviews = [
  'Kaelen is the best lead in years. He fights for the Ember Vale and he never gives up.',
  'I hated the arc in the Ember Vale, it drags, but Kaelen carries it and his sister Rue is great.',
  'Kaelen decides to go back into the Ember Vale. Rue follows, and she is wonderful.',
  "Across the Ember Vale the war goes on. Kaelen's father is the real villain.",
  'Kaelen said little in the finale; the Ember Vale looked gorgeous though.',
];

describe('buildIndex with the texts', () => {
  it('leaves out a form its documents use as a place, and keeps the characters', async () => {
    const index = await buildIndex(reviews.map((text, i) => ({ id: `r${i}`, work: 'Emberfall', text, analysis: textAnalysisOf(text, ['Kaelen', 'Ember Vale', ...(text.includes('Rue') ? ['Rue'] : [])]) })));
    expect(index.works[0]?.characters.map((c) => c.name).sort()).toEqual(['Kaelen', 'Rue']);
  });
  it('keeps the place without the texts (nothing says what it is)', async () => {
    const index = await buildIndex(reviews.map((text, i) => ({ id: `r${i}`, work: 'Emberfall', analysis: textAnalysisOf(text, ['Kaelen', 'Ember Vale']) })));
    expect(index.works[0]?.characters.map((c) => c.name).sort()).toEqual(['Ember Vale', 'Kaelen']);
  });
  it('refuses a text that is not the one analysed, saying which input', async () => {
    const text = reviews[0] as string;
    const analysis = textAnalysisOf(text, ['Kaelen']);
    await expect(buildIndex([{ id: 'r0', work: 'Emberfall', text: `${text}!`, analysis }])).rejects.toThrow(/^review-lens: expected input 0\.text to be the text analysed \(\d+ characters\), got \d+ characters$/);
    await expect(buildIndex([{ id: 'r0', work: 'Emberfall', text: text.replace('best', 'BEST'), analysis }])).rejects.toThrow(/^review-lens: expected input 0\.text to be the text analysed \(checksum [0-9a-f]{16}\), got another text/);
    await expect(buildIndex([{ id: 'r0', work: 'Emberfall', text: 42 as unknown as string, analysis }])).rejects.toThrow(/^review-lens: expected input 0\.text to be a string, got/);
  });
});

describe('romanisation and slips across documents', () => {
  const folds: Array<[string, string]> = [
    ['kempachi', 'kenpachi'],
    ['sempai', 'senpai'],
    ['shimbun', 'shinbun'],
    ['mbeki', 'mbeki'],
    ['ryuu', 'ryu'],
    ['touka', 'toka'],
    ['shouto', 'shoto'],
    ['tanjirou', 'tanjiro'],
    ['louis', 'louis'],
    ['ouka', 'ouka'],
  ];
  it.each(folds)('foldVowels(%s) is %s', (word, folded) => {
    expect(foldVowels(word)).toBe(folded);
  });
  it('a one-word form one slip from a form used three times as often joins it; two names about as used stay apart', async () => {
    const names = [...Array(6).fill('Serafine'), 'Serafina', ...Array(3).fill('Corvinus'), ...Array(2).fill('Corvinas')];
    const index = await buildIndex(names.map((n, i) => ({ id: `r${i}`, work: 'Emberfall', analysis: analysisOf({ characters: [{ forms: [n] }] }) })));
    const groups = index.works[0]?.characters.map((c) => c.forms.map((f) => f.text).sort()).sort();
    expect(groups).toEqual([['Corvinas'], ['Corvinus'], ['Serafina', 'Serafine']]);
  });
});
