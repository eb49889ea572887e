import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a title written twice with the same number after it is the numbered title', () => {
  table([
    // A sequel named by a year, beside the first film named alone.
    { text: 'Skyline is a classic. Years later, Skyline 2049 is a bold sequel to Skyline. I expect Skyline 2049 to age well.', found: ['Skyline', 'Skyline 2049'] },
    // Two digits; the shorter title keeps its own mention.
    { text: 'I have loved the film Harbour Lights since I was a kid. Harbour Lights 12 is where the crew finally flies home, and I rank Harbour Lights 12 above the rest.', found: ['Harbour Lights', 'Harbour Lights 12'] },
    // An article-led title; a verb wink may tag a noun after the number.
    { text: 'I liked the film The Grey Ward. The Grey Ward 2090 is colder. Later, The Grey Ward 2090 lost its grip.', found: ['The Grey Ward', 'The Grey Ward 2090'] },
    // A verb in "-s" after the number, which wink may tag a plural noun.
    { text: 'I loved the film Skyline. Skyline 2049 returns to the same grey city, and Skyline 2049 questions everything the first one said.', found: ['Skyline', 'Skyline 2049'] },
    // The number closes a sentence.
    { text: 'Nobody asked for the film Cold Harbour 3000. Still, I went to see Cold Harbour 3000. It was fine.', found: ['Cold Harbour 3000'], none: ['Cold Harbour'] },
  ]);
});

describe('a number after a title that is no part of it', () => {
  table([
    // Written once: a year or a version the writer adds.
    { text: 'Skyline is a classic. Years later, Skyline 2049 is a bold sequel to Skyline, and it ages well.', found: ['Skyline'], none: ['Skyline 2049'] },
    // A count of something after the number.
    { text: 'I first saw the film Harbour Lights 2 years ago. Harbour Lights 2 years on still holds up for me.', found: ['Harbour Lights'], none: ['Harbour Lights 2'] },
    // A counted noun in capitals after the number.
    { text: 'The anime Harbour Lights runs long: Harbour Lights 44 Episodes in, I was tired, and Harbour Lights 44 Episodes later I quit.', found: ['Harbour Lights'], none: ['Harbour Lights 44'] },
    // A score.
    { text: 'My scores: the film Harbour Lights 8/10, and the show Harbour Lights 8/10.', found: ['Harbour Lights'], none: ['Harbour Lights 8'] },
    // A share.
    { text: 'I bought the film Harbour Lights 25% off. Harbour Lights 25% cheaper is still Harbour Lights.', found: ['Harbour Lights'], none: ['Harbour Lights 25'] },
  ]);
});
