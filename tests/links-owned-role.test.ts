// A part named after a role its player owns by a pronoun ("in his next role, playing C", "her
// latest part as C"): the possessive says whose role it is, so the part goes to the one it stands
// for (the person the text is about, or the one person its sentence names before it), not to the
// name the sentence gives last. Names and sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

const read = namesAndLinks;

/** A text about one actor, named three times, before the sentence under test. */
const ABOUT = 'Dorian Falk has been acting since he was nine. Dorian Falk grew up near the sea, and people in town still call Falk a local hero.';

describe('a role owned by his or her casts the part to its owner', () => {
  it.each([
    ['in his next role, playing C', `${ABOUT} He will soon be seen in his next role, playing Barnaby Crisp in a war drama.`, 'Barnaby Crisp <- Dorian Falk'],
    ['his next role as C', `${ABOUT} Viewers can catch him in his next role as Barnaby Crisp on Friday.`, 'Barnaby Crisp <- Dorian Falk'],
    ['his latest big part, portraying C', `${ABOUT} Critics were kind to his latest big part, portraying Barnaby Crisp in a farce.`, 'Barnaby Crisp <- Dorian Falk'],
    [
      'a name between the topic and the role is passed over',
      `${ABOUT} The sea runs through Falk's films - and his long friendship with director Oswin Marsh - and goes on in his next role, playing Barnaby Crisp in a remake.`,
      'Barnaby Crisp <- Dorian Falk',
    ],
    ['the one person the sentence names', 'Critics admire Wilma Stroud, who is back in her latest role, playing Agatha Venn on stage.', 'Agatha Venn <- Wilma Stroud'],
  ] as const)('%s', (_, text, link) => {
    const r = read(text);
    expect(r.links).toContain(link);
    expect(r.characters).toContain(link.split(' <- ')[0]);
  });
});

describe('where the rule does not reach', () => {
  it('their role names no one player', () => {
    const r = read(`${ABOUT} The twins are back in their next role, playing Barnaby Crisp in a war drama.`);
    expect(r.links).not.toContain('Barnaby Crisp <- Dorian Falk');
  });
  it('two people in the sentence and no topic give no player', () => {
    const r = read('Wilma Stroud and Harriet Dunmore met again when she took her latest role, playing Agatha Venn on stage.');
    expect(r.links.filter((l) => l.startsWith('Agatha Venn'))).toEqual([]);
  });
  it('a role with no possessive keeps the older reading', () => {
    const r = read('Wilma Stroud shines in the lead role as Agatha Venn.');
    expect(r.links).toContain('Agatha Venn <- Wilma Stroud');
  });
});
