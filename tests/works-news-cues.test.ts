import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { worksTable as table } from './helpers/works-table';

describe('a kind of work after its owner names the run after it', () => {
  table([
    // A band, a maker, a nation or a possessive owner before the kind.
    { text: 'The producer behind the Kestrels musical Harbour Nights has sold her stake.', found: ['Harbour Nights'] },
    { text: 'Crowds queued for the Pixlow film Copper Tide outside the cinema.', found: ['Copper Tide'] },
    { text: "Fans lined up early for Ann Lowry's drama Silent Orchard on its first night.", found: ['Silent Orchard'] },
    { text: 'The US comedy Paper Lanterns was cancelled after one season.', found: ['Paper Lanterns'] },
    // A broadcaster's name before the kind: a noun, though the tagger reads "show" before "My" as a verb.
    { text: 'Viewers chose BBC Two show My Allotment over the other nominees.', found: ['My Allotment'] },
    { text: 'The prize went to Channel 5 show Quiet Acres last night.', found: ['Quiet Acres'] },
    // A kind word the tagger reads as a verb after a capitalised subject is an action.
    { text: 'On Saturday Arsenal play Chelsea at home.', found: [], none: ['Chelsea'] },
  ]);
});

describe('one word that closes its phrase after a role, a showing or a work noun and a comma is the work', () => {
  table([
    // After a performer's role or a showing: tagged as an adverb or a given name, but nothing goes on after it.
    { text: 'He won the prize for his supporting role in Farther, and thanked the cast.', found: ['Farther'] },
    { text: 'Last year she starred in Hollis. Her new film opens in June.', found: ['Hollis'] },
    { text: 'Critics loved her leading role in Margot, which won three awards.', found: ['Margot'] },
    { text: 'She was shortlisted for her role in Quillmere at the spring awards.', found: ['Quillmere'] },
    // A person after "starred", a possessive, a place after "in": none.
    { text: 'The remake starred Tom Hanks and little else.', found: [], none: ['Tom Hanks'] },
    { text: 'She had a small role in Margot’s wedding plans.', found: [], none: ['Margot'] },
    { text: 'He appeared in London last week to promote it.', found: [], none: ['London'] },
    { text: 'She appeared in It.', found: [], none: ['It'] },
    // A given name with a clause going on after it is no title.
    { text: 'His role in Anna getting the job was small.', found: [], none: ['Anna'] },
    // A bare "role in" is a part in an affair; a firm, a party, a charity, a city or a state is no work.
    { text: 'The former chief once more defended his role in Enron before the court.', found: [], none: ['Enron'] },
    { text: 'Her role in Pellworth drew questions from the board.', found: [], none: ['Pellworth'] },
    { text: 'He played down his role in Hamas when asked.', found: [], none: ['Hamas'] },
    { text: 'She landed a role in Manchester, close to her family.', found: [], none: ['Manchester'] },
    { text: 'After drama school she starred in Madrid.', found: [], none: ['Madrid'] },
    { text: 'He took a leading role in Labour, then left politics.', found: [], none: ['Labour'] },
    { text: 'The actor found a small stage role in Texas.', found: [], none: ['Texas'] },
    // In apposition after a work noun and a comma.
    { text: 'The band opened with their new single, Lanternfall, which entered the chart at six.', found: ['Lanternfall'] },
    { text: 'Two of the cast will star in the period drama, Marrowby. Filming starts in May.', found: ['Marrowby'] },
    // Two words set off by commas, unless they name a person.
    { text: 'Her second film, Paper Lanterns, opened in March to warm notices.', found: ['Paper Lanterns'] },
    { text: 'The band played their new single, Copper Rain, on the show.', found: ['Copper Rain'] },
    { text: 'On the set of the film, Ann Dole, its director, kept quiet.', found: [], none: ['Ann Dole'] },
    { text: 'We talked about the series, Ernest P., and his odd hat.', found: [], none: ['Ernest P', 'Ernest P.'] },
    { text: 'Making the film, Tarrow Mund, the producer, lost money. Mund said so later.', found: [], none: ['Tarrow Mund'] },
    // A given name, a day or a place set off by commas is no title.
    { text: 'I loved that album, Tom, and so did everyone at the party.', found: [], none: ['Tom'] },
    { text: 'We went to see the film, Sunday, and left early.', found: [], none: ['Sunday'] },
    { text: 'They shot the series, London, in the spring.', found: [], none: ['London'] },
    { text: 'I enjoyed the series, Brooklyn, because it was filmed near home.', found: [], none: ['Brooklyn'] },
    // A channel, a firm or a sung line set off by commas is no title.
    { text: 'She hosted the show for the BBC, and later the BBC, the film said, cut it.', found: [], none: ['BBC'] },
    { text: 'Her debut film was made by the studio, Warner Bros, in 1999.', found: [], none: ['Warner Bros'] },
    { text: 'The firm pitched its new series, Microsoft, to three channels.', found: [], none: ['Microsoft'] },
    { text: 'The crowd sang along to the song, "oh baby baby, hold me close", all night.', found: [], none: ['oh baby baby, hold me close'] },
    // After a noun for a part or a person, the word names that one.
    { text: 'The best character in the whole film, Grobbo, steals every scene.', found: [], none: ['Grobbo'] },
  ]);
});

