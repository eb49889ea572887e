import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("a part only a work has after a run's possessive names the work", () => {
  table([
    // One word, the usual way a review names the show it is about.
    { text: 'I put off starting it for years. Honestly, Driftwood\'s finale is slow but it never drags.', found: ['Driftwood'] },
    // Several words, and one adjective between the owner and the part.
    { text: 'After two seasons, Lanterns of Kessa\'s main cast still feels like strangers to me.', found: ['Lanterns of Kessa'] },
    // A curly apostrophe and a short form of a long title.
    { text: 'For me, KoH’s finale stayed in my head for a week.', found: ['KoH'] },
  ]);
});

describe("a work's part, \"of\" and a run name the work", () => {
  table([
    { text: 'The plot of Marrowline is the only thing I would change.', found: ['Marrowline'] },
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
    // A word glued to the one before is the end of a longer name: the joined title is the work, not its last word.
    { text: 'I rewatched it last week and Moss;Gate\'s pacing is still perfect.', none: ['Gate'], found: ['Moss;Gate'] },
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

describe('a production of a play names a work', () => {
  table([
    { text: 'We saw a small production of Harbour Song at the village hall.', found: ['Harbour Song'] },
    // A name ending as a firm's does is the maker.
    { text: 'It was the production of Warner Bros that year.', found: [], none: ['Warner Bros'] },
  ]);
});

describe('parts a maker, a studio, a distributor or a character owns as often name no work', () => {
  table([
    // Plural parts of a story "in" a name: a place has heroes and villains as often.
    { text: 'There are no interesting villains in Gotham.', found: [], none: ['Gotham'] },
    { text: 'The heroes in Middle Earth are boring.', found: [], none: ['Middle Earth'] },
    { text: 'I counted many protagonists in Westeros.', found: [], none: ['Westeros'] },
    // One villain "in" a name is the character itself.
    { text: 'It was good to see a truly great villain in Oskar Varn at last.', found: [], none: ['Oskar Varn'] },
    // What a reader may be familiar with is a place, a faith or a character as often as a work.
    { text: 'If you are familiar with New York you will laugh.', found: [], none: ['New York'] },
    { text: 'Anyone familiar with Goku knows how this goes.', found: [], none: ['Goku'] },
    { text: 'If you are familiar with Christianity the ending is clear.', found: [], none: ['Christianity'] },
    // A maker's, a composer's or a character's possessive before a part they own too.
    { text: 'Honestly, Kubo\'s pacing is great.', found: [], none: ['Kubo'] },
    { text: 'Honestly, Zimmer\'s soundtrack is great.', found: [], none: ['Zimmer'] },
    { text: 'Honestly, Deakins\'s visuals are great.', found: [], none: ['Deakins'] },
    { text: 'Honestly, Light\'s fanbase is loud.', found: [], none: ['Light'] },
    { text: 'Honestly, Sasuke\'s villains are weak.', found: [], none: ['Sasuke'] },
    // A distributor has a dub.
    { text: 'Honestly, Crunchyroll\'s dub is bad.', found: [], none: ['Crunchyroll'] },
    // A part "of" a maker, a shop or a faith.
    { text: 'I loved the cinematography of Deakins.', found: [], none: ['Deakins'] },
    { text: 'I loved the soundtrack of Zimmer.', found: [], none: ['Zimmer'] },
    { text: 'We went to the opening of Walmart.', found: [], none: ['Walmart'] },
    { text: 'The premise of Christianity is simple.', found: [], none: ['Christianity'] },
  ]);
});

describe('a counted part, "of" and a run name the work', () => {
  table([
    // A number word, whatever leads the part, even the sentence's start.
    { text: 'Series three of Copperfold was filmed in the rain.', found: ['Copperfold'] },
    { text: 'Critics agreed that season two of Ember Lane dragged.', found: ['Ember Lane'] },
    // Figures and other counted parts.
    { text: 'I only read volume 4 of Nightglass before the library closed.', found: ['Nightglass'] },
    { text: 'Episode 6 of Quarry Hearts is the one everyone talks about.', found: ['Quarry Hearts'] },
  ]);
});

describe('a counted part before no work', () => {
  table([
    // A place or a person's name after it is no title.
    { text: 'Series two of the show moves the action to Paris, and part two of Anna Vale is weaker.', found: [], none: ['Paris', 'Anna Vale'] },
    // No number between the part and "of".
    { text: 'A series of Lindqvist photographs hung in the hall.', found: [], none: ['Lindqvist'] },
  ]);
});
