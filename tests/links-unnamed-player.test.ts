// A casting verb whose subject is a player the text does not name ("the actress who plays C",
// "the two boys playing C", "the man who plays C") or a role noun before a comma ("in her
// latest role, playing C") casts C as a part: the name is a character, though no actor is named
// to link. The words settle the kind after the kind model, so the model's training rows do not
// move. Names and sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

const read = namesAndLinks;

describe('an unnamed player casts the name after the verb as a part', () => {
  it.each([
    ['the actress who plays C', 'The one weak spot of the drama is the actress who plays Verity Coltrane. Everyone else is strong.', 'Verity Coltrane'],
    ["the actress who plays 'C'", "The one weak spot of the drama is the actress who plays 'Verity Coltrane'. Everyone else is strong.", 'Verity Coltrane'],
    ['the man who plays C', 'The man who plays Ambrose Fell looked lost in every scene.', 'Ambrose Fell'],
    ['the girl who plays C', 'Sadly the girl who plays Edith Marlowe cannot act at all.', 'Edith Marlowe'],
    ['the two boys playing C', 'The producers said the two boys playing Callum Reid are both eleven and come from Hull.', 'Callum Reid'],
    ['her latest role, playing C', 'Mara Quinlan has had a long career on stage. She is back this spring in her latest role, playing Odile Brandt in a revival of an old farce.', 'Odile Brandt'],
  ] as const)('%s', (_, text, part) => {
    const r = read(text);
    expect(r.characters).toContain(part);
    expect(r.people).not.toContain(part);
  });
});

describe('where the rule does not reach', () => {
  it('a named player is linked as before', () => {
    const r = read('The weak spot is Harriet Vale, who plays Verity Coltrane.');
    expect(r.links).toEqual(['Verity Coltrane <- Harriet Vale']);
  });
  it('a place a band plays after a player noun is no part', () => {
    const r = read('The boys played Wembley twice last summer.');
    expect(r.characters).not.toContain('Wembley');
    expect(r.people).not.toContain('Wembley');
  });
  it('a name a cue calls an actor elsewhere stays a person', () => {
    const r = read('The man who plays Desmond Hale fell ill. Actor Desmond Hale said he would be back soon.');
    expect(r.people).toContain('Desmond Hale');
  });
});
