import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const works = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);

describe('the rivals a work beat in a race for a prize are works', () => {
  it.each([
    // A found work's possessive and its kind of work as the subject.
    [
      'The sitcom Harbour Lane returned this year. Harbour Lane\'s second series beat Quiet Evening and The Grey Wing to the comedy trophy.',
      ['Harbour Lane', 'Quiet Evening', 'The Grey Wing'],
    ],
    // A lower-case word the reading does not skip ("nominees") ends it.
    [
      'The drama Copper Hill won on Friday. The drama beat fellow nominees Silver Kettle and Lantern Days to the prize.',
      ['Copper Hill'],
    ],
    // "The" and a kind of work opening the sentence, past a channel's name; "fellow" before the rivals.
    [
      'The drama Copper Hill won on Friday. The ITV drama beat fellow Silver Kettle and Lantern Days to the prize.',
      ['Copper Hill', 'Silver Kettle', 'Lantern Days'],
    ],
    // A found title as the subject, with an adverb before the verb.
    [
      'The film Ember Falls opened in May. Ember Falls narrowly beat Night Orchard and A Winter Crossing at the box office.',
      ['Ember Falls', 'Night Orchard', 'A Winter Crossing'],
    ],
    // A participle after a comma, in a sentence a found title opens.
    [
      'The novel Dust Harbour sold well. Dust Harbour took the fiction award, beating Paper Lanterns and The Quiet Ferry.',
      ['Dust Harbour', 'Paper Lanterns', 'The Quiet Ferry'],
    ],
    // A verb of a race before "with" / "against"; "It" right after a sentence a found title opens.
    [
      'The musical Paper Moons opened in May. Paper Moons has five nominations. It is up against Silver Kettle and A Winter Crossing for best musical.',
      ['Paper Moons', 'Silver Kettle', 'A Winter Crossing'],
    ],
    [
      'The film Ember Falls opened in May. Ember Falls will compete with Night Orchard in the animation category.',
      ['Ember Falls', 'Night Orchard'],
    ],
  ])('%j names %j', (text, titles) => {
    expect(works(text)).toEqual(titles);
  });

  it.each([
    // A band beats people and bands: its subject is no work.
    ['The band Orchid Parade beat Tom Weller and The Lamplights to the music award.', ['The Lamplights']],
    // The rival shaped as a person's name is no work.
    ['The film Ember Falls opened in May. Ember Falls beat Tom Weller in the poll.', ['Tom Weller']],
    // "It" after a sentence opened by a person refers to no work; "up" takes its rivals after "against" only.
    ['The film Ember Falls opened in May. Critics loved Ember Falls. It is up against Night Orchard tonight.', ['Night Orchard']],
    ['The film Ember Falls opened in May. Ember Falls is up with Night Orchard in the polls.', ['Night Orchard']],
    // A participle with no comma before it hangs on no work.
    ['The film Ember Falls opened in May. Ember Falls is about a boxer beating Night Orchard champions.', ['Night Orchard']],
  ])('%j has none of %j as a work', (text, notWorks) => {
    const found = works(text);
    for (const t of notWorks) expect(found).not.toContain(t);
  });
});
