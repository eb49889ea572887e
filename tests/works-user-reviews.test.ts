import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Titles of the works found in `text`, in order of first mention. */
const titles = (text: string): string[] => analyzeReview(text).works.map((w) => w.title);

/** Each case: a text, a title that must be found in it (or null), and titles that must not be. */
interface Case {
  text: string;
  found: string | null;
  none?: readonly string[];
}

const table = (cases: readonly Case[]): void => {
  it.each(cases)('$text', ({ text, found, none = [] }) => {
    const got = titles(text);
    if (found) expect(got).toContain(found);
    else expect(got).toEqual([]);
    for (const n of none) expect(got).not.toContain(n);
  });
};

describe('works compared in a user review', () => {
  table([
    // "so" after "more" / "less" stands for the comparative made before it.
    { text: 'The scale of this film dwarfs everything before it, even more so than Farewell Harbour, yet it stays grounded.', found: 'Farewell Harbour' },
    { text: 'This anime gets likened to Iron Lantern a lot, and people often say it is compared to Iron Lantern unfairly.', found: 'Iron Lantern' },
    { text: 'As an anime it is often compared with Copper Tide, though I never saw the appeal.', found: 'Copper Tide' },
    // No work noun in the sentence: a person compared, not a work.
    { text: 'Honestly her acting is compared to Meryl Streep far too often.', found: null },
    // "more than" counts, it compares no works.
    { text: 'This film is more than Kenji could handle.', found: null },
  ]);
});

describe('a work the review says it became or counts among its favourites', () => {
  table([
    { text: 'I finished it last week. Marrow Road has become one of the most popular anime around, for good reason.', found: 'Marrow Road' },
    { text: 'Overall: Marrow Road is one of my favourite anime, and I rewatch it every year.', found: 'Marrow Road' },
    { text: 'Years later Glass Orchard remains the best film of its decade.', found: 'Glass Orchard' },
    // A person the text calls a master of a genre, or a favourite character: no work.
    { text: 'Years later Hitchcock remains a master of suspense.', found: null },
    { text: 'Sarah remains my favourite character in the show.', found: null },
  ]);
});

describe('sentence openers cut from a title, unless the text writes them inside it', () => {
  table([
    // "Perhaps" opens the sentence; the title follows it.
    { text: 'Perhaps Lantern Falls was the film where the villain finally mattered.', found: 'Lantern Falls', none: ['Perhaps Lantern Falls'] },
    { text: 'Maybe Lantern Falls was the film where it all clicked.', found: 'Lantern Falls', none: ['Maybe Lantern Falls'] },
    // "No" opens a sentence, but the text writes "No Sword No Crown" mid-sentence too: it is the title.
    {
      text: 'No Sword No Crown is not the greatest anime of all time. Still, I can recommend No Sword No Crown to fans of games.',
      found: 'No Sword No Crown',
      none: ['Sword No Crown'],
    },
  ]);
});

describe('the original work a later one is set against', () => {
  table([
    { text: 'As with the original Night Courier the visuals are what people will remember.', found: 'Night Courier' },
    { text: 'The art is simpler than in the original FMX. It still works well.', found: 'FMX' },
    { text: 'It feels closer to the original Night Courier anime than to the manga.', found: 'Night Courier' },
    // A people, a format, a surname the text names in full, an owner, a noun qualified: no title.
    { text: 'I watched the dub but prefer the original Japanese voices.', found: null },
    { text: 'They cut scenes from the original TV broadcast.', found: null },
    { text: 'Steven Spielberg shot it; the original Spielberg cut ran longer.', found: null, none: ['Spielberg'] },
    { text: 'I loved the original Night Courier soundtrack far more.', found: null },
    { text: 'The finale showed the original Guard 13 captains at last.', found: null },
    { text: 'This version follows the original Manga more closely.', found: null },
  ]);
});

describe('what a review is of, and romanised particles inside a title', () => {
  table([
    { text: 'Welcome to my review of Hoshi no Kiba!! Minor spoilers ahead!!', found: 'Hoshi no Kiba' },
    { text: 'Here is a short review of Ashen Bay, written after one sitting.', found: 'Ashen Bay' },
    // A review of what a person did: the owner names no work.
    { text: "This is a review of Tom Hanks's performance alone.", found: null },
    // English "no" before a lower-case word joins nothing.
    { text: 'After the war Sasuke no longer trusts Kakashi at all.', found: null },
  ]);
});

describe('makers whose "of" names a work', () => {
  table([
    { text: 'The animation was led by a veteran (key animator of Steel Orchid) and it shows.', found: 'Steel Orchid' },
    { text: 'It comes from the creator of Paper Lanterns, so expect tears.', found: 'Paper Lanterns' },
    { text: 'The director of Hollow Tide returns with a slower film.', found: 'Hollow Tide' },
    // A director or producer heads festivals and firms too: after "the" no work is named.
    { text: 'She was named director of the Venice Film Festival last year.', found: null },
    // A person or an owner after "of".
    { text: "He is the writer of Tom Hanks's best speeches.", found: null },
  ]);
});

