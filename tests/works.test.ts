import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const TEXT = [
  'I loved WandaVision and the webtoonNow At Our School, then (500) Days of Summer.',
  'Squid Game beats Squid Games? No: Squid Game, again. Gamer is not Game.',
  'Also Hellbound, Kingdom and My Mister; kingdom in lower case is another word.',
].join(' ');

/** Mentions of each work, as text slices, keyed by title. */
function mentions(titles: readonly string[], text = TEXT): Record<string, string[]> {
  const a = analyzeReview(text, { works: titles });
  return Object.fromEntries(a.works.map((w) => [w.title, w.mentions.map((m) => text.slice(m.start, m.end))]));
}

describe('work mentions', () => {
  const few = ['WandaVision', 'Now At Our School', '(500) Days of Summer', 'Squid Game', 'Kingdom'];
  const fillers = ['Alpha One', 'Beta Two', 'Gamma Three', 'Delta Four', 'Epsilon Five', 'Zeta Six'];
  const want = {
    WandaVision: ['WandaVision'],
    'Now At Our School': ['Now At Our School'],
    '(500) Days of Summer': ['(500) Days of Summer'],
    'Squid Game': ['Squid Game', 'Squid Game'],
    Kingdom: ['Kingdom'],
  };
  it('finds whole-word occurrences of a few titles, glued ones too', () => {
    expect(mentions(few)).toMatchObject(want);
  });
  it('finds the same when many titles are looked up in one pass', () => {
    const many = mentions([...few, ...fillers]);
    expect(many).toMatchObject(want);
    for (const f of fillers) expect(many[f]).toBeUndefined();
  });
  it('finds a title given in lower case in any letter case', () => {
    expect(mentions(['kingdom'])).toMatchObject({ Kingdom: ['Kingdom', 'kingdom'] });
  });
});

/** Titles of the works found in `text`, in order of first mention. */
const titles = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);

