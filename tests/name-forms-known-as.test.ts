// A second name the text gives right after a name ("X, known as Y", "X aka Y", "X (nicknamed Y)")
// is another form of the same one. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** The sorted forms of the entity that has `form` as its name or an alias. */
function holder(text: string, form: string): string[] | undefined {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort()).find((f) => f.includes(form));
}

describe('a second name given with known as, aka, nicknamed', () => {
  it.each([
    ['known as, between commas', 'The chemist Dorran Vask, known as Greywolf, runs the lab. Greywolf is feared, and Dorran Vask hides it well.', ['Dorran Vask', 'Greywolf']],
    ['aka without commas', 'I liked Dorran Vask aka Greywolf a lot. Greywolf is the best part. Later Dorran Vask quits.', ['Dorran Vask', 'Greywolf']],
    ['nicknamed in brackets, the nickname first met later', 'Our hero Tomeo (nicknamed Kuro by his rival) trains hard. Kuro never quits, and Tomeo wins.', ['Kuro', 'Tomeo']],
    ['also known as with a quote mark', 'The thief Mirelle Sand, also known as "Ghost", steals the crown. Ghost escapes and Mirelle Sand laughs.', ['Ghost', 'Mirelle Sand']],
    ['a false name someone claims', 'You think Tomeo, who claims to be Kuro, is a liar. Kuro lies to everyone, and Tomeo regrets it.', ['Kuro', 'Tomeo']],
    ['known as, the nickname in single quote marks', "The fixer Oren Malley, known as 'Moss', runs the harbour. Moss never sleeps, and Oren Malley trusts nobody.", ['Moss', 'Oren Malley']],
    ['known as, a quote mark before the article', 'The fixer Oren Malley, better known as "The Wasp", runs the harbour. The Wasp never sleeps, and Oren Malley trusts nobody.', ['Oren Malley', 'Wasp']],
    ['known as, curly single quotes around the article and name', 'The fixer Oren Malley, known as ‘The Wasp’, runs the harbour. The Wasp never sleeps, and Oren Malley trusts nobody.', ['Oren Malley', 'Wasp']],
    ['a false name someone poses under', 'The spy Mirelle Sand, posing as Clara Dunn, boards the train. Clara Dunn is a fiction, and Mirelle Sand knows it.', ['Clara Dunn', 'Mirelle Sand']],
    ['known as with an adverb before as', 'The story starts with Kenji Aoba, otherwise known simply as Raven. Raven trains every day, and Kenji Aoba never rests.', ['Kenji Aoba', 'Raven']],
    ['known as with an adverb after a lead word', 'Halvard Brook, better known simply as Rook, runs the docks. Rook never sleeps, and Halvard Brook trusts nobody.', ['Halvard Brook', 'Rook']],
    ['an adverb before known as', 'The fixer Oren Malley, affectionately known as Moss, runs the harbour. Moss never sleeps, and Oren Malley trusts nobody.', ['Moss', 'Oren Malley']],
    ['a lead word and an adverb before known as', 'We meet Lorna Vesk, more commonly known as Nightjar, early on. Nightjar steals, and Lorna Vesk laughs.', ['Lorna Vesk', 'Nightjar']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[0])).toEqual([...want].sort());
  });

  it.each([
    ['an actor named with the part he is known for', 'Hale Brannock, known as Greywolf to a generation of fans, returns. Brannock plays Greywolf again, and Greywolf is as grim as ever.', 'Greywolf', 'Hale Brannock'],
    ['a false identity that belongs to the named one', 'The grifter Lena Dorn, posing as Tobin Hale\'s widow, moves in. Tobin Hale died at sea, and Lena Dorn spends his money.', 'Tobin Hale', 'Lena Dorn'],
    ['a claim to be the named one\'s child', 'Wren Ashby, claiming to be Ansel Hale\'s daughter, turns up at the door. Ansel Hale believes her, and Wren Ashby stays.', 'Ansel Hale', 'Wren Ashby'],
    ['a name further on, not right after the cue', 'Dorran Vask, known as the quiet one, meets Greywolf at the lab. Greywolf is feared, and Dorran Vask hides.', 'Greywolf', 'Dorran Vask'],
    ['a noun, not an adverb, before known as', 'Oren Malley, a fly known as Moss, runs the harbour. Moss never sleeps, and Oren Malley trusts nobody.', 'Moss', 'Oren Malley'],
  ] as const)('not: %s', (_, text, form, other) => {
    const f = holder(text, form);
    expect(f).toBeDefined();
    expect(f).not.toContain(other);
  });
});

