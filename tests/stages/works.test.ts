/**
 * The works stage on its own: the data it reads (the normalised text, its words, wink's
 * annotation, the title line, the caller's titles) and the works it returns (a lower-case key and
 * the offsets of every mention), one table per kind of cue, each with cases that must find no work.
 */
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/options';
import { runPipeline } from '../../src/pipeline';
import { findWorks, type Finding } from '../../src/stages/4-works';
import { TitleList } from '../../src/stages/4-works/5-mentions';

/** One work as the test reads it: its key and each mention as `[start, text]`. */
type Found = [key: string, mentions: [start: number, text: string][]];

/**
 * Runs the stages before the works stage (through the pipeline, so this test follows their
 * order), then the works stage itself on their data, with `extra` as the caller's titles.
 */
function works(text: string, extra: readonly string[] = []): Found[] {
  const run = runPipeline(text, resolveOptions({ works: [...extra] }));
  const drafts = findWorks(run.input, run.wordFacts, run.segmentation.title, extra);
  // The pipeline's own call gives the same works.
  expect(drafts).toEqual(run.works);
  return drafts.map((w) => [w.key, w.mentions.map((m): [number, string] => [m.start, text.slice(m.start, m.end)])]);
}

/** The keys of the works found in `text`, in order of first mention. */
const keys = (text: string): string[] => works(text).map(([key]) => key);

type Case = [name: string, text: string, want: string[]];

/** One test per case: the keys of the works found in its text, in order. */
function table(cases: Case[]): void {
  it.each(cases)('%s', (_, text, want) => {
    expect(keys(text)).toEqual(want);
  });
}

describe('watch, see and review verbs', () => {
  const cases: Case[] = [
    ['two capitalised words after a strong watch verb', 'Last weekend we binged Harbour Lights and regretted nothing.', ['harbour lights']],
    ['a title with a connector after "saw"', 'I finally saw The Long Winter of Marlow on a plane.', ['the long winter of marlow']],
    ['a title with a connector after "reviewing"', 'This month I am reviewing Echoes in the Valley for the club.', ['echoes in the valley']],
    ['a title with a connector after "read"', 'Our book group read Gardens of the Moonlit Sea in March.', ['gardens of the moonlit sea']],
    ['a person after "saw" is no work', 'I finally saw Marta Lind on a plane.', []],
    ['two words after a weak verb may be a person: none', 'Have you seen Silver Creek yet?', []],
    ['two single words joined by "and" may be two names: none', 'Nobody reads Copper and Salt any more.', []],
  ];
  table(cases);
});

describe('quote marks and italics', () => {
  const cases: Case[] = [
    ['a quoted title-case phrase', 'My sister adores "Moss Garden", and so do I.', ['moss garden']],
    ['a title-case phrase in markdown emphasis', 'My sister adores *Moss Garden* and so do I.', ['moss garden']],
    ['a title-case phrase in underscores', 'Then _The Glass Bell_ came out and sold well.', ['the glass bell']],
    ['one italic word is emphasis', 'It was *really* good.', []],
    ['a title-case phrase in code marks, used as quote marks', 'I disliked `Moss Garden` at first and loved it later.', ['moss garden']],
    ['lower-case words in code marks are no title', 'The show teaches `star charts` and `old maps` to kids.', []],
    ['a bold line labelling a name and its work is no one title', '**Ann - Kim Lee (Golden Hour)**\nShe is the best part of it.', []],
    ['a fenced line of code is no title', 'Look:\n```\nNew Moss Garden\n```\nThat is all.', []],
    ['quoted words after a speech verb are speech', 'She said "Run Faster" and he did.', []],
    ['a quoted nickname inside a name', 'Her brother Robert "Bobby" Fisk coached the team.', []],
    ['quoted words after "known as" are a nickname', 'A burglar known as "The Grey Fox" robbed the town.', []],
    ['the same quoted words without it are a title', 'Everyone remembers "The Grey Fox" from that summer.', ['the grey fox']],
    ['quoted words a few words after "name" are names', 'They changed the hero\'s name from "Kit" to "Kitt" for the dub.', []],
    ['quoted words after "nickname" are a name', 'The nickname "Grey Fox" stuck to him.', []],
    ['a longer quoted phrase after "name" is a title', 'Its first name was "Winter in the Glass House", and nobody liked it.', ['winter in the glass house']],
    ['a quoted word with a work noun near is a title', 'I loved "Kit", the film, and its sequel.', ['kit']],
    ['a quoted title holding the comma of its sentence', 'We finally caught "Moss Garden," and it was lovely.', ['moss garden']],
    ['a quoted title holding the full stop of its sentence', 'Skip the sequel and rent "Moss Garden." It is calmer.', ['moss garden']],
    ['quoted title-case words a speech verb follows are speech', '"Moss Garden," said Ana, pointing at the sign.', []],
    ['a quoted title-case exclamation after a speech verb is speech', 'The boss shouted "Get Out Of My Office!" at him.', []],
  ];
  table(cases);

  it('keeps the mention of a quoted title and its offsets', () => {
    expect(works('Everyone loves "Moss Garden" for its calm, and Moss Garden rewards patience.')).toEqual([
      ['moss garden', [[16, 'Moss Garden'], [47, 'Moss Garden']]],
    ]);
  });
});

