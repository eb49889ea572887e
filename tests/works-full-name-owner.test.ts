import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a place or a date inside a longer title after a person's full-name possessive stays in the title", () => {
  table([
    // A full name's possessive, then three title words or more with a place or a day past the first.
    { text: "The shortlist named Helen Moran's The Lost Letters of Paris, a novel about a long drought.", found: ['The Lost Letters of Paris'] },
    { text: "The band closed the night with Owen Harte's Last Train to London and left the stage.", found: ['Last Train to London'] },
    { text: "Critics praised Carl Ruiz's The Long Sunday Night when it opened in the spring.", found: ['The Long Sunday Night'] },
    // A place's or a body's possessive owns a place ("Manhattan's Upper East Side").
    { text: "Crowds filled Manhattan's Upper East Side on the first warm day of the year.", found: [], none: ['Upper East Side'] },
    { text: "He was a founding member of the Director's Guild of Great Britain for many years.", found: [], none: ['Guild of Great Britain'] },
    // Two words after a full name's possessive with a place first are the owner's place.
    { text: "The tour ended in Ann Vale's New York flat after a long month on the road.", found: [], none: ['New York'] },
  ]);
});
