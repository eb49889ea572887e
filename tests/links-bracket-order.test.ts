// `X (Y)` brackets after a name in a review: two full names put the actor in the bracket, and a
// work's title before a bracket holding its maker or star is no part. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { sortedLinks as links } from './helpers/links';

describe('A B (C D): two full names, the bracket the actor in a review', () => {
  it.each([
    ['a hero name before her actor', 'Marisol Vantree (Ingrid Okafor) fights her way out of the city.', [['Marisol Vantree', 'Ingrid Okafor']]],
    ['a listed first name outside, an unlisted one inside', 'Diana Prince (Gal Gadot) holds the bridge alone.', [['Diana Prince', 'Gal Gadot']]],
    ['a suffix closing the bracket', 'Tony Stark (Robert Downey Jr.) cracks a joke in every scene.', [['Tony Stark', 'Robert Downey Jr']]],
    ['a director named before', 'Patty Jenkins directed it. Diana Prince (Gal Gadot) is the heart of the story.', [['Diana Prince', 'Gal Gadot']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['the outside name read as a person', "Wonder Woman outshines the rest of the studio's hero films. We find Diana Prince (Gal Gadot) at work in a quiet gallery. Gal Gadot played Wonder Woman with warmth. Gal Gadot gave a superb performance.", [['Diana Prince', 'Gal Gadot']]],
    ['both names read as parts', 'Wonder Woman is the finest superhero picture in a long while, or is the praise overdone? The story opens in a museum, where Diana Prince (Gal Gadot) looks at an old photograph and remembers the hidden island of her youth. Gal Gadot played Wonder Woman and she was terrific. Watching Diana train on that island, I thought of the old sword-and-sandal epics. For me Gal Gadot felt new, and she gave a superb performance.', [['Diana Prince', 'Gal Gadot']]],
  ] as const)('the bracketed name acts elsewhere, the outside one never: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('the bracketed name is the person, the outside one the character', () => {
    const out = analyzeReview('Diana Prince (Gal Gadot) holds the bridge alone.');
    expect(out.people.map((p) => p.name)).toEqual(['Gal Gadot']);
    expect(out.characters.map((c) => c.name)).toEqual(['Diana Prince']);
  });
});

describe('X (A) where X is a work: no part', () => {
  it.each([
    ['a work noun after the bracket', 'The Mule (Clint Eastwood) is a drug courier film.', 'Mule'],
    ['a work noun after the bracket, no article', 'Gravelrun (Petra Lindqvist) is a slow prison drama.', 'Gravelrun'],
    ['one word after a verb of seeing', 'I watched Casablanca (Michael Curtiz).', 'Casablanca'],
    ['one word after a verb of seeing, another pronoun', 'We saw Quillfen (Dana Morrow) twice.', 'Quillfen'],
    ['a title readers know', 'Blade Runner (Ridley Scott) still looks new.', 'Blade Runner'],
  ] as const)('not: %s', (_, text, notPart) => {
    expect(links(text).map(([part]) => part)).not.toContain(notPart);
    expect(analyzeReview(text).characters.map((c) => c.name)).not.toContain(notPart);
  });

  it.each([
    ['the film named later in the clause', 'The Warden (Gregor Haldane) is the best character in the film.', [['Warden', 'Gregor Haldane']]],
    ['a verb of liking before a lone part', 'I loved Marlow (Teodor Vance) in every scene.', [['Marlow', 'Teodor Vance']]],
    ['a noun "love" before the part, no verb of watching', 'His bond with his love Orsolya (Mira Tanaka) carries the film.', [['Orsolya', 'Mira Tanaka']]],
  ] as const)('still a part: %s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('X (Y): the shapes of the names say which side is the actor, and the text keeps one order', () => {
  it.each([
    [
      'lone parts before full names, in a text with the reporting verbs of news',
      'Mara (Helen Quist) told the crew about the storm. Tobin (Ray Calloway) said nothing for an hour, the critics said. Edda Marsh (Lin Sorvald) added a warning that nobody heeded, the studio told reporters on Monday in a statement.',
      [['Edda Marsh', 'Lin Sorvald'], ['Mara', 'Helen Quist'], ['Tobin', 'Ray Calloway']],
    ],
    [
      'full names before lone given names: the actor first, and a pair of two full names follows',
      'Helen Quist (Mara) and Ray Calloway (Tobin) lead the cast, and Lin Sorvald (Edda Marsh) is their neighbour.',
      [['Edda Marsh', 'Lin Sorvald'], ['Mara', 'Helen Quist'], ['Tobin', 'Ray Calloway']],
    ],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it('a name written with a rank is never the actor of a bracket turned round', () => {
    const text = 'In the film, Rolf Danner (Night Falcon) fights on. Capt. Rolf Danner never gives up, and Gil Harte (Oona) helps him.';
    expect(links(text).filter(([, actor]) => actor.includes('Rolf Danner'))).toEqual([]);
    expect(links(text)).toContainEqual(['Oona', 'Gil Harte']);
  });
});

describe('C (voice of A), C (voice: A): a casting lead in the bracket names the actor', () => {
  it.each([
    ['parts the names stage never found', 'The crew includes Sprocket Weasel (voice of Brad Kemper) and Oakhart (voice of Vin Sorel), and Oakhart steals every scene.', [['Oakhart', 'Vin Sorel'], ['Sprocket Weasel', 'Brad Kemper']]],
    ['a part the kinds made a real person', 'The dark lord Varek Thorn (voice of James Ellroy Bain) is still alive. Varek Thorn wants the throne, and James Ellroy Bain gives him a deep, cold voice.', [['Varek Thorn', 'James Ellroy Bain']]],
    ['a colon after the lead', 'Then Gorlo (voice: Larry Wardell) takes the pilot prisoner.', [['Gorlo', 'Larry Wardell']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('C (A) where the part bears its actor\'s given name: two entities, not one', () => {
  it.each([
    ['lone parts before their actors\' full names', 'Two cousins, Jonah (Jonah Pelletier) and Maren (Maren Holt), drive north. Jonah sulks, and Maren sings.', [['Jonah', 'Jonah Pelletier'], ['Maren', 'Maren Holt']]],
    ['a second lone form later goes with the part', 'The film follows Ilse (Ilse Brandvold) across the fjord. Ilse rows alone.', [['Ilse', 'Ilse Brandvold']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
    const out = analyzeReview(text);
    for (const [part, actor] of want) {
      expect(out.characters.find((c) => c.name === part)?.aliases).toEqual([]);
      expect(out.people.find((p) => p.name === actor)?.aliases).toEqual([]);
    }
  });
});

describe('C (A, comment) and C\'s (A): the bracket still names the actor', () => {
  it.each([
    [
      'a comment after the actor\'s name, in a text whose reporting verbs read as news',
      'The film opens in a storm. Mara (Helen Quist, also superb) hides the map under the floor of the old inn. The director said the storm took a week to shoot, and the producer told reporters the budget ran out twice. Tobin finds the map in the last reel and burns it.',
      [['Mara', 'Helen Quist']],
    ],
    ['the part\'s possessive before the bracket', 'Tobin Vale hates Orla\'s (Helen Quist) new husband. Orla leaves him.', [['Orla', 'Helen Quist']]],
    ['the possessive of a full name', 'The last act traces Oskar Lindqvist\'s (Bram Tollan) fall from grace. Oskar ends alone.', [['Oskar Lindqvist', 'Bram Tollan']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe('C (A of "W"): the actor named with a film the reader may know them from', () => {
  it.each([
    ['a quoted title after `of`', 'The crew frees Talia Orn (Greta Holm of "Night Harbor") from the prison moon.', [['Talia Orn', 'Greta Holm']]],
    ['a lone part, a quoted title', 'His daughter Wren (Ida Castell of "The Salt Road") hides in the hills.', [['Wren', 'Ida Castell']]],
    ['`from` before the title', 'Then Corvin Dall (Mats Erlund from "Winter Lamps") joins the raid.', [['Corvin Dall', 'Mats Erlund']]],
    ['two in one sentence', 'Pell (Anna Brisk of "Low Tide") and Morrow Kane (Teo Vance of "Ash Fields") break out.', [['Morrow Kane', 'Teo Vance'], ['Pell', 'Anna Brisk']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['a place after `of`, no title', 'Then Corvin Dall (Mats Erlund of Oslo) joins the raid.'],
    ['an unclosed quote', 'Then Corvin Dall (Mats Erlund of "Winter Lamps, a film) joins the raid.'],
  ] as const)('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