describe('other cue words before or after a run', () => {
  const cases: Case[] = [
    ['after a work noun', 'The webtoon Iron Petals ran for years.', ['iron petals']],
    ['after "a series called"', 'It is a series called Lantern Street, set in Oslo.', ['lantern street']],
    ['after "the sequel to"', 'The sequel to Paper Moon Road is worse.', ['paper moon road']],
    ['before a work follower', 'Frost Garden season two drops in May.', ['frost garden']],
    ['before a year in brackets', 'I loved Frost Garden (1987) as a kid.', ['frost garden']],
    ['before "directed by"', 'Frost Garden, directed by Lena Holt, is slow.', ['frost garden']],
    ['after "a role in"', 'She had a small role in Frost Garden last year.', ['frost garden']],
    ['a subject called a kind of work', 'Frost Garden is a gentle comedy about bakers.', ['frost garden']],
    ['a subject a negated "is" calls a work', "Harbour Nights isn't a great film, but I liked it.", ['harbour nights']],
    ['a subject "is not" calls a work', 'Harbour Nights is not a film for children.', ['harbour nights']],
    ['a work noun qualifying another noun calls nothing', 'Anna Berg is not a film person.', []],
    ['who "isn\'t in the movie" is no movie', "Mara Quill isn't in the movie enough.", []],
    ['who "wasn\'t enough to save" a show is no show', "Rook Vale wasn't enough to save this show.", []],
    ['a run with a numbered part', 'I still prefer the Lantern Bay Part 2 ending.', ['lantern bay part 2']],
    ['a part numbered in roman, after a preposition', 'Mara Holt in the Stone Garden Part II was a revelation.', ['stone garden part ii']],
    ['an abbreviated volume', 'We rewatched Glass Harbour Vol. 2 over the weekend.', ['glass harbour vol. 2']],
    ['a sentence\'s opening word before a part is no title', 'While Part One was slow, I enjoyed it.', []],
    ['an opening verb before a capitalised article is no part of the title', 'Think The Stone Garden Part II, only louder.', ['the stone garden part ii']],
    ['a person has no numbered parts', 'Anna Berg Part 2 of the interview is online.', []],
    ['a list after "shows like"', 'shows like Frost Garden, Tin Roof and Salt Lake are cosy.', ['frost garden', 'tin roof', 'salt lake']],
    ['a list after "such films as", the cue naming the kind of work', 'He was nominated for such films as Copper Rain and Tin Harbour.', ['copper rain', 'tin harbour']],
    ['people after "such stars as" are no list of works', 'The gala drew such stars as Mara Quill and Tom Reed.', []],
    ['a list after "including" in a sentence about hits', 'The band scored four hits, including Copper Rain and Tin Harbour.', ['copper rain', 'tin harbour']],
    ['a list after "such classics as"', 'The show keeps such classics as Velvet Lanterns and Salt Harbour.', ['velvet lanterns', 'salt harbour']],
    ['a list after "including" with no kind of work in the sentence names no work', 'The panel had four judges, including Laura Finch and Tom Reed.', []],
    ['after "the musical", a noun by its place after the article', 'The musical Velvet Lanterns closes in June.', ['velvet lanterns']],
    ['after a kind of work and "hit"', 'The list includes the horror hit Copper Rain and others.', ['copper rain']],
    ['"play" after a noun that is no kind of work is a verb', 'The kids play Monopoly Deluxe on Sundays.', []],
    ['"a single" is a count, not a record', 'There was not a single Laura Finch moment in it.', []],
    ['a kind of work in the possessive names no title after it', "The western's Mara Quill rides again.", []],
    ['no cue, no work', 'I like Frost Garden. Tom likes Tin Roof.', []],
  ];
  table(cases);
});

