import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a list a plural kind of work names holds titles', () => {
  table([
    // Right after the plural, "plus" joining the last title.
    { text: 'Soap operas Silver Kettle, Night Ferry plus Paper Moon topped the poll.', found: ['Silver Kettle', 'Night Ferry', 'Paper Moon'] },
    { text: 'The programmes Silver Kettle and Night Ferry drew the most viewers.', found: ['Silver Kettle', 'Night Ferry'] },
    // After a short relative clause and a linking verb.
    { text: 'Other British shows that drew praise were Silver Kettle, Night Ferry and Paper Moon.', found: ['Silver Kettle', 'Night Ferry', 'Paper Moon'] },
    { text: 'The films which stood out include Silver Kettle and Night Ferry.', found: ['Silver Kettle', 'Night Ferry'] },
  ]);
});

describe('a list after a plural kind of work ends at a person or a clause', () => {
  table([
    { text: 'Other shows which did well were hosted by Tom Reed and Ann Lee.', found: [] },
    { text: 'The shows that won were Tom Reed and Ann Lee favourites.', found: [], none: ['Tom Reed', 'Ann Lee'] },
    // A verb "shows" with no qualifier before it names no kind of work.
    { text: 'It shows which teams were Grand Final winners.', found: [] },
    // An owner's possessive ends the list: the run owns the next title.
    { text: 'Reality programmes led the field, including Channel 4\'s Kitchen Wars and more.', found: ['Kitchen Wars'], none: ['Channel 4'] },
  ]);
});

describe('list mates read over a tail repeated after each title', () => {
  table([
    // A chart place after each title of a list a cue opens.
    { text: 'Four old singles are back, including Silver Kettle at number 12, Night Ferry at number 30 and Paper Moon at number 41.', found: ['Silver Kettle', 'Night Ferry', 'Paper Moon'] },
    // The chart place parts the items, so an "or" inside one is the title's.
    { text: 'Four old singles are back, including Silver Kettle at number 12, Now or Later at number 30 and Paper Moon at number 41.', found: ['Silver Kettle', 'Now or Later', 'Paper Moon'], none: ['Later'] },
    // A chart place between list mates of a cued title.
    { text: 'The single Silver Kettle is back. Silver Kettle at number 12, Night Ferry at number 30 and Paper Moon at number 41 all sold well.', found: ['Silver Kettle', 'Night Ferry', 'Paper Moon'] },
    // "plus" joins the last mate.
    { text: 'We rented the film Copper Harbour, Silent Orchard plus Tidal Moon.', found: ['Copper Harbour', 'Silent Orchard', 'Tidal Moon'] },
    // A bracketed list closed by "etc." holds one sort of thing, as a joiner says.
    { text: 'I loved the film Silver Kettle. Her films are all fine (Silver Kettle, Night Ferry etc.) to me.', found: ['Silver Kettle', 'Night Ferry'] },
  ]);
});

describe('a list closed by "etc." with a person in it stays a list of people', () => {
  table([
    { text: 'I loved the film Silver Kettle. The cast was fine (Silver Kettle, Ann Lee etc.) to me.', found: ['Silver Kettle'], none: ['Ann Lee'] },
  ]);
});

describe('a show named after its host is a work', () => {
  table([
    { text: 'He produced The Tom Reed Show for a decade.', found: ['The Tom Reed Show'] },
    // No full name between the article and "Show": an event as often.
    { text: 'We went to The Ideal Home Show in spring.', found: [] },
  ]);
});
