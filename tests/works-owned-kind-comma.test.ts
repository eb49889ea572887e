import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a title set off by a comma after an owner's kind of work", () => {
  table([
    // An owned kind of work, a comma, and a run that closes its phrase: the title.
    { text: "Ann Vale's first novel, Salt Roads, sold well in the north.", found: ['Salt Roads'] },
    { text: 'His new comedy, Meet the Lanes, opens across the country today.', found: ['Meet the Lanes'] },
    { text: 'The critics loved her latest thriller, Cold Harbour Lights.', found: ['Cold Harbour Lights'] },
    // A fronted phrase's subject, a person after the comma, a bare kind of work: no title.
    { text: 'In her latest film, Ann Vale plays a nurse on the night shift.', found: [], none: ['Ann Vale'] },
    { text: 'He praised his new film, Ann Vale said on Monday.', found: [], none: ['Ann Vale'] },
    { text: 'They saw the film, Then they went home for supper.', found: [] },
  ]);
});
