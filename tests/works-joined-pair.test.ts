import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('two capitalised words joined by "and" that take a singular verb are one title', () => {
  table([
    // "is": a pair of things would take "are".
    { text: 'I laughed twice at the trailer. Mind you, Salt and Vinegar is a far sillier film than this one.', found: ['Salt and Vinegar'] },
    // "was", in mid-sentence after a clause.
    { text: 'The plot is thin. The one before it, I think, was better, but Moths and Lanterns was the real surprise of that year.', found: ['Moths and Lanterns'] },
    // A negated singular.
    { text: 'People keep comparing them, but Ashes and Embers wasn\'t made by the same team at all.', found: ['Ashes and Embers'] },
  ]);
});

describe('pairs that are two things are no title', () => {
  table([
    // A plural verb.
    { text: 'I watched it with friends. Salt and Vinegar are the two dogs of the story, and they steal it.', found: [], none: ['Salt and Vinegar'] },
    // Two given names, even with a careless singular.
    { text: 'I watched it with friends. Tom and Ann was the couple everyone talked about afterwards.', found: [], none: ['Tom and Ann'] },
    // A side the text names alone elsewhere names someone of its own.
    { text: 'Brisk and Marrow has a nice scene on the pier. Later Brisk runs off with the money.', found: [], none: ['Brisk and Marrow'] },
    // ... also when the other word after "and" is lower case there: that is no writing of the pair.
    { text: 'Brisk and Marrow has a nice scene on the pier. The gulls fight over Brisk and marrow bones in the sand.', found: [], none: ['Brisk and Marrow'] },
    // After a preposition the pair is its object; the singular belongs to the noun before it.
    { text: 'I watched it twice. The friendship between Quill and Sprocket is the heart of the story.', found: [], none: ['Quill and Sprocket'] },
    { text: 'I watched it twice. The best we ever got out of Fennick and Rusk is this odd little caper.', found: [], none: ['Fennick and Rusk'] },
    // Common words the text also writes in lower case: two things held up.
    { text: 'The music was fine. For me Music and Pacing was never the problem; the pacing of the middle act was.', found: [], none: ['Music and Pacing'] },
    // A surname the text writes after a given name: two people.
    { text: 'Dana Voskuil wrote it with Ilse Maarten. The best that Voskuil and Maarten has given us is still their first script.', found: [], none: ['Voskuil and Maarten'] },
    // An interjection first.
    { text: 'The cast is fine. (Oh and Pim is the best thing in it, no contest.)', found: [], none: ['Oh and Pim'] },
  ]);
});
