// Actor↔role links for each casting pattern review text uses: the character's `playedBy` names the
// actor, the actor `plays` the character and has the role `actor`. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { links } from './helpers/links';

/** Checks every link of `want` both ways and the actor's roles. */
function expectLinks(text: string, want: [string, string][]): void {
  const a = analyzeReview(text);
  expect(links(text)).toEqual(want);
  for (const [character, actor] of want) {
    const c = a.characters.find((x) => x.name === character);
    const p = a.people.find((x) => x.name === actor);
    expect(p?.plays).toContain(c?.id);
    expect(p?.roles).toEqual(['actor']);
  }
}

describe('C (A): the role, its actor in brackets', () => {
  it.each([
    ['a one-word role', 'Later, Marta (Helen Pryce) leaves the farm for good.', [['Marta', 'Helen Pryce']]],
    ['no space before the bracket', 'Her brother Tobias(Sam Ortega) never calls back.', [['Tobias', 'Sam Ortega']]],
    ['"played by" inside', 'The heist is run by Victor (played by Dan Whitlow) and his crew.', [['Victor', 'Dan Whitlow']]],
    ['describing words inside', 'We also meet Greta (a wonderfully icy Clara Boone), who runs the hotel.', [['Greta', 'Clara Boone']]],
    ['a performance by inside', 'The sheriff Hollis (another fine turn by Dan Whitlow) shows up late.', [['Hollis', 'Dan Whitlow']]],
    ['a work of the actor before the name', 'The new tutor Jonas (Seabound’s Peter Vance) arrives in May.', [['Jonas', 'Peter Vance']]],
    ['a given name first and a lone surname', 'His valet Norman (Whitlow) keeps the theatre going.', [['Norman', 'Whitlow']]],
    ['a year after the actor', 'His Granny(Ada Quill, 1931-99) is the worst of them.', [['Granny', 'Ada Quill']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
});

describe('A (C): the actor first, the role in brackets', () => {
  it.each([
    ['"as" inside', 'Mark Delaney (as Ellis) holds the whole thing together.', [['Ellis', 'Mark Delaney']]],
    ['a lone given name after a full name', 'Nora Blake (Emily) steals every scene she is in.', [['Emily', 'Nora Blake']]],
    ['"as" and a described role inside', 'Fine work from Casey Vale (as Marta’s brother, Jay) and others.', [['Jay', 'Casey Vale']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
});

describe('A … as C', () => {
  it.each([
    ['a copula and an evaluation', 'Leo Castell is excellent as her weary neighbour Dwight.', [['Dwight', 'Leo Castell']]],
    ['a performance phrase', 'Ada Quill turns in a fine performance as Lucia.', [['Lucia', 'Ada Quill']]],
    ['describing words before the role', 'Ben Carver as the grumpy night porter Walt is the best thing here.', [['Walt', 'Ben Carver']]],
    ['a lone surname as the actor', 'Whitlow gives a quietly moving performance as Rocco.', [['Rocco', 'Whitlow']]],
    ['an aside between', 'Clara Boone, brilliant as always as Irene, carries the second half.', [['Irene', 'Clara Boone']]],
    ['a possessor describing the role', 'Sam Ortega as Marta’s father, Elias, is a delight.', [['Elias', 'Sam Ortega']]],
    ['is cast as', 'Dan Whitlow is cast as Rocco, a retired boxer.', [['Rocco', 'Dan Whitlow']]],
    ['a performance by the actor', 'I liked a much better performance by Ben Carver as Walt.', [['Walt', 'Ben Carver']]],
    ['thanks to the actor', 'It all works thanks to Ada Quill as Lucia.', [['Lucia', 'Ada Quill']]],
    ['the performance of the actor', 'The best performance is that of Ada Quill as Lucia.', [['Lucia', 'Ada Quill']]],
    ['a lone surname starting the sentence', 'Whitlow stars as Rocco, a retired boxer.', [['Rocco', 'Whitlow']]],
    ['two pairs and a verb after', 'Ada Quill as Lucia and Ben Carver as Walt make a fine pair.', [['Lucia', 'Ada Quill'], ['Walt', 'Ben Carver']]],
    ['two lists, a comma before "as"', 'The thieves, Ada Quill and Ben Carver, as Lucia and Walt are a treat.', [['Lucia', 'Ada Quill'], ['Walt', 'Ben Carver']]],
    ['a relative clause between', 'Peter Vance steals every scene he appears in as Jonas.', [['Jonas', 'Peter Vance']]],
    ['a possessive actor, the noun left out', 'Ada Quill’s turn as Lucia and Ben Carver’s as Walt are the highlights.', [['Lucia', 'Ada Quill'], ['Walt', 'Ben Carver']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
});

describe('C … played by A', () => {
  it.each([
    ['after a comma', 'Lucia, played by Ada Quill, runs the bakery.', [['Lucia', 'Ada Quill']]],
    ['an adverb between', 'Walt is played rather well by Ben Carver.', [['Walt', 'Ben Carver']]],
    ['an adverb before the verb', 'Irene is beautifully portrayed by Clara Boone.', [['Irene', 'Clara Boone']]],
    ['named … who is played by', 'The story follows a timid clerk named Otto who is played by Sam Ortega.', [['Otto', 'Sam Ortega']]],
    ['describing words before the actor', 'Dame Edith Crane is played by the formidable Ada Quill.', [['Dame Edith Crane', 'Ada Quill']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
  it('"played in the film by" makes an actor, not an author, whatever the title line says', () => {
    const a = analyzeReview('Harbour Lights, the novel and the film\n\nThe heart of it is Irene, played in the film by Clara Boone.');
    expect(links('Harbour Lights, the novel and the film\n\nThe heart of it is Irene, played in the film by Clara Boone.')).toEqual([['Irene', 'Clara Boone']]);
    expect(a.people.find((p) => p.name === 'Clara Boone')?.roles).toEqual(['actor']);
  });
});

describe('A plays C, A’s portrayal of C, the role of C', () => {
  it.each([
    ['plays with describing words', 'Sam Ortega plays the lonely lighthouse keeper Elias.', [['Elias', 'Sam Ortega']]],
    ['who played', 'Clara Boone, who played Irene, is back for the sequel.', [['Irene', 'Clara Boone']]],
    ['plays … named', 'Whitlow plays an odd little man named Rocco.', [['Rocco', 'Whitlow']]],
    ['plays the part of', 'Ben Carver plays the part of awkward teenager Walt with ease.', [['Walt', 'Ben Carver']]],
    ['a possessive portrayal of', 'Dan Whitlow’s sly portrayal of Rocco is the reason to watch.', [['Rocco', 'Dan Whitlow']]],
    ['a possessive character, then the name', 'Clara Boone’s character, Irene, never smiles once.', [['Irene', 'Clara Boone']]],
    ['in the role of', 'Ada Quill is chilling in the role of Lucia.', [['Lucia', 'Ada Quill']]],
    ['an actor’s possessive before a first name', 'Helen Blake’s Emily is the heart of the film.', [['Emily', 'Helen Blake']]],
    ['two actors in their roles of two characters', 'Ada Quill and Ben Carver are fine in their roles of Lucia and Walt.', [['Lucia', 'Ada Quill'], ['Walt', 'Ben Carver']]],
    ['parallel lists', 'With Ada Quill, Ben Carver and Sam Ortega as Lucia, Walt and Elias.', [['Lucia', 'Ada Quill'], ['Walt', 'Ben Carver'], ['Elias', 'Sam Ortega']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
});

describe('casting read over whole entities: A is C, A’s C, C, a … played by A', () => {
  it.each([
    ['a person, then "is" and a character', 'The film follows a quiet widow. Brad Colton is Ruth, who runs the bakery on the corner. Ruth meets a stranger and she falls for him.', [['Ruth', 'Brad Colton']]],
    ['an appositive between the actor and "is"', 'Tom Garvey, a reliable actor in small parts, is Walter, the lighthouse keeper.', [['Walter', 'Tom Garvey']]],
    ['the role in quote marks', 'I loved the cast. Nora Blake is "Maggie", and Maggie steals the show when she finds the letter.', [['Maggie', 'Nora Blake']]],
    ['a lone surname’s possessive before a first name', 'The best thing here is Greta Holm. Holm’s Rosie is fierce and funny, and Rosie carries the film when her mother dies.', [['Rosie', 'Greta Holm']]],
    ['an appositive, then played by', 'The plot centres on Walter, a retired boxer played by the great Dan Whitlow. Walter trains his nephew and he loses.', [['Walter', 'Dan Whitlow']]],
    ['an appositive, then who is played by', 'The story turns on Lena Varga, a nervous bride who is played by Ada Quill. Lena finds a letter.', [['Lena Varga', 'Ada Quill']]],
    ['a quoted role, then is played by', 'In this film, Tom Vale is the coach, and his rival "Bob" is played by Ann Lee. Bob loses every game.', [['Bob', 'Ann Lee']]],
    ['C (A) after a role noun the names stage reads as a cue', 'The fun comes from a billboard model Rita Gale (Ann Lee), who falls for the hero. Later Rita hides him in her flat.', [['Rita Gale', 'Ann Lee']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
  it.each([
    ['a director’s possessive names a work', 'Director Sam Hale’s Rosie was a flop, and Rosie never found her audience.'],
    ['a possessive after the role', 'Brad Colton is wonderful. Colton is Ruth’s favourite actor.'],
    ['an appositive with no played by', 'Everyone remembers Walter, a retired boxer, and the way Dan Whitlow played him.'],
  ])('no link: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});

describe('which side of X (Y) is the role', () => {
  it.each([
    ['a review writes the role first', 'I watched it last night. Ruth Pike (Dana Moss) runs the inn, and Owen Pike (Tom Vale) drinks. I liked it.', [['Ruth Pike', 'Dana Moss'], ['Owen Pike', 'Tom Vale']]],
    ['a report writes the actor first', 'The studio said on Monday that filming of the drama would begin in the spring in the north of the country. In it Dana Moss (Ruth Pike) marries Tom Vale (Owen Pike), and Moss told reporters she was delighted to be back.', [['Ruth Pike', 'Dana Moss'], ['Owen Pike', 'Tom Vale']]],
    ['a titled form in the bracket is the role', 'I watched it last night. The film stars Dana Moss (Mrs. Pike) as a widow, and I liked her a lot.', [['Mrs. Pike', 'Dana Moss']]],
    ['the name outside is talked of as an actor elsewhere, the bracketed one only in brackets', 'I watched it last night. Dana Moss(Ruth Pike) runs the inn on the coast. It is one of Dana Moss’s best performances, and I liked it.', [['Ruth Pike', 'Dana Moss']]],
    ['the bracketed name is talked of as an actor too: the review order holds', 'I watched it last night. Ruth Pike (Dana Moss) runs the inn on the coast, and Ruth is lonely. The acting of Dana Moss is fine.', [['Ruth Pike', 'Dana Moss']]],
  ] as const)('%s', (_, text, want) => {
    expectLinks(text, want as unknown as [string, string][]);
  });
});

describe('an actor of a part with no name', () => {
  it.each([
    ['"as" and a possessive part', 'The cast has Tim Vale as Billy’s father and little else.', 'Tim Vale'],
    ['"as" in brackets', 'There is also Casey Vale (as the neighbour’s son) in a small part.', 'Casey Vale'],
  ])('%s', (_, text, actor) => {
    const a = analyzeReview(text);
    expect(a.people.find((p) => p.name === actor)?.roles).toEqual(['actor']);
    expect(links(text)).toEqual([]);
  });
});

describe('no link where the words only look like casting', () => {
  it.each([
    ['"as" joining two clauses', 'Owen Marsh leaves the room as Larry Dunne walks in.'],
    ['a comparison', 'Ben Carver is as good here as Clara Boone.'],
    ['a comma, then "as" far from the name', 'Helen Ellis washed the plates quickly, as Marilla Vane who watched her noticed.'],
    ['a comparison before the name', 'She was just as cruel to Marta Gale as Greta Lund.'],
    ['a disguise', 'Jonas Pike dresses up as Santa Claus.'],
    ['a place after a preposition', 'The story is set in Rome as Robert Langdon follows the trail.'],
    ['a place after "in", then a verb', 'The war is fought in Arcadia as General Voss marches north.'],
    ['a name that describes a noun', 'Ben Carver is fine as the Zorvian agent.'],
    ['a lone name after "a"', 'Colin Marsh makes a cameo as an unruly Irishman.'],
    ['a possessive before a title', 'John Marsh’s Stagecoach is a classic western.'],
    ['a passive missing its "by"', 'The lead, Ellen Vale, who is played then-unknown Sam Ortega, holds it up.'],
    ['a song performed by a band', 'Both themes, Red Swan and Blue Wings, were performed by Linked Horizon.'],
    ['a name right after the possessor', 'Watch Ada Quill as Rocco’s Arcadian love interest.'],
    ['the next actor of a list', 'Brendan Hale as Ruby’s deadbeat father, Ray Dunne as a lawman.'],
    ['a subject pronoun between', 'In Harbourside, he plays the role of Lawrence Bell.'],
    ['a creator, not an actor', 'Joss Varden created the character of Buffy Summers.'],
    ['a place in brackets', 'Gabriel Marquez (Colombia) was on the list.'],
    ['a second predicate of an earlier subject', 'He appeared in a revue, Tele-Ho, and playing the Emperor of Morocco on stage.'],
  ])('%s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
