// A `he` or `she` opening its sentence, after the person the text is about was the last one named,
// casts a part no entity holds ("She played C in W"), as news profiles and obituaries write a
// career. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { sortedLinks as links } from './helpers/links';

/** A short report about one actress, named three times, with `middle` after her second mention. */
const profile = (middle: string): string =>
  `Stage star Dana Moss retires\n\nThe actress Dana Moss is to retire after fifty years on the stage, her agent said.\n\nMoss trained in Leeds before moving to London. ${middle} Dana Moss will give her last performance in May.`;

describe('a pronoun for the text topic casts a part named once', () => {
  it.each([
    ['she played', 'She played Orlenna in the first production of the play.', [['Orlenna', 'Dana Moss']]],
    ['a time phrase before the pronoun', 'In 1984 she played Orlenna in a touring version of the novel.', [['Orlenna', 'Dana Moss']]],
    ['an adverb between pronoun and verb', 'She later portrayed Orlenna on television.', [['Orlenna', 'Dana Moss']]],
    ['starred as', 'She also starred as Orlenna in the radio serial.', [['Orlenna', 'Dana Moss']]],
  ] as const)('%s', (_, middle, want) => {
    expect(links(profile(middle))).toEqual(want);
  });

  it.each([
    ['another person named last', 'Her teacher was Ruth Vale. She played Orlenna in the first production.'],
    ['as after a verb of work', 'She worked as Orlenna in a hat shop for a year.'],
    ['as after a verb of touring', 'She toured as Orlenna with a small company.'],
    ['a long lead before the pronoun', 'During the long hard winter of that year she played Orlenna on tour.'],
  ] as const)('not: %s', (_, middle) => {
    expect(links(profile(middle))).toEqual([]);
  });

  it('not when no one person is the text topic', () => {
    const text = 'Ruth Vale and Dana Moss met at drama school. Ruth Vale went to London and Dana Moss went to Leeds. She played Orlenna there.';
    expect(links(text)).toEqual([]);
  });
});

/** A short obituary of one actress, named three times, with `middle` after her first mention. */
const obituary = (middle: string): string => `Margaret Castrell died on Saturday. ${middle} Castrell was 71. Castrell was kind.`;

describe('a pronoun that was the subject of the sentence before goes on past the name that sentence holds', () => {
  it.each([
    ['the same pronoun before the name', 'She worked with Tom Brell in Leeds. She played Nellie Brand in a radio serial.', [['Nellie Brand', 'Margaret Castrell']]],
    ['a lead before the earlier pronoun', 'Back in Leeds, she shared a flat with Tom Brell. She then portrayed Nellie Brand on the radio.', [['Nellie Brand', 'Margaret Castrell']]],
    // Another person's pronoun: the name in the sentence before is who it stands for.
    ['a pronoun of another person', 'She worked with Tom Brell in Leeds. He played Nellie Brand in a radio serial.', [['Nellie Brand', 'Tom Brell']]],
  ] as const)('%s', (_, middle, want) => {
    expect(links(obituary(middle))).toEqual(want);
  });

  it('gives the part no actor when no one person is the text topic', () => {
    expect(links('Margaret Castrell died on Saturday. She worked with Tom Brell in Leeds. She played Nellie Brand in a radio serial.')).toEqual([]);
  });
});
