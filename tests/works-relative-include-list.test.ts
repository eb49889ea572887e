import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a list after what someone made, a relative "which" or "that", and "include"', () => {
  table([
    // The mass noun "work" and a relative clause set off by a comma.
    { text: 'The city honours the poet and her work, which includes The Salt Road and The Paper Moon.', found: ['The Salt Road', 'The Paper Moon'] },
    { text: 'He spoke about his films, which have included Cold Summer and The Long Night.', found: ['Cold Summer', 'The Long Night'] },
    { text: 'She is proud of her novels that include Winter Birds and The Glass House.', found: ['Winter Birds', 'The Glass House'] },
    // A person first: no list of titles.
    { text: 'He praised her work, which includes Tom Hanks among its admirers.', found: [], none: ['Tom Hanks'] },
    // A sentence's end between the noun and the verb parts them.
    { text: 'He talked about his work. That includes Paris, where he lived for ten years.', found: [], none: ['Paris'] },
  ]);
});