describe('works found in the text', () => {
  const found: [string, string, string[]][] = [
    ['a two-word title after a watch verb', 'Yesterday I watched Kill Bill. It was loud.', ['Kill Bill']],
    ['a two-word title after a rental', 'We rented Copper Tide on Friday and fell asleep.', ['Copper Tide']],
    ['a title with a connector after "seeing"', 'I am looking forward to seeing Return of the Lantern next week.', ['Return of the Lantern']],
    ['a title with a connector after "caught"', 'Last night I caught House of Glass on cable.', ['House of Glass']],
    ['one quoted word', 'My favourite is still "Moonwake", which nobody remembers.', ['Moonwake']],
    ['a quoted title with an ampersand', 'Reruns of "Salt & Pepper" were on every night.', ['Salt & Pepper']],
    ['a quoted question in title case', 'She wrote "Who Stole the Lantern?" in a weekend.', ['Who Stole the Lantern?']],
    ['a quoted question with one lower-case word', 'The premise of "What Happened to the lighthouse?" is thin.', ['What Happened to the lighthouse?']],
    ['a quoted title with a connector of another language', 'The remake of "Noche de Lobos" is better.', ['Noche de Lobos']],
    ['a quoted sequel whose first word is a given name', 'Nobody asked for "Peter Lantern II" at all.', ['Peter Lantern II']],
    ['quoted titles listed with "or"', 'It is no "Night Harbour" or "Glass Rivers", sadly.', ['Night Harbour', 'Glass Rivers']],
    [
      'titles in capitals in a text that is not shouting',
      'The new thriller borrows its look from THE IRON GARDEN and its twist from A WINTER AT CALAIS, to no gain. The rest of the film is a long wait for an ending that never quite comes.',
      ['THE IRON GARDEN', 'A WINTER AT CALAIS'],
    ],
    ['one word in capitals', 'The plot is lifted from RIVERHAWK, scene by scene.', ['RIVERHAWK']],
    ['a title before a year in brackets', 'Compare it with The Quiet Harbour(1953) or Lanterns Over Rome (1961).', ['The Quiet Harbour', 'Lanterns Over Rome']],
    ['a title right after "the film", cut before a place', 'We saw the film The Glass Orchard at the Roxy in Leeds last May.', ['The Glass Orchard']],
    ['a list after "movies like"', 'I enjoyed his earlier movies like Paper Moon Road, Silver Lake, Dust and more.', ['Paper Moon Road', 'Silver Lake', 'Dust']],
    ['a title after a work noun and a comma', 'Then came the compilation film, The Best of the Silent Clowns, which sold well.', ['The Best of the Silent Clowns']],
    ['a title after a work noun, cut before its author', 'It is based on the novel, Sister of the Marsh by Anna Bell Crane, and it shows.', ['Sister of the Marsh']],
    ['a list after "movies like the"', 'There were horror movies like the Hollow Bell, Gravewater and others before it.', ['Hollow Bell', 'Gravewater']],
    ['a list item before "I"', 'He made movies like Night Porter Blues and I still watch them.', ['Night Porter Blues']],
    [
      'a repeated title-case run with a connector',
      'Letters From the Lighthouse opens slowly. By the middle, Letters From the Lighthouse has found its feet.',
      ['Letters From the Lighthouse'],
    ],
    ['a title after "version of"', 'We could only find the dubbed version of Night Train to Lisbon Road.', ['Night Train to Lisbon Road']],
    ['a title after "a rip-off of"', 'The last act is a rip-off of Silent Orchard, beat for beat.', ['Silent Orchard']],
    ['a subject the sentence calls a kind of work', 'Silver Harbour Nights is an uneven but likeable thriller.', ['Silver Harbour Nights']],
    ['a subject called a kind of work before another kind', 'Copper Lantern was voted best comedy film at the festival.', ['Copper Lantern']],
    ['a repeated run led by an article', 'The Seventh Lantern is long. I still think The Seventh Lantern is worth it.', ['The Seventh Lantern']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a person after a watch verb', 'I watched Tom Hanks grow old on screen.'],
    ['a quoted role after "plays"', 'The actress who plays "Dana Whitfield" is wasted here.'],
    ['a quoted person name', 'Everyone in it adores "John Marsh" for no reason.'],
    ['a quoted nickname inside a name', 'The villain is Lou "The Ferret" Marsh, a small-time crook.'],
    ['a quoted nickname after "or"', 'Robert, or "Bobby" as his sister calls him, is the hero.'],
    ['a scare-quoted word the text also writes in lower case', 'They call this "Art", but it is art for nobody.'],
    ['a scare-quoted phrase the text also writes in lower case', 'Their idea of a "Happy Ending" is a happy ending for no one.'],
    ['a quoted term after "so-called"', 'It is one of those so-called "Event Pictures" that fizzle.'],
    ['quoted speech after a speech verb', 'At the end she screams, "Get Out Now!" and runs.'],
    ['a quoted question that is speech', 'The boy asks "Are you my father?" and nobody answers.'],
    ['a quoted spoiler label', 'I will say it once: "Spoiler Alert" applies below.'],
    ['a spoiler label in capitals', 'WARNING: CONTAINS HEAVY SPOILERS\n\nThe plot is thin and the cast is tired.'],
    ['emphasis in capitals that the text also writes in lower case', 'The acting was TERRIBLE and the script was terrible too.'],
    ['an adjective in capitals before its noun', 'She gives a truly MAGNIFICENT performance here.'],
    ['two names joined by "and", repeated', 'Howard and Emily fight. Later Howard and Emily make up.'],
    ['one word after an article, repeated', 'The Duke rides in. Nobody trusts The Duke.'],
    ['a long run that joins titles before "season"', 'He loves everything from Iron Street Kings to Blue Harbour Boys to Dock Season two.'],
    ['a possessive after "adaptation of"', "It is a loose adaptation of Tom Clancy's novel."],
    ['a person after "remake of"', 'This is not a remake of Kate Winslet at all.'],
    ['a name after a work noun and a comma', 'After the film, Dana Whitfield went home.'],
    ['a subject whose work noun qualifies another noun', 'Harbour Lane is a film student in the story.'],
    ['a subject whose two kinds of work qualify another noun', 'Harbour Lane is a drama film student in the story.'],
    ['a one-word subject called a kind of work', 'Hitchcock is a master of the thriller.'],
    ['a rating code in capitals', 'It barely earns its PG-13 rating and a RATING-12 label.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });

  it('reads capitals as no title when the whole text is shouting', () => {
    expect(titles('THIS MOVIE IS THE WORST THING I HAVE EVER SEEN. AVOID IT AT ALL COSTS.')).toEqual([]);
  });
});

/** Plain prose after a sentence, so that a few words in capitals are not the text shouting. */
const CALM = ' The rest of the film is a long wait for an ending that never quite comes, and the cast seems tired of waiting for it as well.';

describe('works found by the shape and place of a title in real reviews and news', () => {
  const found: [string, string, string[]][] = [
    ['a possessive inside a title in capitals', `I reread CHARLES DUNMORE'S WAR last week.${CALM}`, ["CHARLES DUNMORE'S WAR"]],
    ['titles in capitals from a writer who writes only names so', `It steals from PSYCHO and from THE IRON GARDEN, and ANNA VALE is wasted.${CALM}`, ['PSYCHO', 'THE IRON GARDEN']],
    ['titles in capitals split at commas', `His best work came early: LANTERN BAY, SILVER ROADS and HOLLOW CREEK were all hits.${CALM}`, ['LANTERN BAY', 'SILVER ROADS', 'HOLLOW CREEK']],
    ['a repeated title after a sentence-opening "But"', 'But The Quiet Harbour is a delight. Nobody forgets The Quiet Harbour.', ['The Quiet Harbour']],
    ['one word the sentence calls "the story of"', 'Brambleton is the story of a lonely lighthouse keeper.', ['Brambleton']],
    ['one word the sentence calls "the kind of movie"', 'Gravelight is the kind of movie you watch once.', ['Gravelight']],
    ['a given name the sentence calls a film', 'Clara is a charming little film about grief.', ['Clara']],
    ['one word that is "one of the worst films"', 'Dustfall is one of the worst films I have seen.', ['Dustfall']],
    ['a title after a comparative and a kind of work', 'It is a thriller even duller than Night Shift Blues.', ['Night Shift Blues']],
    ['a list that goes on past a given name and "even"', 'I binged shows like Harbour Lights, Dexter and even Tin Soldiers.', ['Harbour Lights', 'Dexter', 'Tin Soldiers']],
    ['two titles joined by "and" in a list', 'She loves movies such as Paper Kites and The Long Weekend.', ['Paper Kites', 'The Long Weekend']],
    ['a list item followed by its kind of work', 'He praised films such as the Iron Crown saga, Little Rooms and Blue Tide.', ['Iron Crown', 'Little Rooms', 'Blue Tide']],
    ['a list item after "and the"', 'She adores comedies like Paper Kites, Blue Tide, and the Long Weekend.', ['Paper Kites', 'Blue Tide', 'Long Weekend']],
    ["a quoted title after a maker's possessive", 'We finally saw Ada Brook\'s "Harvest" on Sunday, and the harvest scenes are lovely.', ['Harvest']],
    ['a quoted title before the actress it made known', 'She was the "Nightfall" actress everyone remembered.', ['Nightfall']],
    ['a title in brackets after "before"', 'Young Tom Reed (before Ironside) was already good.', ['Ironside']],
    ['a bracket after a name that holds a title with "of"', 'Director Ann Vale (Letters of Summer) returns.', ['Letters of Summer']],
    ['a title after a kind of work', 'She stars in the comedy Late Bloomers this spring.', ['Late Bloomers']],
    ['a kind of work opening the sentence', 'Comedy Late Bloomers took the top spot.', ['Late Bloomers']],
    ['a title before "directed by"', 'Her first hit was Rainfall, directed by Omar Hale.', ['Rainfall']],
    ['a sequel number kept with its title', 'The sequel Harbour Lights 2 opens on Friday.', ['Harbour Lights 2']],
    ['a run around "of" in mid-sentence', 'We ate and then Nights of the Copper Moon came on.', ['Nights of the Copper Moon']],
    ['a title after "her role in"', 'She won praise for her role in Broken Compass.', ['Broken Compass']],
    ['a title before a cast noun and a name', 'Former Harbour Lights actor Sam Doyle has died.', ['Harbour Lights']],
    ['a series after "the" and before "films"', 'She never liked the Iron Crown films.', ['Iron Crown']],
    ["a title after a maker's possessive", "Critics loved Ann Vale's Paper Moon Rising, and so did I.", ['Paper Moon Rising']],
    ['a title of two words before a crew noun in mid-sentence', 'Her new film comes from the Pulp Harbour director at last.', ['Pulp Harbour']],
    ['a quoted title after a lower-case "the"', 'She hated “the Practice” and liked “Harbour Lights”.', ['Practice', 'Harbour Lights']],
    ['a given name after a kind of work, before a comma', 'Critics panned his new film Marcus, a three-hour epic.', ['Marcus']],
    ['a given name after a kind of work, before a full stop', 'He won for the biopic Dolores. Nobody was surprised.', ['Dolores']],
    ['one italic noun in mid-sentence', 'My favourite part of *Gravelton* is the ending.', ['Gravelton']],
    ['one italic noun after "e.g."', 'Small shows are missing, e.g. _Quillmoor_, sadly.', ['Quillmoor']],
    ['a list right after a kind of work in the singular', 'It takes a hit, such as Paper Kites or Blue Tide, to fill seats.', ['Paper Kites', 'Blue Tide']],
    ['a listed title with its subtitle after a colon', 'Her films include hits such as Harbour Lights: The Return and Paper Kites.', ['Harbour Lights: The Return', 'Paper Kites']],
    ['a title after "their new single"', 'Their new single Paper Kites reached number four.', ['Paper Kites']],
    ["a title after a band's first single", "The Lanterns' first single Blue Tide, signed by the band, was sold.", ['Blue Tide']],
    ["a title beside an author's kind of work", 'The fourth book is Saltmarsh, Ann Vale\'s second novel.', ['Saltmarsh']],
    ["a title beside a director's biopic", 'The Long Crossing, Omar Hale\'s biopic of a sailor, won.', ['The Long Crossing']],
    ['a title with a suffix of likeness', 'Nobody wants another Harbour Lights-style contest.', ['Harbour Lights']],
    ['a title with a suffix of likeness after an opening article', 'The Copper Sky-type show is back.', ['Copper Sky']],
    ['a list item after "and more recently"', 'His films include hits such as Blue Tide and more recently Copper Sky.', ['Blue Tide', 'Copper Sky']],
    ["an owner after an inner article stays in the title", "Her turn in Down by the Miller's Pond was the best thing in it.", ["Down by the Miller's Pond"]],
    ["an owner after a capitalised inner article", "He now stars in Songs For The Keeper's Daughter this spring.", ["Songs For The Keeper's Daughter"]],
    ["an owner after an inner article, after a watch verb", "I watched Return of the Sailor's Ghost yesterday.", ["Return of the Sailor's Ghost"]],
    ["a song whose owner follows a capitalised article", "Then came the single Rain On A Sailor's Coat, a slow ballad.", ["Rain On A Sailor's Coat"]],
    ["a title before a place's possessive after \"in\"", "His performance in Harbour Lights in Leeds's Grand Theatre was praised.", ['Harbour Lights']],
    ['a subject called a film after an adverb between commas', 'The Copper Lanterns is, sadly, the weakest film of the year.', ['The Copper Lanterns']],
    ['a subject called a thriller after an adverb between commas', 'Night of the Gulls was, frankly, a dull thriller.', ['Night of the Gulls']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a number in words in capitals', `It lasts NINETY TWO minutes and feels longer.${CALM}`],
    ['a drawn-out cry in capitals', `AWWWW, I just love this little movie to bits.${CALM}`],
    [
      'labels and names in capitals from a writer who shouts for emphasis',
      `It was VERY slow and the middle was TOTALLY pointless. SOUNDTRACK (6/10) Fine. Then come ORLEN, BRISKA and TAVO again.${CALM}`,
    ],
    ['a given name the sentence calls the heart of a story', 'Clara is the heart of the story.'],
    ['one word after a preposition before "is the song"', 'A source of anger for Harlanders is the song itself.'],
    ['a person after "a comedy like"', 'It is a comedy like Tom Reed would make.'],
    ['a place after "other than"', 'It is a thriller set anywhere other than Alder Creek.'],
    ['people after "actors like"', 'It is a film with actors like Sam Doyle and Ann Vale.'],
    ['a quoted word before a noun it qualifies', 'They skipped the "Garden" scene entirely.'],
    ['a person after a kind of work', 'He hated the comedy Tom Hanks made.'],
    ['an office around "of" after "the"', 'She met the Secretary of State.'],
    ['a run around "of" opening a sentence', 'Later Fans of Anna Vale cheered.'],
    ['a place after "debut in"', 'He made his debut in Toronto.'],
    ['a month after "performance in"', 'She gave a fine performance in June.'],
    ['a common word before "actor" opening a sentence', 'Veteran actor Sam Doyle has died.'],
    ['a kind of music before "star"', 'Pop star Ann Lee sang.'],
    ['a sport before "star"', 'The crowd cheered. Football star Ned Ashby arrived late.'],
    ['a kind of show before "star"', 'The crowd cheered. Reality star Kim Vance arrived late.'],
    ['one surname before "films"', 'She never liked the Jackson films.'],
    ['a rating after a title-case run', 'I give Harbour Lights 7 out of 10.'],
    ["a star after a work's possessive", 'I loved Lost Harbour\'s Sam Doyle in it.'],
    ["a place's possessive before a run", "Nobody beat Britain's Silver Crown this year."],
    ["a possessive inside a title", "The Devil's Ladder Street is long."],
    ["a maker's possessive with no article before it", "I watched Hitchcock's Rope yesterday."],
    ["an owner after a lower-case article that opens no run", "I met Sam Doyle on the Queen's Walk."],
    ["a paper's possessive after a capitalised article", "Fans of Ann Vale and The Guardian's Sam Doyle met."],
    ['a person after an aside, called no work', 'Sam Doyle is, sadly, the weakest actor here.'],
    ['a contraction before a run', "What's Eating Tom Reed was odd."],
    ['an abbreviated title alone', 'We met Mr. Vale at a showing of the film.'],
    ['a label in italics', '*Minor SPOILERS Ahead*\n\nThe plot is thin.'],
    ['a repeated run led by a sentence opener', 'In the US, shows end early. In the US, they run for years.'],
    ['a given name after a work noun that opens a clause', 'She returned the book Diana lent her.'],
    ['one italic given name', 'Nobody cared about *Anne* in the end.'],
    ['one italic word opening a numbered item', 'Episodes:\n2. _Lantern_ was slow.'],
    ['one italic word the text also writes in lower case', 'For them *Honour* meant nothing, and honour was cheap.'],
    ['one bold word', 'The verdict is **Skip** for me.'],
    ['one italic word after "the"', 'They boarded the _Marigold_ at dawn.'],
    ['a person with a suffix of likeness', 'He gave a Tom Reed-style speech.'],
    ['a place with a suffix of likeness', 'They opened a Wall Street-style office.'],
    ['a channel after an opening determiner', 'This Lifetime-like film bored me.'],
    ['a count after "a single"', 'There was not a single Harbour Lights fan there.'],
    ["a person beside an owner's critic", "Sam Doyle, the paper's film critic, left."],
    ["a place beside an owner's film", "London, Ann Vale's film city, was busy."],
    ['a list far after a kind of work in the singular', 'After that franchise ended, the cheap cars like the Vipers and the Comets returned.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
  // The subject a sentence calls a film is the work; the name between commas after `is` is no
  // adverb opening a title.
  it('a name between commas after "is", not an adverb', () => {
    expect(titles('The Copper Lanterns is, Sam, the weakest film of the year.')).toEqual(['The Copper Lanterns']);
  });
});

describe('a found title keeps its capitalisation in its mentions', () => {
  const cases: [string, string, string, string[]][] = [
    ['"The End" after a work noun; "the end" is no mention', 'The short film "The End" drags. By the end I was asleep, but The End has one good shot.', 'The End', ['The End', 'The End']],
    ['"Up" after a watch verb; "up" is no mention', 'I watched "Up" twice, and things only pick up in the second half. Up is still lovely.', 'Up', ['Up', 'Up']],
    [
      'a title in capitals matches its title-case mention',
      'This sequel borrows its whole look from THE IRON GARDEN and adds nothing. The Iron Garden did all of it better, and with a fraction of the money.',
      'THE IRON GARDEN',
      ['THE IRON GARDEN', 'The Iron Garden'],
    ],
  ];
  it.each(cases)('%s', (_, text, title, want) => {
    const work = analyzeReview(text).works.find((w) => w.mentions.some((m) => text.slice(m.start, m.end) === title));
    expect(work?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(want);
  });

  it('masks a found title from sentiment: "Kill Bill" moves no score', () => {
    const text = 'Yesterday I watched Kill Bill.';
    const a = analyzeReview(text);
    expect(a.works.map((w) => w.title)).toEqual(['Kill Bill']);
    expect(a.sentiment.score).toBe(0);
  });
});

describe('a film by its place in the takings, in news of the box office', () => {
  const found: [string, string, string[]][] = [
    ['a film that entered in a place', 'The weekend box office was quiet. Paper Lanterns entered in fourth place.', ['Paper Lanterns']],
    ['one word that dropped to a place', 'Takings at the box office fell. Driftwood dropped to second place after two weeks.', ['Driftwood']],
    ['a film that has topped the box office', 'Copper Sky has topped the US box office again.', ['Copper Sky']],
    ['a film that took a sum', 'At the box office Night Orchard took $12m over three days.', ['Night Orchard']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a film in a place without the box office', 'Paper Lanterns entered in fourth place in the poll.'],
    ['a person who took a place', 'The box office was quiet. Tom Reed took second place in the golf.'],
    ['a surname that takes on a number of roles', 'The box office liked it, and Harlow takes on a number of roles.'],
    ['a place that topped the takings', 'Box office news: London topped the list of cities.'],
    ['a pronoun that took a sum', 'Box office figures are in. It took $3m.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});

describe('what a prize was won for, with no "best"', () => {
  const found: [string, string, string[]][] = [
    ['one word a prize was won for', 'In 1990 she won for Driftwood at last.', ['Driftwood']],
    ['a title with a connector after "nominations for"', 'It earned two nominations for Letters of the Lost Summer.', ['Letters of the Lost Summer']],
    ['a title of three words after "won the Oscar for"', 'He won the Oscar for Million Copper Pennies in 2001.', ['Million Copper Pennies']],
    // One word inside a list may be half a title ("Secrets and Lanterns"): only the two words that can be no name.
    ['one word inside a list is none, two words no name can be are one', 'He won nominations for Secrets and Lanterns and Blue Tide.', ['Blue Tide']],
  ];
  it.each(found)('%s', (_, text, want) => {
    expect(titles(text)).toEqual(want);
  });

  const none: [string, string][] = [
    ['a category after "nominated for"', 'She was nominated for Best Supporting Actress.'],
    ['a prize after "nominated for"', 'The film was nominated for Oscars.'],
    ['a surname the text gives a person', 'Actress Mara Quillon was praised. There was a nomination for Quillon too.'],
    ['two words that may be a name', 'The studio won nominations for Harlan Pike this year.'],
    ['a run that qualifies a noun', 'They won nominations for Golden Harp awards.'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(titles(text)).toEqual([]);
  });
});
