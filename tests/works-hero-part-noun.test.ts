import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A part's noun and `of` right before a work's title name the part the title is: that mention is
// the hero's, and the names stage reads the hero as a character.
describe('the role of or the character of before a title names its hero', () => {
  const cases: readonly { text: string; title: string; mentions: number; character?: string }[] = [
    {
      text: 'I rented the film "Morvane" last night. Dale Ostrick took the role of Morvane and gave it real menace.',
      title: 'Morvane', mentions: 1, character: 'Morvane',
    },
    {
      text: 'The cartoon "Pellidor" was my childhood. Sadly the character of Pellidor in the remake is flat and smug.',
      title: 'Pellidor', mentions: 1, character: 'Pellidor',
    },
    {
      text: 'We saw "Hazel Quint" at the festival. The character of "Hazel Quint" is the best thing in it.',
      title: 'Hazel Quint', mentions: 1, character: 'Hazel Quint',
    },
    // `part of` is a share of the work as often: the mention stays with the work.
    {
      text: 'I rented the film "Morvane" last night. Part of Morvane was shot on a frozen lake.',
      title: 'Morvane', mentions: 2,
    },
    // A title opened by a place's word names a place or the work's world, no one.
    {
      text: 'My favourite anime is "Tokyo Lanterns". The character of Tokyo Lanterns is calm and gentle.',
      title: 'Tokyo Lanterns', mentions: 2,
    },
  ];
  it.each(cases)('$text', ({ text, title, mentions, character }) => {
    const a = analyzeReview(text);
    expect(a.works.find((w) => w.title === title)?.mentions.length).toBe(mentions);
    if (character) expect(a.characters.map((c) => c.name)).toContain(character);
    else expect(a.characters.map((c) => c.name)).not.toContain(title);
  });
});