describe('a series or a season of a sport contest is no work', () => {
  table([
    { text: 'The visitors won the Ashes series Down Under by two tests.', found: [], none: ['Ashes', 'Down Under'] },
    { text: 'The Premier League season Leeds finished third in was long.', found: [], none: ['The Premier League', 'Premier League'] },
    { text: 'Fans still talk about the Champions League season the club nearly won.', found: [], none: ['Champions League'] },
    // A work's own series and season still count.
    { text: 'I rewatched the Harrow Lane series over the winter.', found: ['Harrow Lane'] },
    { text: 'Marble Harbour season two was even better than the first.', found: ['Marble Harbour'] },
  ]);
});

describe('a title written with a hyphen for a space is the same work', () => {
  it.each([
    ['I finally watched the anime Iron Fist Girl. Iron-Fist Girl has the best fights of the season.', 'Iron-Fist Girl', 2],
    ['We binged the series Paper Moon Club over a weekend; every Paper-Moon Club fan should.', 'Paper-Moon Club', 2],
  ])('%s', (text, alias, mentions) => {
    const works = analyzeReview(text).works;
    expect(works).toHaveLength(1);
    const work = works[0]!;
    expect([work.title, ...work.aliases]).toContain(alias);
    expect(work.mentions).toHaveLength(mentions);
    for (const m of work.mentions) expect(text.slice(m.start, m.end).replace('-', ' ')).toBe(work.title.replace('-', ' '));
  });
});

describe('a title before "by" and its maker’s full name', () => {
  table([
    { text: 'Earlier winners include Paper Tigers by Ada Winter, in 2001.', found: ['Paper Tigers'] },
    { text: 'The chart also holds Night of the Kestrel by Dana Holt, down two places.', found: ['Night of the Kestrel'] },
    // "by" inside a title is a connector when no full name follows it.
    { text: 'I watched Stand by Me again last night.', found: ['Stand by Me'] },
    // A person's name before "by" is a portrait, not a work; a place or a date is no work.
    { text: 'She bought a portrait of Mary Lane by Tom Hill at the auction.', found: [], none: ['Mary Lane'] },
    { text: 'The bridge at Port Ellis by Sunday Morning was closed.', found: [], none: ['Port Ellis'] },
    // One word before "by" is a name or a word as often ("Photo by Ann Lee").
    { text: 'Photo by Ann Lee.', found: [] },
  ]);
});

describe('a plural kind of work right before a list names its titles', () => {
  table([
    { text: 'The band toured on the strength of the singles Paper Harbour and Glasswing.', found: ['Paper Harbour', 'Glasswing'] },
    { text: 'She is best known for the TV hits The Quiet Orchard and Salt on the Wind.', found: ['The Quiet Orchard', 'Salt on the Wind'] },
    { text: 'The channel renewed its dramas Mellow Fields and Bright Lanes, which drew large audiences.', found: ['Mellow Fields', 'Bright Lanes'] },
    // A verb, a person, a word in capitals or a clause going on: no list of titles.
    { text: 'The last scene shows Marta Kline walking away.', found: [], none: ['Marta Kline'] },
    { text: 'In both films Dorrin plays a tired detective.', found: [], none: ['Dorrin'] },
    { text: 'One of the best films EVER made.', found: [], none: ['EVER'] },
    { text: 'As in most of his films,Tom Hardwick is the villain again.', found: [], none: ['Tom Hardwick'] },
    { text: 'The star of the TV hits Harbour Lights and Julia and Mrs Penn opened the show.', found: ['Harbour Lights'], none: ['Julia', 'Mrs Penn'] },
  ]);
});

