import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title after a part played in it is a work', () => {
  table([
    // A verb of playing, the part's name, "in" and the title closing its phrase.
    { text: 'The veteran, praised for playing Mara Quill in The Silver Lantern, returns to the stage.', found: ['The Silver Lantern'] },
    { text: 'She once voiced Pip in Glasswing, before her stage years.', found: ['Glasswing'] },
    // A noun of a part and "of" before the part's name.
    { text: 'He is remembered for his portrayal of Dell Hatch in Copper Harbour.', found: ['Copper Harbour'] },
    // A word of acting, or a player's full name, before "as".
    { text: 'Her turn as Ivy Lane in Paper Moons, last spring, was the best of the year.', found: ['Paper Moons'] },
    { text: 'The casting put Tom Reed as Kit in Harbour Lights, and Ann Vale beside him.', found: ['Harbour Lights'] },
  ]);
});

describe('what follows a part and "in" that names no work', () => {
  table([
    // A place, or one word in capitals.
    { text: 'He played Hamlet in London, to good notices.', found: [] },
    { text: 'Her role as Nina in TV, back then, was small.', found: [] },
    // A lower-case word after "in" starts no title.
    { text: 'She played Lady Vell in the Glass team, a small part.', found: [] },
    // A second "in" may open where it was staged, so the run is left alone.
    { text: 'He signed to play Jack in Jack and the Giant in Leeds, and sold out.', found: [], none: ['Jack and the Giant in Leeds'] },
    // "and" and a name's shape join the next player, not the title.
    { text: 'They cast Ann Vale as Rey in The Salt Road and Tom Reed (a favourite) as Kit.', none: ['The Salt Road and Tom Reed'], found: [] },
  ]);
});
