import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a sentence's opening conjunction or preposition joined to one word makes no surname of it", () => {
  table([
    // "When" opens the sentence and joins the title to its run: the title is no person's surname,
    // so the prize count after it reads the title.
    {
      text: 'Ticket sales fell this year. "When Lanterns makes $900m worldwide, people watch the show," he said. The ceremony peaked in 1998 when Lanterns took home nine Oscars.',
      found: ['Lanterns'],
    },
    // A full name after the opening word keeps its surname: the person is no work.
    { text: 'The audience was smaller than ever. After Ann Keller won, the room went quiet, and in 2003 Keller took home two Oscars for her work.', found: [], none: ['Keller'] },
    // A determiner leads its noun ("This Anime was"): the kind of work stays no title.
    { text: 'I watched every episode twice. This Anime was the one I loved the most. But Anime like this one took home nine awards at the festival.', found: [], none: ['Anime'] },
  ]);
});