describe('two words joined by "and" right after a kind of work in the singular are one title', () => {
  table([
    { text: 'The band is back with the album Ashes and Embers this spring.', found: ['Ashes and Embers'] },
    { text: 'Her new thriller Hunt and Hollow topped the chart.', found: ['Hunt and Hollow'] },
    { text: 'The novel Salt and Silver sold out in a week.', found: ['Salt and Silver'] },
    // Two given names, a show that a pair presents, or a list after a comma: no title.
    { text: 'She loved the film Anna and Peter made together.', found: [], none: ['Anna and Peter'] },
    { text: 'Viewers tuned in to the show Ping and Pong every Saturday night.', found: [], none: ['Ping and Pong'] },
    { text: 'Critics liked the series, Harrow and Lune, less.', found: [], none: ['Harrow and Lune'] },
  ]);
});

describe('"work on" / "work in" after a possessive names what someone made or played in', () => {
  table([
    { text: 'She is best known for her work on Tidewater Lanterns and The Glass Heron.', found: ['Tidewater Lanterns', 'The Glass Heron'] },
    { text: 'He won an award for his work in Copper Hearts last year.', found: ['Copper Hearts'] },
    // A task, a place or a given name with a clause going on: no title.
    { text: 'The team will work on Harbour Lane next week.', found: [], none: ['Harbour Lane'] },
    { text: 'She began her work in London after the war.', found: [], none: ['London'] },
    { text: 'His work on Anna taking the lead was praised.', found: [], none: ['Anna'] },
  ]);
});

describe('a nominee\'s full name, "for" and a title in a sentence about a prize names the work', () => {
  table([
    { text: 'Nominees for the top prize include Mara Quill for Harbourlight and Tom Pell for The Lantern Keepers.', found: ['Harbourlight', 'The Lantern Keepers'], none: ['Tom Pell'] },
    { text: 'Best director - Ruth Fenwick for Salt Roads at the Orchard Theatre.', found: ['Salt Roads'], none: ['Salt Roads at the Orchard Theatre'] },
    { text: 'The shortlist also includes Olivia Brand for Copper Harvest, Henry Cole for Marrowby and Jane Ash for Tidewater.', found: ['Copper Harvest', 'Marrowby', 'Tidewater'] },
    // No contest in the sentence, a channel, a given name or a prize after "for": no title.
    { text: 'She worked with David Moss for Greyfield before the move.', found: [], none: ['Greyfield'] },
    { text: 'The awards list had Anna Lowe for HBO and Paul Grant for Emma.', found: [], none: ['HBO', 'Emma'] },
    { text: 'Among the nominees, Sarah Pike for Best Actress was the favourite.', found: [], none: ['Best Actress'] },
    // A prize's field or honour is the category, not a work; a lone winner can be a sportsman's.
    { text: 'This year the medals went to Ellen Marsh for Physics and Owen Tate for Medicine.', found: [], none: ['Physics', 'Medicine'] },
    { text: 'Nominees include Ruth Fenwick for Lifetime Achievement.', found: [], none: ['Lifetime Achievement'] },
    { text: 'The prize went to Ruth Fenwick for Outstanding Contribution to cinema.', found: [], none: ['Outstanding Contribution'] },
    { text: 'The winner, Dan Hollis for Bramley Rovers, scored in the last minute.', found: [], none: ['Bramley Rovers'] },
    // The next nominee ends the title before it, whatever the shape of that nominee's name.
    { text: 'Winners included Mara Quill for Harbourlight and Tiro Vask for Salt Roads.', found: ['Harbourlight'], none: ['Harbourlight and Tiro Vask for Salt Roads'] },
  ]);
});