describe('a main title before the colon of a subject called a work', () => {
  table([
    { text: 'Captain Comet: Star Siege was a great sequel to the first one.', found: 'Captain Comet: Star Siege', none: ['Star Siege'] },
    // Labels and a speaker's name before a colon are no main title.
    { text: 'Final Thoughts: Star Siege was a great sequel to the first one.', found: 'Star Siege', none: ['Final Thoughts: Star Siege'] },
    { text: 'Overall Verdict: Star Siege was a great sequel to the first one.', found: 'Star Siege', none: ['Overall Verdict: Star Siege'] },
    { text: 'Tony Stark: Star Siege is a film about me, he joked.', found: 'Star Siege', none: ['Tony Stark: Star Siege'] },
  ]);
});

describe('a work in an equal comparison, "as good as X"', () => {
  table([
    { text: 'You will hardly find a shonen anime that grips you as much as Ember Trail. It is that good.', found: 'Ember Trail' },
    { text: 'This film is nearly as good as The Quiet Orchard, and far shorter.', found: 'The Quiet Orchard' },
    // "as well as" joins two names; no work noun before the cue; a person compared.
    { text: 'In this film you will recognise Edna Marsh as well as Zelda Pike.', found: null },
    { text: 'He is as tall as Goku in the anime.', found: null },
    { text: 'The film is as good as Tom Hanks in it.', found: null },
  ]);
});

describe('a subject the sentence calls a person or a part of a work', () => {
  table([
    { text: 'It is a grand adventure across many lands. Harold Vance was born to play this role, and he relishes it.', found: null },
    { text: 'I liked it a lot. Marcus Brill was the star of the film.', found: null },
    { text: 'I liked it a lot. Marcus Brill is the best character in the show.', found: null },
    // What holds a work up from inside is someone in it, however long the name.
    { text: 'Odile Marsh Ferrant is the heart of this film, and she knows it.', found: null },
    { text: 'I liked it a lot. Ben Tallow is the center of the whole movie.', found: null },
    // The same shapes with a work after "is": still found.
    { text: 'I liked it a lot. Rust Valley is a stand alone film of the saga.', found: 'Rust Valley' },
    { text: 'I liked it a lot. Rust Valley is a play in three acts.', found: 'Rust Valley' },
  ]);
});

describe("a title-case run that ends with a sequel's Roman numeral", () => {
  table([
    { text: 'Nothing here comes close to Swamp Ghosts II, which had real wit.', found: 'Swamp Ghosts II' },
    { text: 'Sadly Crowbeak IV is the weakest of the lot.', found: 'Crowbeak IV' },
    { text: 'I rented The Lantern Keepers III on a whim.', found: 'The Lantern Keepers III' },
    // A ruler, a war, a part of a work, a grade, a part someone plays, or numerals alone: no title.
    { text: 'The hall was built for Henry IV and rebuilt after World War II.', found: null },
    { text: 'My grandfather fought in WW II and never talked about it.', found: null },
    { text: 'Episode III is darker than the others, and the old house is Grade II listed.', found: null },
    { text: 'In the third one he returns as Marlow II, a robot.', found: null },
    // One given name no ruler reigns under, and a numeral: a sequel named after its hero.
    { text: 'The boxing in Bruno II is even sillier than in the first.', found: 'Bruno II' },
    { text: 'I liked Tobias III best of the three.', found: 'Tobias III' },
    { text: 'The portrait shows Edward II in his coronation robes.', found: null },
    { text: 'They read about Catherine II and her court.', found: null },
    { text: 'The plot that ties episodes II and III together is clever.', found: null },
  ]);
});