describe('what a prize was won for', () => {
  const cases: Case[] = [
    ['a title of two words after "best … for"', 'She won best actress for Copper Rain on Sunday.', ['copper rain']],
    ['two titles after "best … award for"', 'They shared the best screenplay award for Tin Harbour and Salt Lanterns.', ['tin harbour', 'salt lanterns']],
    ['one word when the prize is for a kind of work', 'The team won best short film for Moonwake last year.', ['moonwake']],
    ['one word after a prize for a person may be a surname', 'He won best actor for Holloway at the gala.', []],
    ['a person after "best … for"', 'The night brought best director for Laura Finch.', []],
    ['"for" with no "best" before it is no prize', 'She thanked the crew for Copper Rain and left.', []],
  ];
  table(cases);
});

describe('title-case runs the text repeats', () => {
  const cases: Case[] = [
    ['a run led by an article, twice', 'We tried The Ninth Lighthouse in winter; friends loved The Ninth Lighthouse too.', ['the ninth lighthouse']],
    ['a run with a connector, twice', 'Over and Under the Bridge opened badly. People still quote Over and Under the Bridge.', ['over and under the bridge']],
    ['the same run once is not enough', 'We tried The Ninth Lighthouse in winter; friends loved it too.', []],
    ['a place with a connector, twice, is no work', 'My uncle works for the Bank of Leeds and the Bank of Leeds pays well.', []],
    ['a repeated run without article or connector may be a name', 'I love the channel Film Four, and Film Four loves me.', []],
    ['a run shaped like a title opening its sentence as the subject of a verb', 'I went in cold. The Keepers of the Silver Lantern opens with a storm.', ['the keepers of the silver lantern']],
    ['the same shape after a colon inside a paragraph is only a subtitle', 'I went in cold. Harbour: The Keepers of the Silver Lantern opens with a storm.', []],
    ['the pair opening the text is one title, not its subtitle alone', 'Harbour: The Keepers of the Silver Lantern opens with a storm.', ['harbour: the keepers of the silver lantern']],
    ['an office opening its sentence is no title', 'The Secretary of the Harbour Board said no.', []],
    ['a short run opening its sentence may be a name', 'The Duke of Kent arrived late.', []],
  ];
  table(cases);
});

describe('a title keeps its capitals in every mention', () => {
  it('a lower-case "the end" is not "The End"', () => {
    expect(works('I watched "The End" last night. By the end of it I was crying.')).toEqual([['the end', [[11, 'The End']]]]);
  });
  it('only the capitalised mentions of a title found by its cue', () => {
    expect(works('I watched the film The End last night. The end of it made me cry, and The End stays with me.')).toEqual([
      ['the end', [[19, 'The End'], [70, 'The End']]],
    ]);
  });
  it('a title the caller writes in lower case is mentioned in any case', () => {
    expect(works('Kingdom returns; kingdom is also a word.', ['kingdom'])).toEqual([['kingdom', [[0, 'Kingdom'], [17, 'kingdom']]]]);
  });
  it('a quoted word the text also writes in lower case is a term, not a title', () => {
    expect(keys('They all just want to go home. And "Home" is what the last scene is about.')).toEqual([]);
  });
});

