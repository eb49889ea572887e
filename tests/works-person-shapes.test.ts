import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

// A person's full name stays a person beside the cues that make a name's shape a title elsewhere:
// the text names them by title and surname, the kind is a person's trade, the run qualifies a noun.
describe('a person named by full name next to a work cue stays a person', () => {
  const cases: readonly { text: string; person: string }[] = [
    // The text names them again by title and surname.
    { text: 'Ines Varga, a track and field coach, lit the torch. Ms Varga said it was an honour.', person: 'Ines Varga' },
    { text: 'Reviewers singled out his part in Olan Reyes at the gala. Mr Reyes, 51, thanked them.', person: 'Olan Reyes' },
    { text: 'Petra Holm, a comedy regular, hosted the night. Mrs Holm kept it short.', person: 'Petra Holm' },
    // The run qualifies a noun after it: the maker's films, not a film.
    { text: 'For years she starred in Peter Lund films and little else.', person: 'Peter Lund' },
    { text: 'He appeared in Maria Novak documentaries twice.', person: 'Maria Novak' },
    { text: 'He starred in Owen Marsh and Ida Frey productions.', person: 'Ida Frey' },
    // "worked on" a person is a task.
    { text: 'The make-up team worked on Rosa Quint for three hours.', person: 'Rosa Quint' },
    // The kind goes on into a person's trade, or is the subject of the next clause.
    { text: 'The part went to Lena Ortiz, a film and stage actress from Porto.', person: 'Lena Ortiz' },
    { text: 'Dev Malhotra, a comedy and drama writer, wrote the pilot.', person: 'Dev Malhotra' },
    { text: 'For Ada Kwan, a comedy is hard work.', person: 'Ada Kwan' },
  ];
  it.each(cases)('$text', ({ text, person }) => {
    const a = analyzeReview(text);
    expect(a.works.map((w) => w.title)).toEqual([]);
    expect(a.people.map((p) => p.name)).toContain(person);
  });
});

describe('a performance or a director after "best … for" is no title', () => {
  table([
    { text: 'It was her best performance for Rovers all season.', found: [], none: ['Rovers'] },
    { text: 'Lindqvist is a master. She should win best director for Lindqvist.', found: [], none: ['Lindqvist'] },
  ]);
});

describe('a title before a comma, "a" and a kind that goes on with what the work is', () => {
  table([
    { text: 'Salt Meadow, a comedy about two brothers, opens on Friday.', found: ['Salt Meadow'] },
    { text: 'Next week brings Iron Orchard, a thriller set in a mining town.', found: ['Iron Orchard'] },
    { text: 'The chart was topped by Paper Kites, a drama starring two newcomers.', found: ['Paper Kites'] },
    // A capitalised word of where the work comes from qualifies the kind as an adjective does.
    { text: 'The jury chose Iron Orchard, a Danish film about two sisters.', found: ['Iron Orchard'] },
    { text: 'Next week brings Salt Meadow, an Australian comedy set on a farm.', found: ['Salt Meadow'] },
  ]);
});
