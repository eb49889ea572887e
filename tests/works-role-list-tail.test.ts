import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a list of titles after a cue of several parts goes on past its commas', () => {
  table([
    // Every item after "appeared in", the last two inside one run joined by "and".
    { text: 'The singer Mara Quell, who appeared in Harbour Lights, Our Street and A Winter of Knives, has retired from acting.', found: ['Harbour Lights', 'Our Street', 'A Winter of Knives'] },
    // "starred in", with a comma before the last "and"; one word closes the list.
    { text: 'Over ten years he starred in Cold Meridian, The Salt Road, and Tinderbox before turning to directing.', found: ['Cold Meridian', 'The Salt Road', 'Tinderbox'] },
    // Only the last item holds the list's "and": a title with "and" inside earlier stays whole.
    { text: 'She moved on to roles in The Glass Orchard, Sparrows and Kings, Lantern and Old Wharf Lane.', found: ['The Glass Orchard', 'Sparrows and Kings', 'Lantern', 'Old Wharf Lane'] },
    // Words that head places or bodies inside titles of a list that holds a title outright.
    { text: 'Before that she appeared in Riverside Nights, Harbour City and The Family Table on television.', found: ['Riverside Nights', 'Harbour City', 'The Family Table'] },
  ]);
});

describe('lists after such a cue that hold places or people, or no joiner, give no later titles', () => {
  table([
    // Places.
    { text: 'The touring company has appeared in Leeds, Boston and Chicago this year.', found: [], none: ['Leeds', 'Boston', 'Chicago'] },
    // A person's name after the first item: the list is one of people.
    { text: 'He has starred in Paper Moons, Dora Velt and Hugo Marsh at the same festival.', found: ['Paper Moons'], none: ['Dora Velt', 'Hugo Marsh'] },
    // A comma alone after the first title opens an aside.
    { text: 'She starred in Paper Moons, Dora Velt told reporters on Monday.', found: ['Paper Moons'], none: ['Dora Velt'] },
  ]);
});