describe('a second name given by a phrase of calling', () => {
  it.each([
    ['whom and a pronoun before the verb', 'The smuggler Ilsa Varenne, whom everyone calls Wren, owns the boat. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['who and a possessive before the verb', 'The smuggler Ilsa Varenne, who her crew call Wren, owns the boat. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['in brackets, the calling with its object', 'The smuggler Ilsa Varenne (the sailors call her Wren) owns the boat. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['called between commas, by whom after the name', 'The smuggler Ilsa Varenne, called Wren by the sailors, owns the boat. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['goes by, no comma', 'The smuggler Ilsa Varenne goes by Wren on the docks. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['known to an audience of several words', 'The smuggler Ilsa Varenne, known to the harbour police as Wren, owns the boat. Wren never pays, and Ilsa Varenne laughs.', ['Ilsa Varenne', 'Wren']],
    ['the second name first, in quote marks, the calling after it', 'The camp follows Bartholomew, or "Tibbs" as the other boys call him, all summer. Tibbs hates canoes, and Bartholomew hates Tibbs.', ['Bartholomew', 'Tibbs']],
    ['the second name first, the passive after it', 'The story follows Bartholomew, or Tibbs as he is known, all summer. Tibbs hates canoes, and Bartholomew sulks.', ['Bartholomew', 'Tibbs']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[0])).toEqual([...want].sort());
  });

  it.each([
    ['called as a verb of its own, no comma', 'The smuggler Ilsa Varenne called Wren Dace at midnight. Wren Dace never answered, and Ilsa Varenne left.', 'Wren Dace', 'Ilsa Varenne'],
    ['who and an adverb: calling someone up', 'The smuggler Ilsa Varenne, who then calls Wren Dace, owns the boat. Wren Dace never answers, and Ilsa Varenne leaves.', 'Wren Dace', 'Ilsa Varenne'],
    ['or between two names with no calling after', 'Choose Bartholomew, or Tibbs if you like them wild. Tibbs hates canoes, and Bartholomew hates Tibbs.', 'Tibbs', 'Bartholomew'],
  ] as const)('not: %s', (_, text, form, other) => {
    const f = holder(text, form);
    expect(f).toBeDefined();
    expect(f).not.toContain(other);
  });

  it('known to an audience as a name is no casting', () => {
    const a = analyzeReview('The smuggler Ilsa Varenne, known to everyone as Wren, owns the boat. Wren never pays, and Ilsa Varenne laughs.');
    expect(a.characters.filter((c) => c.playedBy !== null).map((c) => c.name)).toEqual([]);
    expect(a.people.filter((p) => p.roles.includes('actor'))).toEqual([]);
  });
});

describe('both names of "X, or Y as everyone calls him" are names at one mention', () => {
  it.each([
    ['the second name in quote marks', 'The funniest prank is on the cook. Bartholomew, or "Tibbs" as the campers call him, wakes up on a raft in the middle of the pond.', ['Bartholomew', 'Tibbs']],
    ['the second name bare, a passive after it', 'The funniest prank is on the cook. Bartholomew, or Tibbs as he is known, wakes up on a raft in the middle of the pond.', ['Bartholomew', 'Tibbs']],
    ['a comma before the calling', 'The funniest prank is on the cook: Bartholomew, or "Tibbs", as his friends call him, wakes up on a raft.', ['Bartholomew', 'Tibbs']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[0])).toEqual([...want].sort());
  });

  it.each([
    ['or between two words with no calling', 'The funniest prank is on the cook. Bartholomew, or Tibbs if you like, wakes up on a raft in the middle of the pond.', 'Tibbs'],
  ] as const)('not: %s', (_, text, form) => {
    expect(holder(text, form)).toBeUndefined();
  });
});
