import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a kind of work after a possessive determiner or an owner and describing words is a noun, whatever its tag', () => {
  table([
    // A possessive determiner right before the kind.
    { text: 'The band, who won two prizes for their hit Lanternfall, tour in May.', found: ['Lanternfall'] },
    { text: 'He closed the night with his hit Paper Harbours and left.', found: ['Paper Harbours'] },
    { text: 'We hope our show Quiet Hours comes back next year.', found: ['Quiet Hours'] },
    // One or two describing words between the owner and the kind.
    { text: 'She sang her best-known hit Copper Morning to close the set.', found: ['Copper Morning'] },
    { text: 'The crowd cheered the new hit Silver Weather loudly.', found: ['Silver Weather'] },
    // A verb after a noun or an object pronoun: no work.
    { text: 'The storm hit Dunmore on Monday night.', found: [], none: ['Dunmore'] },
    { text: 'The heavy ball hit Colin Reid on the head.', found: [], none: ['Colin Reid'] },
    { text: 'They let her play Juliet in the school version.', found: [], none: ['Juliet'] },
    { text: 'I watched my son play Hollow Fields all evening.', found: [], none: ['Hollow Fields'] },
  ]);
});
