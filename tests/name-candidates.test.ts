import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES_FILE, firstNamesSource } from '../scripts/build-given-names.mjs';
import { analyzeReview } from '../src/index';
import { FIRST_NAMES, RARE_FIRST_NAMES, WORD_FIRST_NAMES, firstNameSex } from '../src/text/first-names';
import { isListedFirstName } from '../src/stages/4-names/context';

const found = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};
const peopleRoles = (text: string) => Object.fromEntries(analyzeReview(text).people.map((p) => [p.name, p.roles]));

describe('the large first-name list', () => {
  it('is what scripts/build-given-names.mjs writes', () => {
    expect(readFileSync(FIRST_NAMES_FILE, 'utf8')).toBe(firstNamesSource());
  });
  it.each(['daphne', 'errol', 'hattie', 'janine', 'olivia', 'griselda', 'yolanda'])('holds %s', (n) => {
    expect(FIRST_NAMES.has(n)).toBe(true);
  });
  // Names that are also English words need the curated list or other evidence.
  it.each(['rose', 'grace', 'will', 'mark', 'bill', 'hope', 'joy', 'king', 'harrison', 'woody'])('keeps %s, a name and a word, apart', (n) => {
    expect(FIRST_NAMES.has(n)).toBe(false);
    expect(WORD_FIRST_NAMES.has(n)).toBe(true);
  });
  it.each(['sun', 'summer', 'table'])('holds no %s', (n) => {
    expect(FIRST_NAMES.has(n) || WORD_FIRST_NAMES.has(n)).toBe(false);
  });
  it.each([['mark', true], ['daphne', true], ['summer', false], ['table', false]] as const)('%s is a listed first name: %s', (n, want) => {
    expect(isListedFirstName(n)).toBe(want);
  });
});

