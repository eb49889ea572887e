import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a part only a work has after a run's possessive names the work", () => {
  table([
    // One word, the usual way a review names the show it is about.
    { text: 'I put off starting it for years. Honestly, Driftwood\'s pacing is slow but it never drags.', found: ['Driftwood'] },
    // Several words, and one adjective between the owner and the part.
    { text: 'After two seasons, Lanterns of Kessa\'s main cast still feels like strangers to me.', found: ['Lanterns of Kessa'] },
    // A curly apostrophe and a short form of a long title.
    { text: 'Somehow KoH’s soundtrack stayed in my head for a week.', found: ['KoH'] },
  ]);
});

describe("a work's part, \"of\" and a run name the work", () => {
  table([
    { text: 'The pacing of Marrowline is the only thing I would change.', found: ['Marrowline'] },
    { text: 'I watched every episode of Harbour Rats when it first aired.', found: ['Harbour Rats'] },
    // Two names of one work joined by "or": each is a title.
    { text: 'This season of Kaze no Tani or Riders of Wind felt rushed.', found: ['Kaze no Tani', 'Riders of Wind'], none: ['Kaze no Tani or Riders of Wind'] },
    // "and" inside a title of one word each side keeps the title whole.
    { text: 'The ending of Salt and Ash left the whole cinema silent.', found: ['Salt and Ash'] },
  ]);
});

describe('owners of a part that are no work', () => {
  table([
    // A maker's surname the text gives in full: the director owns a plot as often.
    { text: 'Director Anna Ferrow keeps it simple, and Ferrow\'s cast never oversells a line.', found: [], none: ['Ferrow'] },
    // A character's given name.
    { text: 'Later Maria\'s fanbase grew.', found: [], none: ['Maria', 'Later Maria'] },
    // A character has a plot too ("a plot to take over"), and a list of actors follows "the cast of".
    { text: 'Meanwhile Garrow\'s plot to take over the village fails.', found: [], none: ['Garrow'] },
    { text: 'I loved the supporting cast of Mykel Orrin, Dana Pell and Robin Sayle.', found: [], none: ['Mykel Orrin'] },
    // A word the text also writes in lower case; a day.
    { text: 'Tonight\'s episodes are long. We stayed up tonight for them. Sunday\'s finale was better.', found: [], none: ['Tonight', 'Sunday'] },
    // A determiner before "of" and a possessive: "ALL of X's characters" is no title.
    { text: 'The jokes land, while ALL of Fenwick\'s characters provide comic relief.', found: [], none: ['ALL of Fenwick'] },
    // A word glued to the one before is the end of a longer name.
    { text: 'I rewatched it last week and Moss;Gate\'s pacing is still perfect.', none: ['Gate'], found: [] },
    // A part that qualifies a noun a character has: "Tavin's dub actor".
    { text: 'Halfway through the run, Tavin\'s dub actor was replaced without a word.', found: [], none: ['Tavin'] },
    // A studio's name owns a pacing as a maker does.
    { text: 'Aside from the story, Kessel Animation\'s pacing of the last arc was poor.', found: [], none: ['Kessel Animation'] },
    // A surname whose full name the text gives only in its possessive form.
    { text: 'Robert Ostrander\'s slow western came out in 1971. Ostrander\'s cast is all over the place.', found: [], none: ['Ostrander'] },
    // An actor in brackets after the run makes it a role.
    { text: 'This set has the first season of Buck (Gil Gerard) and his friends.', none: ['Buck'], found: [] },
    // A studio owns the animation, a cinematographer the cinematography: no such part after a possessive.
    { text: 'I liked Okuma\'s animation and Okuma\'s cinematography a lot.', found: [], none: ['Okuma'] },
  ]);
});

describe('the reviewers\' plural "animes" and "mangas" are kinds of work', () => {
  table([
    { text: 'Stoneheart remains one of my favorite mangas of all time.', found: ['Stoneheart'] },
    { text: 'I started with animes like Paper Lantern, Iron Tide and Blue Harbor.', found: ['Paper Lantern', 'Iron Tide', 'Blue Harbor'] },
  ]);
});

describe('a production of a play and the villains in a story name works', () => {
  table([
    { text: 'We saw a small production of Harbour Song at the village hall.', found: ['Harbour Song'] },
    { text: "There are just no other interesting villains in Tide Breakers and that's a fact.", found: ['Tide Breakers'] },
    // One villain "in" a name is the character itself.
    { text: 'It was good to see a truly great antagonist in Oskar Varn at last.', found: [], none: ['Oskar Varn'] },
  ]);
});

describe('what a reviewer expects readers to be familiar with is a work', () => {
  table([
    { text: 'If anyone here is familiar with Iron Lantern, then you know how the hero got his powers.', found: ['Iron Lantern'] },
    { text: 'If you are familiar with Quillbrook you might get a little bored.', found: ['Quillbrook'] },
    // A run that qualifies a noun, and a name "of" a work.
    { text: 'Viewers familiar with Mormon traditions may find it odd.', found: [], none: ['Mormon'] },
    { text: 'Those not familiar with Bombay musicals may find the songs strange.', found: [], none: ['Bombay'] },
    { text: 'Anyone familiar with Rita Malk of Quillbrook knows the style.', found: [], none: ['Rita Malk of Quillbrook', 'Rita Malk'] },
    // A person's name.
    { text: 'I was not familiar with Sarah Lund before this.', found: [], none: ['Sarah Lund'] },
  ]);
});
