import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('a main title, a colon and a subtitle inside a sentence are one title', () => {
  table([
    { text: 'On Sunday we finally caught Tempest: Harbour Lights at the local cinema and stayed for the credits.', found: ['Tempest: Harbour Lights'], none: ['Harbour Lights', 'Tempest'] },
    // A main part of two words, and a subtitle that opens with an article.
    { text: 'My cousin says Glass Orchard: A Winter Tale is the better of the two spin-offs.', found: ['Glass Orchard: A Winter Tale'], none: ['A Winter Tale'] },
    // A subtitle that goes on after a spaced dash.
    { text: 'Nobody expected Vantage: Zero Hour – Reckoning to outsell the original last spring.', found: ['Vantage: Zero Hour – Reckoning'] },
    // A main part with lower-case connectors inside.
    { text: 'The score of The Keeper of the Marsh: Second Tide was recorded in one week.', found: ['The Keeper of the Marsh: Second Tide'] },
    // A sentence that opens with a cue word: only the capitalised words after it.
    { text: 'Compared with Ember: Ashfall, the remake felt rushed and cheap.', found: ['Ember: Ashfall'], none: ['Compared with Ember: Ashfall'] },
    // Two pairs joined by "and" in one sentence: the lower-case word between keeps the second.
    { text: 'The network renewed Precinct: Lagos and Precinct: Nairobi for another year.', found: ['Precinct: Lagos', 'Precinct: Nairobi'] },
  ]);
});

describe('a pair at a line start is a title when the text writes it again', () => {
  table([
    { text: 'Ember: Ashfall\n\nI went in blind. Ember: Ashfall is slow but it earns its ending.', found: ['Ember: Ashfall'] },
  ]);
});

describe('labels, speakers and lists before a colon are no main title', () => {
  table([
    // Labels that open their lines.
    { text: 'Story: Weak and muddled.\nVerdict: Skip it unless you love the lead.', found: [], none: ['Story: Weak', 'Verdict: Skip'] },
    // A label word in mid-sentence.
    { text: 'The cut was fine overall. Note: The Blu-ray adds two scenes.', found: [], none: ['Note: The Blu'] },
    // A speaker's given name before the colon.
    { text: 'And then came the line, Maria: Never again, which got a laugh.', found: [], none: ['Maria: Never'] },
    // One label after another on one line.
    { text: 'Memorable: No Replayable: Doubtful', found: [], none: ['Replayable: Doubtful'] },
    { text: 'acting: 7/10 Sound: This I liked a lot.', found: [], none: ['Sound: This I'] },
    // A subtitle that is a clause's first word.
    { text: 'Her essay Mutants: On the habits of moths won a small prize.', found: [], none: ['Mutants: On'] },
    // A count before the main part: the colon opens what it counts.
    { text: 'It was nominated for three Golden Lamps: Best Score and two acting prizes.', found: [], none: ['Golden Lamps: Best Score'] },
    // A colon that opens a list.
    { text: 'I loved the following Chapters: Salt Harbour, Ironwood and Quiet Bay.', none: ['Chapters: Salt Harbour'], found: [] },
  ]);
});

describe('a main title of two words or more after a comma or a full stop', () => {
  table([
    { text: 'Last spring, The Keeper of the Marsh: Second Tide took the top prize at the festival.', found: ['The Keeper of the Marsh: Second Tide'], none: ['Marsh: Second Tide'] },
    { text: 'We left early. The Glass Orchard: Winter Tale never found its pace after the first act.', found: ['The Glass Orchard: Winter Tale'] },
  ]);
});

describe('a subtitle that is no title', () => {
  table([
    // An article alone opens a sentence after a heading.
    { text: 'It held up well.The Good: The best thing about it is the score.', found: [], none: ['The Good: The'] },
    // A kind of work alone, in a line of critics' picks.
    { text: 'Picks so far - Anna Reyes, Daily Lantern: Film - Harbour Nights; actor - Sam Cole.', none: ['Daily Lantern: Film - Harbour Nights'], found: [] },
  ]);
});

describe('a main title after a list of other titles', () => {
  table([
    { text: 'The year belonged to Salt Road, Finding Home and The Keeper of the Marsh: Second Tide at the box office.', found: ['The Keeper of the Marsh: Second Tide'], none: ['Marsh: Second Tide'] },
  ]);
});

describe('headings and joined titles around a colon', () => {
  table([
    { text: 'Anyway, moving on. THE WORST: Im sure you all know what comes next.', found: [], none: ['THE WORST: Im'] },
    { text: 'It fails as a parody. The Humour: Kenji, the lead, is just loud.', none: ['The Humour: Kenji'], found: [] },
    { text: 'The art looks cheap next to Iron Tide: Rebellion of the Sea or Quiet Hollow Nights.', found: ['Iron Tide: Rebellion of the Sea'], none: ['Iron Tide: Rebellion of the Sea or Quiet Hollow Nights'] },
    { text: 'Funny and sad in places but without Filler Voice: Not Good Not Bad at all.', found: [], none: ['Filler Voice: Not Good Not Bad'] },
  ]);
});

describe('a place before the colon', () => {
  table([
    { text: 'The story is set in two versions of Paris: Upper Paris and the flooded city below.', found: [], none: ['Paris: Upper Paris'] },
  ]);
});

describe('"and" inside a subtitle or between two titles', () => {
  table([
    { text: 'She won for Tidewater Road: New and Selected Poems last winter.', found: ['Tidewater Road: New and Selected Poems'] },
    { text: 'His hits include Salt Harbour: The Return and Copper Sky.', found: ['Salt Harbour: The Return'], none: ['Salt Harbour: The Return and Copper Sky'] },
  ]);
});
