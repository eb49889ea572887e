import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a repeated run after a lower-case "the" with a head word of a place or body is that place or body', () => {
  table([
    // A landmark, written twice after "the".
    { text: 'We never see the Statue of Freedom in the fog. Later the Statue of Freedom is hidden again.', found: [], none: ['Statue of Freedom'] },
    // A body, written twice after "the".
    { text: 'She wrote to the Council of Millers. Nobody at the Council of Millers answered.', found: [], none: ['Council of Millers'] },
    // A place in a story, written twice after "the".
    { text: 'They row across the Lake of Quiet Stars. At dawn the Lake of Quiet Stars is grey.', found: [], none: ['Lake of Quiet Stars'] },
  ]);
});

describe('repeated titles stay titles', () => {
  table([
    // No "the" before the run: a title written twice.
    { text: 'Lake of Quiet Stars is a slow film. I liked Lake of Quiet Stars more the second time.', found: ['Lake of Quiet Stars'] },
    // After "the", a run with no head word of a place or body.
    { text: 'I loved the Wind of Paper Mills. I still think the Wind of Paper Mills is his best.', found: ['Wind of Paper Mills'] },
  ]);
});