describe('a nominee\'s full name whose first name no list holds, "for" and a title in a sentence about a prize names the work', () => {
  table([
    { text: 'Nominees for the main prize include Zorana Velt for Night Train and Ilkay Brunn for Paper Moons.', found: ['Night Train', 'Paper Moons'] },
    { text: 'The jury shortlist names Oyelaran Badu for Copper Sky, a debut.', found: ['Copper Sky'] },
    { text: 'The prize went to Ilkay Brunn for Arkwright, his third.', found: ['Arkwright'] },
    { text: 'The best actors are Lev Orr for 24, Ilkay Brunn for Arkwright, and no one else.', found: ['Arkwright'] },
    // A number before the words makes them a title's; a word the text writes in lower case, a
    // category or a body is no part of a name.
    { text: 'The Bafta winners list 9 Quiet Rooms for Lonely Hearts first.', found: [], none: ['Lonely Hearts'] },
    { text: 'The award shortlist named Silver Wing for Harbour Days. A silver wing is a badge.', found: [], none: ['Harbour Days'] },
    { text: 'Nominees include Rock Video for Harbour Days.', found: [], none: ['Harbour Days'] },
    { text: 'The prize went to BBC Scotland for Harbour Days.', found: [], none: ['Harbour Days'] },
  ]);
});

describe('a nation or a place and a crew noun after "and" start the next nominee, ending the title before it', () => {
  table([
    { text: 'Nominees for the main prize include Zorana Velt for Night Train and UK star Mara Quill, who won before.', found: ['Night Train'], none: ['Night Train and UK'] },
    { text: 'Nominees include Tomaso Renzi for Blue Hours and Hong Kong director Lee Wan for Red Door.', found: ['Blue Hours', 'Red Door'] },
    // An owner's possessive before the nominee is no part of the name.
    { text: "The shortlist for best foreign film has Italy's Tomaso Renzi for Blue Hours.", found: ['Blue Hours'] },
  ]);
});

describe('a number after a title\'s opening article stays in the title, and an article alone is no title', () => {
  table([
    { text: 'A season of Polish cinema starts on Friday with the French film The 9th Floor Room, shot by Ann Lee.', found: ['The 9th Floor Room'], none: ['The', 'the'] },
    { text: 'Last night I rewatched The 40 Lanterns with my father.', found: ['The 40 Lanterns'], none: ['The'] },
    // A year after the article names an event of that year, not a title.
    { text: 'The 2005 Harbour Awards were held in May.', found: [] },
    { text: 'Last night I rewatched The 2012 Harbour Gala with my father.', found: [], none: ['The 2012 Harbour Gala'] },
    // A count of works the words after it name is no part of a title.
    { text: 'The 4 Jurassic Park films ranked from worst to best.', found: ['Jurassic Park'], none: ['The 4 Jurassic Park'] },
  ]);
});

describe('a prize word for what won or was up for it before a run names the work', () => {
  table([
    { text: 'She had a small part in the Oscar-nominated Harbour Lights Rising last year.', found: ['Harbour Lights Rising'] },
    { text: 'Viewers returned for the Bafta-winning The Copper Hollow on Sunday.', found: ['The Copper Hollow'] },
    { text: 'Fans queued for the award-winning Marrowdene again.', found: ['Marrowdene'] },
    { text: 'Strong Oscar contenders Silent Orchard Nights and The Glass Heron gained ground.', found: ['Silent Orchard Nights', 'The Glass Heron'] },
    // A person, an honorific, or a surname the text gives a person: no title.
    { text: 'The Oscar-winning Mara Quill arrived first.', found: [], none: ['Mara Quill'] },
    { text: 'Oscar-winner Sir Tom Pell was there.', found: [], none: ['Sir Tom Pell', 'Tom Pell'] },
    { text: 'Oscar nominee Ivo Brandt flew in. Later the Oscar-nominated Brandt spoke.', found: [], none: ['Brandt', 'Ivo Brandt'] },
    { text: 'Oscar nominees Pellow and Marsh met for lunch.', found: [], none: ['Pellow', 'Marsh'] },
  ]);
});

describe('a list of actors each with a work in brackets names the works', () => {
  table([
    { text: 'The shortlist pits Dana Moss (Night Train), Ruth Bell (The Long Road) and Ada Vell (Grey Harbour) against each other.', found: ['Night Train', 'The Long Road', 'Grey Harbour'], none: ['Dana Moss', 'Ruth Bell'] },
    // Two-word brackets alone may be characters' full names: a list needs one bracket no name fills.
    { text: 'At the launch were Dana Moss (Tarrow Vane), Ruth Bell (Ossia Merrow) and Ada Vell (Pell Corrin).', found: [] },
    // A bracket that reads as a name is a work too when most of the list holds titles.
    { text: 'Up for the prize are Tom Hale (The Salt Roads), Ivo Brandt (Copper Tide), Nora Quill (Vera Lane) and Sam Ford (Harbourlight Rising).', found: ['The Salt Roads', 'Copper Tide', 'Vera Lane', 'Harbourlight Rising'] },
    // A cast list puts a character's name in most brackets: no works; nor a list of two.
    { text: 'The cast: Dana Moss (Ruth), Ben Carr (Mr. Pike), Ada Vell (Nora Quill) and Tom Hale (Gus).', found: [] },
    { text: 'It also features Dana Moss (Night Train) and Ruth Bell (The Long Road).', found: [], none: ['Night Train'] },
  ]);
});