describe('full names at one mention', () => {
  it.each([
    ['The score was written for her by Yolanda Brickfield last spring.', 'Yolanda Brickfield'],
    ['My uncle once met Errol Fennimore at a party.', 'Errol Fennimore'],
    ['The best scene belongs to Edward G. Pennock and nobody else.', 'Edward G. Pennock'],
    ['A cameo by Hattie B. Crowther is the highlight.', 'Hattie B. Crowther'],
    ['Nobody upstages Olivia de Winterbourne here.', 'Olivia de Winterbourne'],
    ['It also features Leonardo da Pontecorvo in a small part.', 'Leonardo da Pontecorvo'],
    ['Even the reliable Jamie Van Der Hoek cannot save it.', 'Jamie Van Der Hoek'],
    ['Nobody remembers Daphne Thorncliffe’s first book.', 'Daphne Thorncliffe'],
    // A firm's name or an -ese word after a first name is the surname.
    ['The lead is played with verve by Lorena Fox this time.', 'Lorena Fox'],
    ['We also get Antonio Veronese in a tiny part.', 'Antonio Veronese'],
    // A first name that is also a word, mid-sentence and tagged as a proper noun.
    ['The narration by Harrison Quellby is warm.', 'Harrison Quellby'],
    // Opening its sentence, before a surname that is no word of the lexicon.
    ['Harrison Quellby was dull, and so was the rest.', 'Harrison Quellby'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
});

describe('initials lead a full name at one mention', () => {
  it.each([
    ['The old comedy is stolen by W.K. Pellingham in one scene.', 'W.K. Pellingham'],
    ['Its score came from T. Barrow Quince, who rarely worked in film.', 'T. Barrow Quince'],
    ['I kept thinking of J.R.T. Hollowell during it.', 'J.R.T. Hollowell'],
    ['The support from R.D. Carrow is solid.', 'R.D. Carrow'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // Letters that abbreviate a place, a body or a phrase.
    ['Then the U.S. Marshals arrive in the last reel.', ['U.S. Marshals', 'S. Marshals']],
    // The last letters of a longer dotted run.
    ['The film opens with R.I.P. Dana Crowe over a black screen.', ['P. Dana Crowe', 'I.P. Dana Crowe']],
    // A letter that ends a sentence before a word that is no name's.
    ['She drives from A to B. Until then nothing happens.', ['B. Until']],
    // One letter glued to the next word.
    ['The chase ends when M.Vallon shows up.', ['M.Vallon']],
  ])('%j holds none of %j', (text, names) => {
    const got = found(text);
    for (const n of names) expect(got).not.toContain(n);
  });
});

describe('a rarer first name of the birth records leads a full name', () => {
  it.each(['mikhail', 'tyra', 'kenard', 'dustin', 'mariah'])('holds %s apart from the other lists', (n) => {
    expect(RARE_FIRST_NAMES.has(n)).toBe(true);
    expect(FIRST_NAMES.has(n) || WORD_FIRST_NAMES.has(n) || isListedFirstName(n)).toBe(false);
  });
  // The birth records give each name the sex most of its bearers have: "she said" after the name finds her.
  it.each([
    ['mikhail', 'm'],
    ['kenard', 'm'],
    ['tyra', 'f'],
    ['marit', 'f'],
  ] as const)('gives %s the sex %s', (n, sex) => {
    expect(firstNameSex(n)).toBe(sex);
  });
  it.each([
    ['The score was written for her by Kenard Whitlowe last spring.', 'Kenard Whitlowe'],
    ['My aunt once met Tyra Quennell at a party.', 'Tyra Quennell'],
    ['Later Mikhail Dorovsky joins the crew of the ship.', 'Mikhail Dorovsky'],
    ['Dustin Pellham and Mariah Okonjo present the prizes.', 'Mariah Okonjo'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // Alone it is no name: such lists hold places and brands too.
    ['We flew over Kodiak once and it was cold.', 'Kodiak'],
    // A determiner before the run: a thing is named.
    ['We saw the band at the Chicago Underground last year.', 'Chicago Underground'],
    ['That Apollo Rockets jingle is everywhere.', 'Apollo Rockets'],
    // A word of a place, a firm or a rank in the run.
    ['We walked across Hyde Park after the screening.', 'Hyde Park'],
    ['He worked for Tyrell Corp for years.', 'Tyrell Corp'],
    // A compound with a lower-case word is a description.
    ['It is pure Coen Brothers-wannabe stuff from start to end.', 'Coen Brothers-wannabe'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

describe('lone words with a maker’s or performer’s work after them', () => {
  it.each([
    ['Kurosawski’s gloomy first film is slow.', 'Kurosawski', 'other'],
    ['I admired Brannagh’s direction throughout.', 'Brannagh', 'director'],
    ['Even so, Wexley’s script has holes.', 'Wexley', 'writer'],
    ['It felt like a Tarkovsky film to me.', 'Tarkovsky', 'other'],
    ['Nothing beats Pellegrini’s quiet performance in the finale.', 'Pellegrini', 'actor'],
  ])('%j', (text, name, role) => {
    expect(peopleRoles(text)[name]).toContain(role);
  });
});

describe('a repeated lone word takes the role of the maker’s work after it too', () => {
  it.each([
    ['Wexley’s script has holes. Fans of Wexley were not pleased at the premiere.', 'Wexley', 'writer'],
    ['The remake opened with Kessling’s direction at its weakest. The studio hoped Kessling would return.', 'Kessling', 'director'],
  ])('%j', (text, name, role) => {
    expect(peopleRoles(text)[name]).toContain(role);
  });
});

describe('a fame noun before a name is a role cue', () => {
  it.each([
    ['Hollywood legend Yaphet Korrow has hit out at the quality of new films.', 'Yaphet Korrow'],
    ['The show closed with a song for soul legend Obadiah Quist.', 'Obadiah Quist'],
  ])('%j', (text, name) => {
    expect(peopleRoles(text)[name]).toContain('other');
  });
});

describe('a rank or church title before a name, at one mention', () => {
  it.each([
    ['The tip from Commissioner Dorval leads nowhere, and the film drags.', 'Commissioner Dorval'],
    ['The sermon by Reverend Thistlewood is the best scene in the film.', 'Reverend Thistlewood'],
    ['We meet Captain Brannock Hale on his last voyage.', 'Captain Brannock Hale'],
    // A title that is also a role noun belongs to the name when it is capitalised.
    ['Halfway through, Father Anselm starts asking questions about the fire.', 'Father Anselm'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it.each([
    // The word after the title is written in lower case elsewhere.
    ['The plot turns on a Commissioner Report, and that report is dull.', 'Commissioner Report'],
    // Sentence-initial: a title there is no evidence on its own.
    ['Commissioner Dorval is a bore.', 'Commissioner Dorval'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

describe('words glued onto a name are no part of it', () => {
  it.each([
    // A comparison: the name ends before "-like", the next name starts after it.
    ['It has a Daphne Thorncliffe-like charm that I adore.', 'Daphne Thorncliffe', 'Daphne Thorncliffe-like'],
    ['The Daphne Thorncliffe-like Freddy wrote a rude note that I adore.', 'Freddy', 'Daphne Thorncliffe-like Freddy'],
    // Any suffix of likeness: "-style", "-type", "-esque".
    ['The heists are staged in a Daphne Thorncliffe-style ballet of bullets, which I adore.', 'Daphne Thorncliffe', 'Daphne Thorncliffe-style'],
    ['The plot is pure Margaret Quennell-type intrigue, and I loved every minute of it.', 'Margaret Quennell', 'Margaret Quennell-type'],
    ['The long, cold shots feel Ossington-esque, and Ossington would have liked the ending.', 'Ossington', 'Ossington-esque'],
    // A headline verb after a full name.
    ['The blurb sums it up: two friends meet after the war, Lorena Fennimore Stars. The rest is dull.', 'Lorena Fennimore', 'Lorena Fennimore Stars'],
    // A sentence-initial word the text also writes in lower case, before a first name.
    ['The script is poor. Poor Daphne Thorncliffe, who played the aunt, tried her best.', 'Daphne Thorncliffe', 'Poor Daphne Thorncliffe'],
  ])('%j has %j, not %j', (text, name, glued) => {
    expect(found(text)).toContain(name);
    expect(found(text)).not.toContain(glued);
  });
});

describe('a name with a suffix of likeness and the same name bare are one', () => {
  it.each([
    ['The director Wilbur Quennell shoots every fight as a Wilbur Quennell-style ballet, and Quennell never tires of it.', 'Wilbur Quennell', ['Quennell']],
    ['The novelist Harold Vail wrote the book. The film is Harold Vail-esque to the bone, and Vail would approve.', 'Harold Vail', ['Vail']],
  ] as const)('%j', (text, name, aliases) => {
    const a = analyzeReview(text);
    const surname = name.split(' ')[1] as string;
    const named = [...a.characters, ...a.people].filter((x) => [x.name, ...x.aliases].some((f) => f.includes(surname)));
    expect(named.map((x) => [x.name, [...x.aliases].sort()])).toEqual([[name, [...aliases]]]);
  });
});

describe('a two-word name once, with a performer’s verb or word just after it', () => {
  it.each([
    ['The sets are drab and the pacing is slow. Tolliver Crane overacts in every single scene.', 'Tolliver Crane'],
    ['The sets are drab and the pacing is slow. Tolliver Crane also gives a fine performance, as ever.', 'Tolliver Crane'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
  it('needs the performer’s word: "Tolliver Crane looks lovely" is no evidence', () => {
    expect(found('The sets are drab and the pacing is slow. Tolliver Crane looks lovely at dawn in the opening shot.')).not.toContain('Tolliver Crane');
  });
});

describe('lone first names mid-sentence', () => {
  it.each([
    ['After the storm, the farmer finds Wilhelmina asleep in the barn.', 'Wilhelmina'],
    ['The film follows Daphne through one long winter.', 'Daphne'],
    // A listed name after a listed name and a comma is a list, not `Town, State`.
    ['The three friends, Anna, Daphne and Wilhelmina, go camping.', 'Wilhelmina'],
    ['The three friends, Anna, Daphne and Wilhelmina, go camping.', 'Daphne'],
  ])('%j', (text, name) => {
    expect(found(text)).toContain(name);
  });
});

describe('not names', () => {
  it.each([
    // Names that are English words, written in lower case elsewhere or not listed at all.
    ['The movie is a Grace Note in a dull year, with grace and wit.', 'Grace Note'],
    ['Will Power is the theme, and the will to live.', 'Will Power'],
    ['We watched it last Summer and the summer before.', 'Summer'],
    ['They sang Rose Coloured Days and a rose was thrown.', 'Rose Coloured Days'],
    // Sentence-initial words, headings, places and firms.
    ['Brilliant. Honestly the best thing this year.', 'Brilliant'],
    ['He grew up in Georgia before the war.', 'Georgia'],
    ['Her family came from Savannah, Georgia, in the end.', 'Georgia'],
    ['It is a Netflix film about ghosts.', 'Netflix'],
    ['Disney’s best film is still a cartoon.', 'Disney'],
    ['Hollywood’s latest film is a bore.', 'Hollywood'],
    ['It plays like a Western film, not a drama.', 'Western'],
    // A lone word with no maker's work after it, at one mention.
    ['Kurosawski’s garden is lovely.', 'Kurosawski'],
    ['That was a Tarkovsky moment of calm.', 'Tarkovsky'],
    // An initial ends a sentence here; the next one starts with a capital.
    ['The answer was plan B. Robinson agreed.', 'B. Robinson'],
  ])('%j has no %j', (text, name) => {
    expect(found(text)).not.toContain(name);
  });
});

describe('gender from the large lists', () => {
  it.each([['anton', 'm'], ['wilhelmina', 'f'], ['harrison', 'm'], ['table', undefined]] as const)('%s is borne by %s only', (n, sex) => {
    expect(firstNameSex(n)).toBe(sex);
  });
  it.each([
    ['Wilhelmina Coyle met Anton Brisk at the door. She left early, “far too tired” she said.', 'Wilhelmina Coyle'],
    ['Anton Brisk met Wilhelmina Coyle at the door. He left early, “far too tired” he said.', 'Anton Brisk'],
    // A title the lists hold as a man's name ("Dame") still says a woman.
    ['Dame Odile Perrow sat with Anton Brisk. She smiled, “never again” she said.', 'Dame Odile Perrow'],
  ])('%j', (text, speaker) => {
    expect(analyzeReview(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });
});

describe('a point of the compass opening a place takes the word after it', () => {
  it.each([
    ['The girls love West Virginia and Corin Vael and Tessa Rayne sing about it.', ['Corin Vael', 'Tessa Rayne'], ['Virginia', 'West Virginia']],
    ['Half the film was shot in North Carolina, and Corin Vael and Tessa Rayne shine.', ['Corin Vael', 'Tessa Rayne'], ['Carolina', 'North Carolina']],
    ['Those shots of Georgia and South Carolina are lovely, and Tessa Rayne shines.', ['Tessa Rayne'], ['Carolina', 'South Carolina']],
    ['The East Vellin arc is long, but East Vellin is where Corin Vael and Tessa Rayne fight.', ['Corin Vael', 'Tessa Rayne'], ['Vellin', 'East Vellin']],
    // After a given name the point is the surname, and the name goes on being found.
    ['The hearing is tense: Oliver North and Tessa Rayne trade barbs for an hour.', ['Oliver North', 'Tessa Rayne'], ['Oliver']],
    // A point closing a sentence opens nothing.
    ['They all head West. Corin Vael and Tessa Rayne argue all night.', ['Corin Vael', 'Tessa Rayne'], ['West']],
  ])('%j', (text, names, absent) => {
    const all = found(text);
    for (const n of names) expect(all).toContain(n);
    for (const n of absent) expect(all).not.toContain(n);
  });
});
