// Forms of one name that the first merge leaves apart: a lone name two spellings of one full name
// both claim, a given name misspelt, the last two words of a longer name opening a sentence, a
// stage name and the name it stands for, initials. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The sorted forms of the entity that has `form` as its name or an alias. */
function holder(text: string, form: string): string[] | undefined {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort()).find((f) => f.includes(form));
}

describe('forms of one name the first merge leaves apart', () => {
  it.each([
    [
      'a lone given name, once the two spellings of its full name are one',
      'I watched it for Edith Carrowe and her wild energy. I loved Edith Carrow in the lead. The story is all about Edith, and Edith never lets up.',
      'Edith',
      'Edith Carrowe',
    ],
    [
      'a given name a letter off before the same surname',
      'Benjamn Holt directed the first half. The second half shows that Benjamin Holt knew what he was doing, and Benjamin Holt says so in interviews.',
      'Benjamn Holt',
      'Benjamin Holt',
    ],
    [
      'the last two words of a longer name, opening a sentence',
      'The singer Lucia Arvelo Quintana won the prize on Sunday. The jury praised her voice. Arvelo Quintana is now the favourite for next year.',
      'Arvelo Quintana',
      'Lucia Arvelo Quintana',
    ],
    [
      'a stage name and the real name after it, between commas',
      'The rapper Kid Velvet, real name Marlon Teague, said the tour was over. Kid Velvet thanked his fans.',
      'Kid Velvet',
      'Marlon Teague',
    ],
    [
      'a stage name and the real name after it, between dashes',
      'The lawsuit names Kid Velvet - real name Marlon Teague - and two associates. Kid Velvet denies it.',
      'Kid Velvet',
      'Marlon Teague',
    ],
    [
      'a stage name and the birth name in brackets',
      'The singer Rosa Flame (born Doreen Mabbitt) said she would tour again. Rosa Flame has sold millions of records.',
      'Rosa Flame',
      'Doreen Mabbitt',
    ],
    [
      'a character and the real name the text gives it',
      'The masked killer Nightjar, whose real name is Owen Castell, stalks the town. Nightjar never speaks.',
      'Nightjar',
      'Owen Castell',
    ],
    [
      'initials of a three-word name, in capitals',
      'Harriet Ann Coyle wrote the novel in a single winter. HAC was ill at the time, and the book shows it.',
      'HAC',
      'Harriet Ann Coyle',
    ],
  ] as const)('%s', (_, text, form, other) => {
    expect(holder(text, form)).toContain(other);
  });

  it.each([
    [
      'two given names the lists give two sexes',
      'Daniel Ortigas plays the father. His daughter is played by Daniela Ortigas, and Daniela Ortigas steals every scene from Daniel Ortigas.',
      'Daniel Ortigas',
      'Daniela Ortigas',
    ],
    [
      'the first two words of a longer name: a rank before it',
      'The pirate Marine Captain Axe-Hand Morgan rules the town. Marine Captain is feared by all. Morgan never smiles.',
      'Morgan',
      'Marine Captain',
    ],
    [
      'a birth year, not a name, after born',
      'The actor Tomas Brevik (born 1971) plays the lead. Tomas Brevik is superb.',
      'Tomas Brevik',
      '1971',
    ],
    [
      'two letters in capitals are no initials',
      'Harriet Coyle wrote the novel in a single winter. HC was a code she used, and the book shows it.',
      'Harriet Coyle',
      'HC',
    ],
  ] as const)('not: %s', (_, text, form, other) => {
    const f = holder(text, form);
    expect(f).toBeDefined();
    expect(f).not.toContain(other);
  });
});

describe('a hyphenated lone name written elsewhere with a space', () => {
  it.each([
    ['after the full name and the hyphenated form', 'The hero Kang Min-jae is locked up for years. Min-jae escapes one night. Later Min Jae finds the man who did it.', ['Kang Min-jae', 'Min Jae', 'Min-jae']],
    ['before them', 'Tor Vell trains the boy. Years on, the old Tor-Vell Andrin dies, and Tor-Vell becomes a ghost.', ['Tor Vell', 'Tor-Vell', 'Tor-Vell Andrin']],
  ] as const)('is a form of the one full name it starts: %s', (_, text, want) => {
    expect(holder(text, want[1])).toEqual(want);
  });

  it('with two full names it starts, it stays a name of its own', () => {
    const text = 'Ho-jin runs the shop. Kim Ho-jin is his cousin, and Ho Jin and Lee Ho-jin never meet.';
    expect(holder(text, 'Ho Jin')).toEqual(['Ho Jin', 'Ho-jin']);
  });
});