describe('two words after a prize won or a nomination and "for" name a work when they cannot be a name', () => {
  table([
    { text: 'Last year she won a Bafta for Harbour Lights.', found: ['Harbour Lights'] },
    { text: 'He had received two nominations for Grey Skies and Salt Roads before.', found: ['Grey Skies', 'Salt Roads'] },
    // A first name of any list leads a person's name; a second word the text writes alone is a surname.
    { text: 'The academy saved its nominations for Imelda Staunton this year.', found: [], none: ['Imelda Staunton'] },
    { text: 'It won a nomination for Okoro Vellacott. Vellacott said she was thrilled.', found: [], none: ['Okoro Vellacott'] },
    // A category won in; a run cut before a preposition may have lost the title's end.
    { text: 'Its only win was for Special Effects that year.', found: [], none: ['Special Effects'] },
    { text: 'He had won for Grey Skies to Harbour in the Supporting Actor category.', found: [], none: ['Grey Skies'] },
  ]);
});

describe('a run before a comma, "a" / "an" and a kind of work is that work, whatever its shape', () => {
  table([
    { text: 'Tillie Marsh, a low-budget comedy about two sisters, opened in third place.', found: ['Tillie Marsh'] },
    { text: 'Copper Tide, a stage adaptation of an old ballad, dropped to fourth.', found: ['Copper Tide'] },
    { text: 'Her pick was The Salt Roads, an early evening radio show.', found: ['The Salt Roads'] },
    // A person described by a trade, a kind that qualifies a noun or is glued to one, a sentence adverb.
    { text: 'Her cousin Ilse, a film-maker with big plans, turns up uninvited.', found: [], none: ['Ilse'] },
    { text: 'Dana Pellow, a drama student from Leeds, won the part.', found: [], none: ['Dana Pellow'] },
    { text: 'Overall, a very good film.', found: [] },
    // A name the text also gives by its surname alone is a person.
    { text: 'Helen Brandt, a comedy regular, was there. Brandt said little.', found: [], none: ['Helen Brandt'] },
  ]);
});

describe('a name-shaped run after a part or a showing is the work when the text never writes its words alone', () => {
  table([
    { text: 'Critics praised her leading role in Julia Quill at the festival.', found: ['Julia Quill'] },
    { text: 'He starred in Peter Venn and Helen Pike before the war film.', found: ['Peter Venn', 'Helen Pike'] },
    // A word of it written alone names the person; a bare "role in" is a part in an affair.
    { text: 'She starred in Peter Venn last year. Venn is a real sailor.', found: [], none: ['Peter Venn'] },
    { text: 'He denied his role in Julia Quill leaving the firm.', found: [], none: ['Julia Quill'] },
  ]);
});

describe('one word after "best" and a performer\'s category and "for" is the work when it is no surname of the text', () => {
  table([
    { text: 'Tom Hale won best actor for Pellbrook. The ceremony ran late.', found: ['Pellbrook'] },
    { text: 'Ann Lowry is tipped to win best supporting actress for Nora. Others trail.', found: ['Nora'] },
    // A surname the text gives a person, and a category of music that names acts by one word.
    { text: 'Ivo Brandt was the favourite, and the jury named best actor for Brandt.', found: [], none: ['Brandt'] },
    { text: 'The jury named best group for Kestrels. Fans cheered.', found: [], none: ['Kestrels'] },
  ]);
});

describe('a name-shaped run before a crew noun and a full name is a work when the text never writes its words alone', () => {
  table([
    { text: 'The guests included Julia Quill star Ann Lowry and others.', found: ['Julia Quill'] },
    { text: 'Critics still quote Peter Venn director Tom Hale on the subject.', found: ['Peter Venn'] },
    // A word of it written alone names a person; a person's co-star is another person.
    { text: 'Peter Venn star Ann Lowry came. Venn is her cousin.', found: [], none: ['Peter Venn'] },
    { text: 'At the gala was Helen Pike co-star Ann Lowry.', found: [], none: ['Helen Pike'] },
  ]);
});

