import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const entities = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people];
};
const names = (text: string): string[] => entities(text).map((e) => e.name);

describe('a capitalised word that describes the name after it is no part of the name', () => {
  it.each([
    ['Nine-year-old Hattie Marwood takes the lead. Marwood is a natural.', 'Hattie Marwood', 'Nine-year-old'],
    ['Welsh-born Gareth Pellow wrote the score. Pellow hums along on the album.', 'Gareth Pellow', 'Welsh-born'],
    ['Glasgow-based Fiona Trask runs the label. Trask has signed three bands.', 'Fiona Trask', 'Glasgow-based'],
    ['The film stars Hal Brent, Late Margaret Moss and Tom Quill. The cast is fine.', 'Margaret Moss', 'Late'],
    ['Bafta-winning Edwin Carrow returns to the stage. Carrow plays a retired judge.', 'Edwin Carrow', 'Bafta-winning'],
    ['The jury praised Emmy-nominated Ruth Kessel for her turn. Kessel was delighted.', 'Ruth Kessel', 'Emmy-nominated'],
    ['Writer-director Simon Halloway shot the film in a month. Halloway used no sets.', 'Simon Halloway', 'Writer-director'],
    ['Late Margaret Olney left a diary behind. Olney wrote in it every day.', 'Margaret Olney', 'Late'],
    ['Veteran Thomas Greave narrates. Greave reads slowly.', 'Thomas Greave', 'Veteran'],
    // Before a title that only ever leads a name, too.
    ['Oscar-winner Sir Roland Pike, who grew up nearby, opened the festival.', 'Sir Roland Pike', 'Oscar-winner'],
    ['The panel included Glasgow-born Dr Morag Fenn and two critics.', 'Dr Morag Fenn', 'Glasgow-born'],
  ])('%j gives %j, without %j', (text, name, lead) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((n) => n.startsWith(lead))).toBe(false);
  });

  // An age word is never part of a name, whatever name follows it: a rare or unlisted given name,
  // a surname alone, digits, a compound number, a plural, another unit.
  it.each([
    ['Twelve-year-old Brisa Tallow steals every scene. Tallow is a find.', 'Brisa Tallow', 'Twelve-year-old'],
    ['Seventeen-year-old Quennell is the lead. Quennell carries the film.', 'Quennell', 'Seventeen-year-old'],
    ['The story follows 14-year-old Oakley Vantress through one summer.', 'Oakley Vantress', '14-year-old'],
    ['Twenty-three-year-old Zandra Pellick wrote the script in a week.', 'Zandra Pellick', 'Twenty-three-year-old'],
    ['Eight-month-old Juno Harrowgate is the youngest member of the cast.', 'Juno Harrowgate', 'Eight-month-old'],
    ['Nine-Year-Old Tamsin Orrery won the spelling prize.', 'Tamsin Orrery', 'Nine-Year-Old'],
  ])('%j gives %j, without %j', (text, name, lead) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((n) => n.startsWith(lead))).toBe(false);
  });

  it.each([
    ['Ten-year-olds will enjoy the songs. Harlan Doyle sings them.', 'Ten-year-olds'],
    ['Kids Watched It With Their Six-Year-Old Daughters, said Harlan Doyle.', 'Six-Year-Old'],
  ])('%j lists no name holding %j', (text, age) => {
    expect(names(text).some((n) => n.toLowerCase().includes(age.toLowerCase()))).toBe(false);
  });

  it('casts the actor after an age word before an unlisted given name', () => {
    const a = analyzeReview('Ten-year-old Marisol Quayne plays Pip, the runaway.');
    const pip = a.characters.find((c) => c.name === 'Pip');
    expect(a.people.find((p) => p.id === pip?.playedBy)?.name).toBe('Marisol Quayne');
  });

  // A word that says where someone comes from or works describes whoever follows: a surname
  // alone, an unlisted given name, a name after a place of two words.
  it.each([
    ['The award went to Ngozi Okafor for her first novel. London-based Okafor said she was thrilled.', 'Ngozi Okafor', ['Okafor']],
    ['Director Martin Kessel signs on. New Zealand-born Kessel made his name on television.', 'Martin Kessel', ['Kessel']],
    ['The short is by Leeds-bred Oyelaran Tobi. Critics praised Oyelaran Tobi and the young cast.', 'Oyelaran Tobi', []],
  ] as const)('%j: the origin word joins no name of %j', (text, name, aliases) => {
    const all = entities(text);
    expect(all.filter((e) => [e.name, ...e.aliases].some((f) => f.includes(name.split(' ')[1] as string))).map((e) => [e.name, e.aliases])).toEqual([[name, [...aliases]]]);
  });

  it('merges the surname alone with the full name once the describing word is gone', () => {
    const e = entities('Dutch-born Pieter Alma directed it. Alma said the shoot was hard.').find((x) => x.name === 'Pieter Alma');
    expect(e?.aliases).toContain('Alma');
  });

  it.each([
    // A hyphenated given name written with a lower-case second part stays whole.
    ['Min-seo Kang directed the drama. Kang is patient with actors.', 'Min-seo Kang'],
    // A capitalised second part is a double-barrelled name, not a describing word.
    ['Anne-Marie Duval sings the theme. Duval wrote it too.', 'Anne-Marie Duval'],
  ])('%j keeps %j whole', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['The film stars Hal Brent, Late Margaret Moss and Tom Quill. The cast is fine.', 'Margaret Moss', 'actor'],
    ['The cast includes Hal Brent, Ten-year-old Ada Moss and Tom Quill.', 'Tom Quill', 'actor'],
    ['The sequel will be directed by Dutch-born Anton Vale, who made two music films.', 'Anton Vale', 'director'],
    // A describing word that is itself a role noun still gives its role.
    ['Co-star Richard Vane signed autographs outside. Vane waved.', 'Richard Vane', 'actor'],
  ])('%j still reads the words around %j through the describing word (%s)', (text, name, role) => {
    const p = analyzeReview(text).people.find((x) => x.name === name);
    expect(p?.roles).toContain(role);
  });

  it('not before a word that is no listed first name: the run may be a title', () => {
    expect(names('The Oscar-winning Harbour Lights director is back with a thriller.')).not.toContain('Harbour Lights');
  });

  it('links the actor without the describing word', () => {
    const a = analyzeReview('Eleven-year-old Tilly Varne will play Nell, the miller’s daughter, in the new adaptation.');
    const nell = a.characters.find((c) => c.name === 'Nell');
    const actor = a.people.find((p) => p.id === nell?.playedBy);
    expect(actor?.name).toBe('Tilly Varne');
  });

  // Capitalised words that say who the named one is, the last of them a noun of a person (a
  // people's word, a band member's noun, an office or a trade), are no part of a full name after
  // them, at a sentence's start or inside it.
  it.each([
    ['Tasmanian Oliver Brack won the prize. Brack thanked his family.', 'Oliver Brack', 'Tasmanian'],
    ['New Zealander Helen Quist directed the sequel. Quist shot it at home.', 'Helen Quist', 'New Zealander'],
    ['The song was written with former Monkee Peter Thorley, who plays on it.', 'Peter Thorley', 'Monkee'],
    ['She toured with future Spice Girl Emma Bunt before the band formed.', 'Emma Bunt', 'Spice Girl'],
    ['Police Chief Ruth Danvers said the road would reopen. Ms Danvers gave no date.', 'Ruth Danvers', 'Police Chief'],
    ['The record was the work of Crocodile Hunter Steve Garvey, who died last year.', 'Steve Garvey', 'Crocodile Hunter'],
  ])('%j gives %j, without %j', (text, name, lead) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found.some((n) => n.startsWith(lead.split(' ')[0] as string))).toBe(false);
  });

  it('joins the titled surname to the full name once the describing words are gone', () => {
    const e = entities('Police Chief Ruth Danvers said the road would reopen. Ms Danvers gave no date.').find((x) => x.name === 'Ruth Danvers');
    expect(e?.aliases).toEqual(['Ms Danvers']);
  });

  // The words before a given name lead the name of a place, a work or a stage name when the last of
  // them names no person, and a particle is no given name.
  it.each([
    ['The festival in Santa Barbara International honoured him.', 'Barbara International'],
    ['He spent the summer playing Super Mario World with his cousin.', 'Mario World'],
    ['The album features Kool Moe Dee on two tracks.', 'Moe Dee'],
    ['The critic praised Titta Di Girolamo, the quiet accountant of the story.', 'Di Girolamo'],
  ])('%j lists no %j', (text, part) => {
    expect(names(text)).not.toContain(part);
  });
});