describe('companies and channels are not works', () => {
  const cases: Case[] = [
    ['a channel before a crew noun', 'BBC presenter Tom Reed hosted it.', []],
    ['a streaming service in capitals', 'Netflix released it in May, and NETFLIX promoted it everywhere.', []],
    ['a streaming service in quote marks', 'It streams on "Netflix" now.', []],
    ['the channel of a maker\'s possessive is not the work', "Netflix's Cold Harbour Nights is a slow burn.", ['cold harbour nights']],
    ['a quoted name ending in "Studios"', 'She signs with "Blue Lantern Studios" in the end.', []],
    ['a repeated name ending in "Productions"', 'I blame The Silver Pine Productions for it, and The Silver Pine Productions knows it.', []],
    ['"Company" ends titles as often as firms', 'We grew up watching "Nine Keeps Company" every night.', ['nine keeps company']],
  ];
  table(cases);
});

describe('the title line', () => {
  it('is the work the body repeats in title case', () => {
    const text = 'Thoughts on Paper Kites Over Lisbon\n\nPaper Kites Over Lisbon is long and I loved every minute.';
    expect(keys(text)).toEqual(['paper kites over lisbon']);
  });
  it('is a work when the body names it after a kind of work, in a news headline too', () => {
    const text = 'Copper Rain tops box office\n\nThe thriller Copper Rain took $20m, and Copper Rain may stay on top.';
    expect(keys(text)).toEqual(['copper rain']);
  });
  const none: Case[] = [
    ['a person a headline names is no work', 'Laura Finch to open winter gala\n\nSinger Laura Finch is to open the gala, and Laura Finch said she was proud.', []],
    ['a band the body names after "rappers" is no work', 'Copper Wolves win court battle\n\nUS rappers Copper Wolves have won a case, and Copper Wolves are glad.', []],
    ['a surname led by a particle is no work', 'Van Brugge film withdrawn\n\nThe last film by Van Brugge was withdrawn; Van Brugge died in May.', []],
    ['a place is no work', 'Crowds flock to Harrow Bay\n\nCrowds at Harrow Bay were large, and Harrow Bay hotels were full.', []],
    ['an event is no work', 'Pop stars at Harbour Music Awards\n\nThe Harbour Music Awards were held on Sunday; Harbour Music Awards voters chose well.', []],
    ['a phrase led by a country is no work', 'US TV cuts scene\n\nA US TV network cut a scene, and US TV critics noticed.', []],
  ];
  it.each(none)('%s', (_, text, want) => {
    expect(keys(text)).toEqual(want);
  });
  it('names the work reviewed once its review words are cut', () => {
    const text = 'Review: Tin Harbour\n\nThe ending of Tin Harbour surprised me, and the cast of Tin Harbour is great.';
    expect(keys(text)).toEqual(['tin harbour']);
  });
});

describe('the title list', () => {
  const list = (found: Finding[]): { key: string; casing: string; evidence: string }[] => {
    const titles = new TitleList();
    titles.addAll(found);
    return titles.entries.map(({ key, casing, evidence }) => ({ key, casing, evidence }));
  };
  it('keeps each title once, first form first; a cue clears "found by quote marks alone"', () => {
    expect(
      list([
        { kind: 'quoted', form: 'Home' },
        { kind: 'title', form: 'Welcome to the machine' },
        { kind: 'title', form: 'HOME ' },
      ]),
    ).toEqual([
      { key: 'home', casing: 'capitals', evidence: 'title' },
      { key: 'welcome to the machine', casing: 'any', evidence: 'title' },
    ]);
  });
  it('drops a lone firm, a place, "I" and an honorific', () => {
    expect(list(['Netflix', 'Korea', 'I', 'Mr', 'X'].map((form): Finding => ({ kind: 'title', form })))).toEqual([]);
  });
});