describe('"judge" and "mogul" after a title of two words or more name the show', () => {
  table([
    { text: 'The panel lost Talent Quest judge Ann Lowry last week.', found: ['Talent Quest'] },
    { text: 'But Star Search mogul Tom Hale sold his company.', found: ['Star Search'] },
    // One word before them is a court's or a trade's.
    { text: 'Federal judge Ann Lowry ruled on Monday.', found: [] },
    { text: 'Music mogul Tom Hale sold his company.', found: [] },
  ]);
});

describe('who hosts, presents or judges a show before "of" / "on" names the show', () => {
  table([
    { text: 'She became the presenter of Copper Kettle in the spring.', found: ['Copper Kettle'] },
    { text: 'He was a judge on The Singing Vale until last year.', found: ['The Singing Vale'] },
    // A crowd, a day, a place or a person after them is no show.
    { text: 'A host of Hollywood stars came to the launch.', found: [] },
    { text: 'The judge on Monday threw out the case.', found: [] },
    { text: 'The presenter of Ann Lowry\u2019s show left early.', found: [], none: ['Ann Lowry'] },
  ]);
});

describe('what took a prize category for works before the verb of taking is a work', () => {
  table([
    { text: 'At the gala, Salt Meadow won best foreign film and the crowd stood.', found: ['Salt Meadow'] },
    { text: 'The Copper Tide also took the best new comedy prize on Sunday.', found: ['The Copper Tide'] },
    { text: 'In the end Glass Orchard scooped best foreign language film.', found: ['Glass Orchard'] },
    // A performer's or maker's category, a person's shape, a music category that singers and bands win.
    { text: 'At the gala, Salt Meadow won best comedy actor and left early.', found: [], none: ['Salt Meadow'] },
    { text: 'At the gala, Nora Quill won best drama and left early.', found: [], none: ['Nora Quill'] },
    { text: 'At the gala, Salt Meadow won best album and left early.', found: [], none: ['Salt Meadow'] },
  ]);
});

describe('a title-case run with its channel in brackets is a programme', () => {
  table([
    { text: 'Critics were kinder to The Long Field (Netflix) than to its rivals.', found: ['The Long Field'] },
    { text: 'Tonight: Harbour Lights (BBC Three, 10pm), then the news.', found: ['Harbour Lights'] },
    { text: 'The prize went to Ada Vale from Salt Meadow (Channel 4), a first-time writer.', found: ['Salt Meadow'], none: ['Ada Vale from Salt Meadow', 'Ada Vale'] },
  ]);
});

describe('a channel in brackets after no programme', () => {
  table([
    // A reporter or a guest with their broadcaster.
    { text: 'Owen Marsh (BBC) asked the first question, and Ines Varga (ITV) the second.', found: [], none: ['Owen Marsh', 'Ines Varga'] },
    // One word: a place or a body with its broadcaster as often.
    { text: 'Leeds (BBC) and Ofcom (ITV) both declined to comment.', found: [] },
    // A place inside the run.
    { text: 'The move to Media City (BBC) cost millions.', found: [] },
  ]);
});

describe("a headline's phrase the body shows to be people is no work", () => {
  table([
    // Two surnames joined by "and", each ending a full name the body gives.
    {
      text: 'Lorne and Vabre share top acting prizes\n\nSarah Lorne and Peter Vabre won the main acting awards on Sunday. Both Lorne and Vabre are now favourites for the spring ceremony.',
      found: [],
      none: ['Lorne and Vabre'],
    },
    // A phrase the body writes right before a verb of speaking.
    {
      text: 'The restless career of Dov Harlan\n\nDov Harlan has written comics for fifty years. "I never planned any of it," Dov Harlan told reporters at the launch.',
      found: [],
      none: ['Dov Harlan'],
    },
    // A work named in the headline and repeated in the body is still the subject.
    {
      text: 'Copper Tide leads spring prize race\n\nCopper Tide has six nominations. Its director Ada Lorne said the cast deserved them, and Copper Tide opens in May.',
      found: ['Copper Tide'],
    },
  ]);
});