describe("a title numbered as a sequel by one digit after it", () => {
  table([
    { text: 'Compared to Copper Lantern 2 this sequel drags.', found: 'Copper Lantern 2' },
    // One word and a digit: where films are talked of, and after a list's last joiner.
    { text: 'Of all the horror films I rented, nothing beat Gristlewood 3 for sheer gore.', found: 'Gristlewood 3' },
    { text: 'Skip the Grey Orchard or Gristlewood 2, this is the worst movie of the year.', found: 'Gristlewood 2', none: ['Skip the Grey Orchard or Gristlewood 2'] },
    { text: 'The film is better than Quill and Quill 2 put together.', found: 'Quill 2', none: ['Quill and Quill 2'] },
    { text: 'Forget the Grey Orchard or Gristlewood 2, this is the goriest film yet.', found: 'Gristlewood 2', none: ['Grey Orchard or Gristlewood 2'] },
    { text: 'So GO RENT Copper Lantern 2 again, it is a better movie.', found: 'Copper Lantern 2', none: ['GO RENT Copper Lantern 2'] },
    // A text about animation numbers arcs and islands, not sequels.
    { text: 'The anime arcs are great and the manga even better; the Harbour Wars 7 arc is the best of the anime.', found: null },
    // A score form, a grade, a channel, an age, a name that goes on, a place away from any film.
    { text: 'My marks for the film: Story 8 Art 9 Sound 7 Overall 8.', found: null },
    { text: 'Music was weak. Decent 4. The movie drags.', found: null },
    { text: 'The film was shown on BBC 2 last night.', found: null },
    { text: 'The film stars a Brave 9-year-old who runs away.', found: null },
    { text: 'Protesters from the Mothers 4 Justice group were at the film premiere.', found: null },
    { text: 'They spent a week in Harbour 7 before sailing home.', found: null },
  ]);
});

describe('quote marks after a lower-case "the"', () => {
  table([
    // A thing of the story, a nickname or a term held up: no title.
    { text: 'The survivors run deep into the "Silver Marsh", where the locals wait.', found: null },
    { text: 'He threatens the order of the \'Grand Council\' on that planet.', found: null },
    { text: 'Fans call that long stretch the "Lantern Arc" and skip it.', found: null },
    // A work word near the marks, or a suffix of likeness after them: the title of a work.
    { text: 'I grew up on the "Harbour Lights" series and still love it.', found: 'Harbour Lights' },
    { text: 'Watching the "Quiet Orchard" again took me back.', found: 'Quiet Orchard' },
    { text: 'There is a long chase and the \'Iron Lantern\'-like finale drags.', found: 'Iron Lantern' },
    // The marks around "the" itself: a title written in lower case.
    { text: 'She hated “the Practice” and liked “Harbour Lights”.', found: 'Practice' },
  ]);
});

describe('a subject called a work whose kind a franchise or a genre qualifies', () => {
  table([
    { text: 'I saw it twice. Ember Trail is the first Copper Moon film to be shot abroad.', found: 'Ember Trail' },
    { text: 'I saw it twice. Ember Trail is one of those classic Sword-Fight movies from the seventies.', found: 'Ember Trail' },
    // An article and a possessive open one title; a number inside breaks no run into a lone word.
    { text: 'I saw it twice. The Miller\'s Lantern is a wonderful family film.', found: "The Miller's Lantern", none: ['Lantern'] },
    { text: 'Back to the 18th Harbour is one of those classic Sword-Fight movies.', found: null },
    // A person before the same words stays a person.
    { text: 'I saw it twice. Marcus Brill is the best Copper Moon actor.', found: 'Copper Moon', none: ['Marcus Brill'] },
  ]);
});

describe('a bracket right after a kind of work that names one example of it', () => {
  table([
    { text: 'I do enjoy silly films (Gravel Moon) with a crowd of friends.', found: 'Gravel Moon' },
    { text: 'This is no courtly drama (Queen of Amber Halls) and the plotting shows it.', found: 'Queen of Amber Halls' },
    // A person, a place, a stretch of a story or a word that is no title: none.
    { text: 'I liked the films (Daniel Prosser) a great deal.', found: null },
    { text: 'They shot the series (New Mexico) in winter.', found: null },
    { text: 'The series (Harbour Arc) drags on and on.', found: null },
    { text: 'The manga (Eventually) gets to the point.', found: null },
  ]);
});

describe('an honorific that opens a title before a series noun', () => {
  table([
    { text: 'It owes a lot to the Lord of the Marshes trilogy, and it shows.', found: 'Lord of the Marshes' },
    { text: 'I grew up on the Princess of Tallow Hill films.', found: 'Princess of Tallow Hill' },
    // An honorific and a name before the noun: a person's films, no title.
    { text: 'I grew up on the Lord Fenwick films.', found: null },
  ]);
});

describe('one given name before a crew noun and a full name', () => {
  table([
    { text: 'The guests included Clara actress Mina Dole and two singers.', found: 'Clara' },
    { text: 'Odds were short on Milo star Karl Lind for the prize.', found: 'Milo' },
    // A given name and a surname before the noun: a person, no title.
    { text: 'The guests included Clara Dole and her husband.', found: null },
    // Opening a sentence too: nobody is described by another person's first name alone.
    { text: 'The odds have moved. Milo star Karl Lind is now the favourite.', found: 'Milo' },
  ]);
});

