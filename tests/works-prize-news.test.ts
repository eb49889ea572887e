import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('the run before a count of prizes taken or held is the work', () => {
  table([
    // A film or a show counted with the prizes of film and television, or the plain words.
    { text: 'At the gala, Copper Tide won nine Annies and the crowd cheered.', found: ['Copper Tide'] },
    { text: 'In 1997 Harbour Lights took home 11 Oscars, a record at the time.', found: ['Harbour Lights'] },
    { text: 'The Glass Orchard won a total of ten awards on the night.', found: ['The Glass Orchard'] },
    { text: 'Salt Meadow has seven nominations, two more than last year.', found: ['Salt Meadow'] },
    { text: 'Quirky comedy Salt Meadow picked up two prizes at the festival.', found: ['Salt Meadow'] },
    { text: 'And Paper Lanterns has garnered two more nominations for the spring awards.', found: ['Paper Lanterns'] },
    { text: 'It was 1998 when Copper Tide swept 11 Oscars.', found: ['Copper Tide'] },
    // Two titles joined by "and" took them together.
    { text: 'Salt Meadow and Copper Tide took two Golden Globes each.', found: ['Salt Meadow', 'Copper Tide'] },
    // A person, a pronoun, a body, a paper: none.
    { text: 'Tom Hale won three Oscars over his long career.', found: [], none: ['Tom Hale'] },
    { text: 'After Ivo Brandt won the prize, Brandt also won two Baftas.', found: [], none: ['Brandt'] },
    { text: 'He had four nominations and lost all of them.', found: [] },
    { text: 'The BBC has 16 nominations this year.', found: [], none: ['The BBC'] },
    { text: 'The Guardian has three nominations for its website.', found: [], none: ['The Guardian'] },
    // Music's prizes go to singers and bands as often.
    { text: 'Copper Tide won three Grammys on Sunday night.', found: [], none: ['Copper Tide'] },
    // Not the subject: the maker of the winner after "by" stands before the verb.
    { text: 'Lanternfall by rock giants Velm won three trophies at the show.', found: [], none: ['Velm'] },
    // "picked" takes prizes only with "up"; no count, no prize noun: none.
    { text: 'Copper Tide picked two winners from the crowd.', found: [], none: ['Copper Tide'] },
    { text: 'Salt Meadow won the toss and chose to bat.', found: [], none: ['Salt Meadow'] },
  ]);
});

describe('the run after a prize for a kind of work and "went to" is the work', () => {
  table([
    { text: 'The animation award went to The Glass Orchard, to no one’s surprise.', found: ['The Glass Orchard'] },
    { text: 'The prize for best documentary went to Salt Meadow on Friday.', found: ['Salt Meadow'] },
    { text: 'Best film went to Copper Tide, the favourite.', found: ['Copper Tide'] },
    { text: 'The best foreign language film prize went to Harbour Lights.', found: ['Harbour Lights'] },
    // A category for performers or makers goes to a person; a prize with no kind of work says nothing.
    { text: 'The best actor award went to Salt Meadow.', found: [], none: ['Salt Meadow'] },
    { text: 'The best director prize went to Ann Lowry for her debut.', found: [], none: ['Ann Lowry'] },
    { text: 'The top prize went to Copper Tide.', found: [], none: ['Copper Tide'] },
    { text: 'The best film award went to Jenna Vale.', found: [], none: ['Jenna Vale'] },
  ]);
});

describe('a film that goes in at a place in news of the box office is the work', () => {
  table([
    { text: 'Copper Tide went straight in at number one at the US box office this weekend.', found: ['Copper Tide'] },
    { text: 'At the box office, Salt Meadow went up to second place.', found: ['Salt Meadow'] },
  ]);
});

describe('the mentions of a work a count of prizes finds', () => {
  it('are the exact spans of its title', () => {
    const text = 'Copper Tide won nine Annies. Critics say Copper Tide deserved them.';
    const work = analyzeReview(text).works.find((w) => w.title === 'Copper Tide');
    expect(work?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Copper Tide', 'Copper Tide']);
    expect(work?.mentions.map((m) => m.start)).toEqual([0, 41]);
  });
});
