// Scores that are not the writer's verdict on the whole work: a part's own score beside a verdict,
// a score the writer denies, the scores of others' reviews, and a conditional score with its "if".
import { describe, expect, it } from 'vitest';
import { findRating } from '../src/stages/7-rating';

describe('findRating: the verdict, not a part, a denial or others', () => {
  it.each<[string, { value: number; scale: number } | null]>([
    // A part's score after the verdict leaves the verdict standing.
    ['My score: 6/10. The voice acting is 9/10, though.', { value: 6, scale: 10 }],
    ['I give it 3 out of 5. Soundtrack: 5/5.', { value: 3, scale: 5 }],
    ['Overall 7/10\nArt (9/10) and music (8/10) carry it.', { value: 7, scale: 10 }],
    // Only parts scored: the last part's score is all there is.
    ['Plot: 4/10\nCharacters: 6/10', { value: 6, scale: 10 }],
    // A score the writer denies is none.
    ["It isn't a 10/10 by any stretch.", null],
    ['Honestly it does not even deserve a 3/10.', null],
    ['It is not perfect, 9/10.', { value: 9, scale: 10 }],
    // Other people's scores.
    ['I cannot see where all the 10/10 reviews come from.', null],
    ['Ignore the 1/10 ratings; I give it 8/10.', { value: 8, scale: 10 }],
    // A conditional score with its condition after it, or one it should have earned.
    ["I'd give it 8/10 if the middle episodes were shorter.", null],
    ['It would get a 9 if the finale held up.', null],
    ['What should have been an easy 9/10 turns sour.', null],
    ['Back then I would of given it 8 out of 10.', null],
    // A plain conditional with no condition is the writer's score.
    ['I would give it 7/10.', { value: 7, scale: 10 }],
    // "if you ..." is the reader's taste, not a condition on the score.
    ["I'd give it 8/10 if you're into quiet ghost stories.", { value: 8, scale: 10 }],
    ['I would rate it 6/10 if you like long car chases.', { value: 6, scale: 10 }],
    // A genre word bare before a score describes the whole; with a mark it is a part.
    ['A sweet little romantic comedy 8/10. The acting is 4/10.', { value: 8, scale: 10 }],
    ['Overall 7/10. Comedy: 3/10.', { value: 7, scale: 10 }],
    // A part named after "for" is the part's score; "for me" or "for this show" scores the whole.
    ['My final grade is a 5. I give it a 10 for the soundtrack, too.', { value: 5, scale: 10 }],
    ['It earns 9/10 for the first two seasons. Overall: 6/10', { value: 6, scale: 10 }],
    ['I would give it 7/10 overall, then 10/10 for nostalgia.', { value: 7, scale: 10 }],
    ['Still a 4/10. Maybe an 8 for the villain alone.', { value: 4, scale: 10 }],
    ['A 6/10 for the pacing, but 8/10 for me.', { value: 8, scale: 10 }],
    ['Two great leads. 9/10 for this show!', { value: 9, scale: 10 }],
    // A score right before many things of the work ("moments", "fights") rates those things; the
    // other score is the verdict, and alone it is still a part's score, the only one there is.
    ['Honestly a 6/10 film, but with 10/10 fights.', { value: 6, scale: 10 }],
    ['A 5/10 season that has a few 9/10 episodes in it.', { value: 5, scale: 10 }],
    ['I gave it 8/10. It also has some 10/10 villains.', { value: 8, scale: 10 }],
    ['Pure 10/10 moments throughout.', { value: 10, scale: 10 }],
    // Capitalised, the word opens the next line of a list and the score stays the line's own.
    ['My score is 7/10 Episodes one to three drag. Music: 9/10', { value: 7, scale: 10 }],
    // The condition before the score: a score it would get if the work were other than it is.
    ['If the middle act were half as long, I would give it a 9. As it is: 6/10.', { value: 6, scale: 10 }],
    ["If it weren't for the cheap sets it would be a 10/10.", null],
    ['If I could score only the ending, I would give this an 8.', null],
    // … but not a concession, the reader's taste, or a way of giving the score.
    ["Even if the sets look cheap, I'd give it 8/10.", { value: 8, scale: 10 }],
    ["If you enjoy slow mysteries, I'd rate it 7/10.", { value: 7, scale: 10 }],
    ["If I had to score it, I'd say 7 out of 10.", { value: 7, scale: 10 }],
    // A score the writer says cannot be given; a bound is the writer's own.
    ["You can't give a show 10/10 when half of it is recap.", null],
    ["I won't rate this an 8, it doesn't earn it.", null],
    ["I can't give it anything less than 9/10.", { value: 9, scale: 10 }],
  ])('%j → %o', (text, rating) => {
    const r = findRating(text);
    expect(r === null ? null : { value: r.value, scale: r.scale }).toEqual(rating);
  });
});
