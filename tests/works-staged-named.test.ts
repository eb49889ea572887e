import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a staged or filmed work named like a person is the work after "production / revival / adaptation of", or a kind lead', () => {
  table([
    // An honorific-led title on the stage.
    { text: 'The troupe put on a production of Queen Maribel in a barn outside town.', found: ['Queen Maribel'] },
    // A given name and surname as the title of a novel brought back.
    { text: 'Last winter the theatre mounted a revival of Clara Denholm that ran for a month.', found: ['Clara Denholm'] },
    // "remake" with a kind lead ("the Hollywood classic").
    { text: 'He is busy shooting a remake of the Hollywood classic Prince Oberon this year.', found: ['Prince Oberon'] },
    // "sequel to" with a kind lead.
    { text: 'It is a sequel to the comic Peter Rabbit, only darker.', found: ['Peter Rabbit'] },
    // A title of two names joined by "and".
    { text: 'It was a lively adaptation of Tom and Nettie, though the songs dragged.', found: ['Tom and Nettie'] },
  ]);
});

describe('a person after the noun is still no work', () => {
  table([
    // "version" is of a person as often ("a younger version of X").
    { text: 'She plays a younger version of Clara Denholm in the flashbacks.', found: [], none: ['Clara Denholm'] },
    // "remake" with no kind lead is said of a person as often.
    { text: 'Her part is no remake of Helen Markby, whatever the posters say.', found: [], none: ['Helen Markby'] },
    // A noun after the run makes it a maker.
    { text: 'It felt like a revival of Walter Brisk thrillers from the seventies.', found: [], none: ['Walter Brisk'] },
    // A maker's possessive.
    { text: 'The new adaptation of Walter Brisk\'s novel opens in May.', found: [], none: ['Walter Brisk'] },
    // One given name is as often the hero or the maker.
    { text: 'Nobody asked for a remake of Clara, to be honest.', found: [], none: ['Clara'] },
    // A long run cut before a place leaves only part of the title.
    { text: 'He wrote an adaptation of Fish and Chips in Old Port City for the radio.', found: [], none: ['Fish and Chips'] },
  ]);
});

describe('the name-shaped title is no person or character', () => {
  it('reads "a production of Queen Maribel" as a work only', () => {
    const r = analyzeReview('The troupe put on a production of Queen Maribel in a barn outside town.');
    expect(r.people.map((p) => p.name)).not.toContain('Queen Maribel');
    expect(r.characters.map((c) => c.name)).not.toContain('Queen Maribel');
  });
});