describe('a one-word title that is a given name is no mention where a full name opens with it', () => {
  it('leaves the full name whole', () => {
    const text = 'Clara actress Mina Dole spoke first. The film follows Clara Voss from a farm to the stage.';
    const a = analyzeReview(text);
    const clara = a.works.find((w) => w.title === 'Clara');
    expect(clara?.mentions).toEqual([{ start: 0, end: 5 }]);
    // The one the film follows is its part (the story's subject), and the name stays whole.
    expect(a.characters.map((c) => c.name)).toContain('Clara Voss');
  });
  it('keeps the mention before "I" or a day, which no surname is', () => {
    const text = 'I loved the film Rosalind. After Rosalind I could not sleep. We saw Rosalind Friday night.';
    const rosalind = analyzeReview(text).works.find((w) => w.title === 'Rosalind');
    expect(rosalind?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Rosalind', 'Rosalind', 'Rosalind']);
    expect(rosalind?.mentions.map((m) => m.start)).toEqual([17, 33, 68]);
  });
});

describe('one word opening a sentence before a crew noun and a full name', () => {
  table([
    { text: 'The prize went to a newcomer. Marrowdene star Ivo Pratt thanked his parents.', found: 'Marrowdene' },
    { text: 'Votes were counted overnight. Quillfeather writer Nora Vance was in the audience.', found: 'Quillfeather' },
    // A field, a rank, a medium or a prize opens the sentence as a kind of performer: no title.
    { text: 'The show ran late. Veteran actor Ivo Pratt closed it.', found: null },
    { text: 'The show ran late. Jazz star Nora Vance closed it.', found: null },
    { text: 'The show ran late. Screen actress Nora Vance closed it.', found: null },
    { text: 'The show ran late. Oscar host Ivo Pratt closed it.', found: null },
    // Without a full name after the noun, one opening word names no work.
    { text: 'The show ran late. Marrowdene star Ivo closed it.', found: null },
  ]);
});

describe('one word that closes the phrase after a strong watch verb', () => {
  table([
    { text: 'Last winter I finished Lanternfall. It took me months.', found: 'Lanternfall' },
    { text: 'When I started watching Brightwater, I could not stop.', found: 'Brightwater' },
    // No mark, but a preposition, a word of time or a new clause's subject closes the object.
    { text: 'I rewatched Lanternfall with my brother over the holidays.', found: 'Lanternfall' },
    { text: 'We watched Lanternfall twice in one week.', found: 'Lanternfall' },
    { text: 'When I first watched Brightwater I was not impressed at all.', found: 'Brightwater' },
    { text: 'Do not watch Brightwater until the last season is out.', found: 'Brightwater' },
    // A clause goes on from it, or it is a given name: a person watched.
    { text: 'I love watching Brightwater fight the others.', found: null, none: ['Brightwater'] },
    { text: 'At the park we watched Tom. He was fast.', found: null, none: ['Tom'] },
    { text: 'At the park we watched Tom with his dog.', found: null, none: ['Tom'] },
    { text: 'I love watching Brightwater argue with the others.', found: null, none: ['Brightwater'] },
    // "Of" goes on with a longer title; someone in the story watching names someone watched.
    { text: 'Mira watched Brightwater from the window, smiling.', found: null, none: ['Brightwater'] },
    { text: 'On a rainy night you could watch Night of the long knives, a dull thriller.', found: null, none: ['Night'] },
    { text: 'We watched Brightwater and Lanternfall on the same night.', found: null, none: ['Brightwater'] },
  ]);
});

describe('a watched word that does something elsewhere in the text', () => {
  it('stays a character, its watched mention the work named after it', () => {
    const text = 'Brightwater fights the others for the crown. I first watched Brightwater as a boy.';
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name)).toEqual(['Brightwater']);
    expect(a.characters[0]?.mentions.map((m) => m.start)).toEqual([0]);
    expect(a.works.map((w) => w.title)).toEqual(['Brightwater']);
    expect(a.works[0]?.mentions.map((m) => m.start)).toEqual([61]);
  });
});

describe('a watched word listed beside other names elsewhere in the text', () => {
  it('leaves the list a cast, no list mate taken for a title', () => {
    const text = 'I watched Brightwater for years. My favourites are Orla, Brightwater, Kenji and Sora.';
    const a = analyzeReview(text);
    expect(a.characters.map((c) => c.name).sort()).toEqual(['Brightwater', 'Kenji', 'Orla', 'Sora']);
    expect(a.works.map((w) => w.title)).not.toContain('Orla');
  });
});

describe('a title line that opens with a review word and a colon names the rest of the line', () => {
  table([
    { text: 'DVD review: I, Lantern\n\nThe robots rise again in this thriller.', found: 'I, Lantern' },
    { text: 'Film review: Molly Ray and the Copper Key\n\nThe third film is darker, and Molly Ray grows up fast.', found: 'Molly Ray and the Copper Key', none: ['Molly Ray'] },
  ]);
});
