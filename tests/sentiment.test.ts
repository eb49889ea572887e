import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { SURE_BALANCE_WEIGHT, SURE_INTERCEPT, SURE_SCORE_WEIGHT } from '../src/data/sentiment-rules';
import { WORD_SHIFTS } from '../src/data/sentiment-word-shifts';
import { readSentences } from '../src/stages/7-sentiment/aggregate';
import { round3 } from '../src/text/round3';
import type { SentenceVoice } from '../src/stages/7-sentiment/types';

const doc = (text: string) => analyzeReview(text).sentiment;

/** A word's lexicon score with its learned shift (src/data/sentiment-word-shifts.ts). */
const shifted = (word: string, lexicon: number): number => lexicon + (WORD_SHIFTS.get(word) ?? 0);
/**
 * The confidence of a positive or negative label with `score` and the balance
 * of praise and blame (the smaller side over the larger): the fitted
 * curve of src/data/sentiment-rules.ts (refitted by `node scripts/eval-sentiment.mjs --fit`), to
 * three places.
 */
const sure = (score: number, balance = 0): number =>
  Math.round(1000 / (1 + Math.exp(-(SURE_INTERCEPT + SURE_SCORE_WEIGHT * Math.abs(score) + SURE_BALANCE_WEIGHT * balance)))) / 1000;

describe('work titles never move a score', () => {
  it.each([
    ['I watched All of Us Are Dead with my sister yesterday.', 'All of Us Are Dead'],
    ['Last night I binged The Walking Dead with friends.', 'The Walking Dead'],
    ['My sister loves the series called Hellbound.', null],
  ])('%j', (text, work) => {
    const a = analyzeReview(text);
    if (work) {
      expect(a.sentiment.score).toBe(0);
      expect(a.works.map((w) => w.title)).toEqual([work]);
    } else {
      expect(a.works.map((w) => w.title)).toEqual(['Hellbound']);
    }
  });
  it('masks a title the caller names, keeping offsets', () => {
    const text = 'Kill Bill was on again tonight.';
    const plain = analyzeReview(text);
    const masked = analyzeReview(text, { works: ['Kill Bill'] });
    expect(plain.sentiment.label).toBe('negative');
    expect(masked.sentiment).toEqual({ score: 0, label: 'neutral', confidence: 1 });
    expect(masked.works[0]?.mentions).toEqual([{ start: 0, end: 9 }]);
  });
  it('masks names: "Ha-Ri" is not laughter', () => {
    expect(doc('His sister is Ha-Ri. We saw Ha-Ri at school.')).toEqual({ score: 0, label: 'neutral', confidence: 1 });
  });
});

describe('review rules the lexicon lacks', () => {
  it.each([
    ['This character is unimportant.', 'negative'],
    ['The plot was unfunny and unoriginal.', 'negative'],
    ['The episode is too long.', 'negative'],
    ['There are too many characters.', 'negative'],
    ['The ending was too good!', 'positive'],
    ['Me too.', 'neutral'],
    ['I loved it, the acting is great.', 'positive'],
    ['It was not good at all.', 'negative'],
    ['The ending is boring and a waste of time.', 'negative'],
    // Review words wink's lexicon lacks, with wink's negation.
    ['The plot was predictable and the dialogue clunky.', 'negative'],
    ['The noodles were tasty.', 'positive'],
    ['The case feels flimsy.', 'negative'],
    ['The ending was not predictable.', 'positive'],
    ['An underrated drama with a stellar cast.', 'positive'],
    ['The costumes are impeccable and the heist is suspenseful.', 'positive'],
    ['The sequel felt lackluster from start to end.', 'negative'],
    ['A short, bingeable season with a rewatchable finale.', 'positive'],
    // The writer shrugging or dozing off, and a work gone wholly wrong.
    ['The second half was a snoozefest.', 'negative'],
    ['Honestly the new opening song is meh.', 'negative'],
    ['The finale of that cooking contest was a trainwreck.', 'negative'],
    ['The finale was far from meh.', 'positive'],
    // Inflected verbs score as their lemma; plural nouns and "stars" as a verb do not.
    ['The sequel lacks charm.', 'negative'],
    ['The second half lacked any tension.', 'negative'],
    ['Lee Jung-jae stars as Gi-hun.', 'neutral'],
    // "less" lowers the word it comes before, or the one after that; a negator before it turns it back.
    ['The second season is less and less exciting.', 'negative'],
    ['Its finale was less than memorable.', 'negative'],
    ['The remake is less violent than the original.', 'positive'],
    ['Her turn as the mother is no less impressive.', 'positive'],
    ['The score is nothing less than wonderful.', 'positive'],
    // "more or less" hedges the word after it and lowers nothing.
    ['The plot is more or less enjoyable.', 'positive'],
    ['The jokes were more or less funny throughout.', 'positive'],
    ['The villain is more or less pointless.', 'negative'],
    // A negator reaches three words ahead, no further.
    ['I had no complaints about the sound quality at all.', 'positive'],
    ['There is barely a boring moment.', 'positive'],
    ['It is not really that good.', 'negative'],
    ['Never have I seen such a beautiful film.', 'positive'],
    // A subject pronoun after a punctuation mark opens a clause of its own: the negator before the mark does not reach it.
    ["I won't lie, I adored the finale.", 'positive'],
    ['The middle never dragged, it thrilled us.', 'positive'],
    ['No, we enjoyed every minute.', 'positive'],
    // A word followed by a stop or comma is no emoticon: "off" there is no blame.
    ['Her gamble pays off. The crowd scenes look gorgeous.', 'positive'],
    ['They cut the scene off, and the ending is lovely.', 'positive'],
    // A list after a negator keeps it, and so does a new subject with no mark before it.
    ['The pilot is not witty, charming or tense.', 'negative'],
    ["I don't think it was a clever episode.", 'negative'],
    // A negated "can" with a verb of praising and "enough" is praise beyond words.
    ["I can't say enough kind words about this little film.", 'positive'],
    ['I cannot praise the lead actress enough.', 'positive'],
    ["We couldn't thank the crew enough for this lovely series.", 'positive'],
    // Not when "enough" measures something, or the negated verb is no praising.
    ['We could not find enough funny moments to fill a trailer.', 'negative'],
    ["The sequel can't be clever enough for its fans.", 'negative'],
    // Warnings to the reader, and review phrases.
    ["Don't waste your money.", 'negative'],
    ['Please do not buy this phone.', 'negative'],
    ['Never order from them.', 'negative'],
    ["Don't even bother with the sequel.", 'negative'],
    ['It is not a waste of time.', 'positive'],
    ["Don't miss it!", 'positive'],
    ['Two thumbs up!', 'positive'],
    ['I sent it back the next day.', 'negative'],
    ['I want my money back.', 'negative'],
    // "left" tells where people went or what remains, no opinion of the work.
    ['Marta left the farm and her brother left for the city.', 'neutral'],
    ['Only two guards are left at the gate.', 'neutral'],
    // A work that leaves its viewer cold is blamed as a phrase.
    ['The second season left me cold.', 'negative'],
    ['Sadly the finale leaves you cold.', 'negative'],
    // "down" gives a direction, no opinion; a work that lets its viewer down, slides downhill or is
    // thinned down is blamed as a phrase, and one that never let them down is praised.
    ['The crew sat down by the harbour and wrote down the names.', 'neutral'],
    ['It all comes down to the two brothers and their old boat.', 'neutral'],
    ['Sadly the last season let me down.', 'negative'],
    ['The plot went downhill after the wedding arc.', 'negative'],
    ['From the tenth episode on it goes down hill.', 'negative'],
    ['The sequel dumbed down every joke of the first film.', 'negative'],
    ['Her third record never let us down.', 'positive'],
    // A viewer who leaves halfway through blames the work; leaving halfway up a hill is the story.
    ['We walked out halfway through the second act.', 'negative'],
    ['Honestly, I left half way through.', 'negative'],
    ['Tomas left halfway up the ridge.', 'neutral'],
    // What a modal before "have been" says did not happen turns round; a negated one says it did.
    ['The finale could have been a brilliant hour of television.', 'negative'],
    ['Her second album should have been far more exciting.', 'negative'],
    ['The pilot might have been charming with a shorter runtime.', 'negative'],
    ["The sets couldn't have been better.", 'positive'],
    // "far from" denies what follows as "not" does.
    ['Her new thriller is far from flawless.', 'negative'],
    ['The long middle act was far from dull.', 'positive'],
    // A work that falls short, can't hold a candle to another or doesn't cut it loses.
    ['The remake falls short of the stage version.', 'negative'],
    ["The new voice cast just doesn't cut it.", 'negative'],
    ['Honestly the sequel could have been much worse.', 'positive'],
  ])('%j is %s', (text, label) => {
    expect(doc(text).label).toBe(label);
  });
  it.each(["His sequel can't hold a candle to the original.", 'This reboot cannot hold a candle to the first one.'])('reads %j as blame, more than a bare negation', (text) => {
    expect(doc(text).score).toBeLessThanOrEqual(-0.5);
  });
});

describe('a negator before a partitive', () => {
  // The negator scopes over the noun phrase the partitive opens, however far the opinion word stands.
  it.each([
    ['Her latest novel is not one of her best.', -1],
    ["The sequel isn't one of the studio's finest efforts.", -1],
    ['This record is hardly among the great ones.', -1],
    ['That season has never been one of my favourites.', -1],
    ["It isn't one of the worst shows I have seen.", 1],
    // "not only" praises.
    ['It is not only one of the best plays of the decade.', 1],
  ])('%j scores with sign %d', (text, sign) => {
    expect(Math.sign(doc(text).score)).toBe(sign);
  });
  // A kind ("one of those"), a noun that only modifies the head, or an adverb, is read as without the negator.
  it.each([
    ['This is not one of those dull remakes.', 'This is one of those dull remakes.'],
    ['Not one of the fan moments felt forced.', 'One of the fan moments felt forced.'],
    ['It may not be one of the most well known plays.', 'It may be one of the most well known plays.'],
  ])('%j reads its opinion word as %j does', (negated, plain) => {
    expect(doc(negated).score).toBe(doc(plain).score);
  });
});

describe('a negated verb of judging', () => {
  // The negation of "think", "find", "seem", … denies the clause the verb takes, however far the opinion word stands.
  it.each([
    ["I didn't find the puns or the sight gags funny.", -1],
    ["I don't think the second half of the season is good.", -1],
    ["We never found the lead couple very convincing.", -1],
    ["The final twist doesn't seem like a particularly clever idea.", -1],
    ["I don't really think the new score was boring.", 1],
    ["Honestly I didn't find the slow middle act so dreadful.", 1],
    ["I don't think of the sequel as a great film.", -1],
    ["Frankly I didn't think the remake was so awful.", 1],
    // A denied judgement: the writer is not saying what the clause says.
    ["I'm not saying the soundtrack of the second season is bad.", 1],
    ['I am not saying the final episode was brilliant.', -1],
    ["Now, I'm not saying that the villains in this series are dull.", 1],
    ['She kept saying the food at the wedding was awful.', -1],
  ])('%j scores with sign %d', (text, sign) => {
    expect(Math.sign(doc(text).score)).toBe(sign);
  });
  // What ends the clause, a verb that recalls, a surprise and astonishment leave the opinion word as without the negator.
  it.each([
    ["I didn't think so, but the ending is wonderful.", 'I thought so, but the ending is wonderful.'],
    ["I don't think I have ever seen a more beautiful film.", 'I think I have ever seen a more beautiful film.'],
    ["I can't think of a better way to spend an evening.", 'I can think of a better way to spend an evening.'],
    ['I never thought I would love a musical this much.', 'I thought I would love a musical this much.'],
    ["I didn't think the sequel would be so funny.", 'I thought the sequel would be so funny.'],
    ["I couldn't believe the ending was so moving.", 'I could believe the ending was so moving.'],
    ["I can't think of one that is as poorly written as this one.", 'I can think of one that is as poorly written as this one.'],
  ])('%j reads its opinion word as %j does', (negated, plain) => {
    const praises = (text: string) => doc(text).score > 0;
    expect(praises(negated)).toBe(praises(plain));
  });
});

describe('emoji and emoticons', () => {
  it.each([
    ['Episode 3 😍', 'positive'],
    ['Episode 3 😡', 'negative'],
    ['Loved it :)', 'positive'],
    ['Meh :(', 'negative'],
    ['The finale 👎', 'negative'],
  ])('%j is %s', (text, label) => {
    expect(doc(text).label).toBe(label);
  });
});

describe('section aggregation', () => {
  it('is not dragged to zero by neutral sentences', () => {
    const neutral = 'They walk to the school. The door is open. It is Monday. '.repeat(5);
    const a = analyzeReview(`My Verdict\n\nThe acting is brilliant. I loved the ending. ${neutral}`);
    expect(a.sections[0]?.sentiment.label).toBe('positive');
    expect(a.sections[0]?.sentiment.score).toBeGreaterThan(0.3);
    // One passing opinion among fifteen plain sentences is almost none: the score keeps it, the label does not.
    const one = analyzeReview(`My Verdict\n\nThe acting is brilliant. ${neutral}`);
    expect(one.sections[0]?.sentiment.score).toBeGreaterThan(0.3);
    expect(one.sections[0]?.sentiment.label).toBe('neutral');
  });
  it('keeps the lean of praise and blame that nearly cancel: no score of 0 beside opinion', () => {
    // Two sentences of a single hit each: +0.5 and -0.5004 lean -0.0002, which rounds to 0.
    const sentence = (start: number, leaned: number) => ({ start, end: start + 10, hits: 1, leaned, writer: leaned, writerHits: 1, conceded: 0, concededHits: 0, weight: 1, stress: 1, heading: false, plot: false, others: false, words: 5, opensComments: false, voice: {} as SentenceVoice });
    const data = { sentences: [sentence(0, 0.5), sentence(20, -0.5004)], hits: [], wordStarts: [] };
    expect(readSentences(data, [0, 1], 'plain').score).toBe(-0.001);
    expect(readSentences(data, [0], 'plain').score).toBe(0.5);
  });
  it('counts the words of a heading for its section', () => {
    const a = analyzeReview('Intro\n\nWe watched it.\n\nUnimportant Character\n\nA soldier telephones his mother.');
    const s = a.sections.find((x) => x.heading?.text === 'Unimportant Character');
    expect(s?.sentiment.label).toBe('negative');
  });
  // A judgement that turns inside one sentence: a turn no stronger than the praise it concedes
  // leaves both standing, a stronger one settles the section; the document reads its verdict.
  it.each([
    ['I adored the songs and the wonderful lead, but the story is a dreadful mess.', 'mixed', 'negative'],
    ['The first half is dull, but the ending is superb.', 'positive', 'positive'],
    ['The songs are lovely, but the story is a little dull.', 'negative', 'negative'],
  ])('reads the section %j as %s, the document as %s', (sentence, section, whole) => {
    const a = analyzeReview(`Thoughts\n\n${sentence}`);
    expect([a.sections[0]?.sentiment.label, a.sentiment.label]).toEqual([section, whole]);
  });
  it('calls strong opposite sentences with a balanced mean mixed', () => {
    const a = analyzeReview('Thoughts\n\nThe acting was excellent and wonderful. The script was horrible and awful.');
    expect(a.sections[0]?.sentiment.label).toBe('mixed');
  });
  it('weighs blame of the same strength as praise 1.5 times', () => {
    // fine +0.4 and dull -0.4 in the lexicon, each with its learned shift; the mean of the two
    // sentences with blame weighed 1.5 times, in either order.
    const score = round3((shifted('fine', 0.4) + 1.5 * shifted('dull', -0.4)) / 2);
    expect(score).toBeLessThan(round3((shifted('fine', 0.4) + shifted('dull', -0.4)) / 2));
    const balance = Math.min(shifted('fine', 0.4), -shifted('dull', -0.4)) / Math.max(shifted('fine', 0.4), -shifted('dull', -0.4));
    expect(doc('The acting is fine. The plot is dull.')).toEqual({ score, label: 'negative', confidence: sure(score, balance) });
    expect(doc('The plot is dull. The acting is fine.')).toEqual({ score, label: 'negative', confidence: sure(score, balance) });
  });
  it('reads a negator in a sentence without opinion words as a weak complaint', () => {
    // -0.1, weighed 1.5 times as blame.
    expect(doc('It does not stay on my ear.')).toEqual({ score: -0.15, label: 'negative', confidence: sure(-0.15) });
    expect(doc('Never got it.')).toEqual({ score: -0.15, label: 'negative', confidence: sure(-0.15) });
    // Only where no opinion word speaks: great (+0.6 in the lexicon, shifted) and the cue average.
    const score = round3((shifted('great', 0.6) - 0.15) / 2);
    expect(doc('The acting is great. It is not long.')).toEqual({ score, label: 'positive', confidence: sure(score, 0.1 / shifted('great', 0.6)) });
    expect(doc('The acting is not great.').label).toBe('negative');
  });
  it('gives neutral 0 to a text without opinion words', () => {
    expect(doc('The show has twelve episodes.')).toEqual({ score: 0, label: 'neutral', confidence: 1 });
  });
});

describe('the work a review title names', () => {
  it.each([
    ['Squid Game Review\n\nI liked it.', 'Squid Game'],
    ['Review: Hellbound\n\nI liked it.', 'Hellbound'],
    ['My Review of Kingdom Season 2\n\nI liked it.', 'Kingdom'],
    ['All of Us Are Dead – My Review\n\nI liked it.', 'All of Us Are Dead'],
  ])('%j → %s', (text, work) => {
    const a = analyzeReview(text);
    expect(a.works.map((w) => w.title)).toEqual([work]);
    expect(a.sections[0]?.sentiment.label).toBe('positive');
  });
});

describe('names are not taken for titles', () => {
  it.each([
    ['She was a little girl called Anne, and Anne liked it.', 'Anne'],
    ['I read the book Diana lent me, then Diana left.', 'Diana'],
    ['She won’t let Diana play with anybody, said Diana.', 'Diana'],
    ['_Anne_ was late again, and Anne knew it.', 'Anne'],
  ])('%j keeps %s a name', (text, name) => {
    const a = analyzeReview(text);
    expect(a.works).toEqual([]);
    expect(a.characters.map((c) => c.name)).toContain(name);
  });
  it('still reads "a series called X" as a work', () => {
    expect(analyzeReview('It is a new series called Hellbound.').works.map((w) => w.title)).toEqual(['Hellbound']);
  });
});

describe('explicit ratings', () => {
  it.each([
    ['Great fun. 8/10', { value: 8, scale: 10 }, '8/10'],
    ['A mess, frankly. I give it 3 out of 10.', { value: 3, scale: 10 }, '3 out of 10'],
    ['Solid drama, 7.5 / 10 from me.', { value: 7.5, scale: 10 }, '7.5 / 10'],
    ['My rating: ★★★★☆', { value: 4, scale: 5 }, '★★★★☆'],
    ['Easily 4.5 stars.', { value: 4.5, scale: 5 }, '4.5 stars'],
    ['First I thought 4/10, but by the end it was 9/10.', { value: 9, scale: 10 }, '9/10'],
    ['Five stars, no doubt.', { value: 5, scale: 5 }, 'Five stars'],
    ['I would give it zero stars!', { value: 0, scale: 5 }, 'zero stars'],
    ['Only one star from me.', { value: 1, scale: 5 }, 'one star'],
    // Letter grades after a cue, on a scale of 12 (F 0, C 5, B+ 9, A- 10, A+ 12).
    ['Final grade: A-', { value: 10, scale: 12 }, 'A-'],
    ['I give it a B+.', { value: 9, scale: 12 }, 'B+'],
    ['Give this show an A+!', { value: 12, scale: 12 }, 'A+'],
    ['Rating: C', { value: 5, scale: 12 }, 'C'],
    ['Verdict – F', { value: 0, scale: 12 }, 'F'],
  ])('%j → %o', (text, want, slice) => {
    const r = analyzeReview(text).rating;
    expect(r).toMatchObject(want);
    expect(text.slice(r?.start, r?.end)).toBe(slice);
  });
  it.each(['It aired on 6/10/2022.', 'Open 24/7 all year.', 'I watched 3 of 5 episodes.', 'The 9/11 episode.', 'She is the one star of the show.', 'Someone stars in it.', 'Two stars and a director walk in.', 'It has a B-movie feel.', 'Plan B is fine.', 'Grade school friends.', 'Vitamin C helps.', 'The C-section scene.', 'I give it a chance.', 'The score is A minor.'])('%j has no rating', (text) => {
    expect(analyzeReview(text).rating).toBeNull();
  });
  it('weighs a letter grade like any rating', () => {
    expect(analyzeReview('The plot had a few good moments. Grade: D').sentiment.label).toBe('negative');
  });
  it('weighs a rating strongly in the document score', () => {
    expect(analyzeReview('The plot had a few good moments and some great shots. 2/10').sentiment.label).toBe('negative');
    expect(analyzeReview('The plot had a few good moments and some great shots.').sentiment.label).toBe('positive');
  });
  // A middling rating says the writer comes down on neither side: with praise and blame beside it,
  // however mild or uneven, the document is mixed; without both, the text decides.
  it.each([
    ['The battle scenes are stunning and the music is superb. The romance is a dull, boring mess. 5/10', 'mixed'],
    ['I had mixed feelings. The songs were nice and the sets were pretty and the cast was likeable. The middle act dragged a little. 5/10', 'mixed'],
    ['Nice costumes, a likeable lead. The villain plot felt a bit dull. Score: 5.4/10', 'mixed'],
    ['Rating: 2.5/5. Gorgeous animation, wonderful voice work. Sadly the ending is an awful, lazy mess.', 'mixed'],
    ['The romance is a dull, boring mess and the jokes are awful. 5/10', 'negative'],
    ['The battle scenes are stunning and the music is superb. 5/10', 'positive'],
    // Reviewers grade high: "6/10" and "3/5" are the middle to their readers, "6.5/10" leans to praise.
    ['The battle scenes are stunning and the music is superb. The romance is a dull, boring mess. 6/10', 'mixed'],
    ['Lovely colours, a warm cast. The last act is a tedious slog. 3/5', 'mixed'],
    ['The battle scenes are stunning and the music is superb. The romance is a dull, boring mess. 6.5/10', 'positive'],
    ['The battle scenes are stunning and the music is superb. The romance is a dull, boring mess. 4/10', 'negative'],
    ['The songs were nice and the sets were pretty. The middle act dragged a little. 4.5/10', 'negative'],
    ['The songs were nice and the sets were pretty. The middle act dragged a little. 5.5/10', 'mixed'],
    ['The battle scenes are stunning and the music is superb. 6/10', 'positive'],
  ])('%j is %s', (text, label) => {
    expect(analyzeReview(text).sentiment.label).toBe(label);
  });
});

describe('review rules', () => {
  const score = (text: string) => analyzeReview(text).sentiment.score;
  it('weighs the clause after "but" over the one before', () => {
    expect(score('The cast is good, but the plot is a terrible mess.')).toBeLessThan(score('The cast is good and the plot is a terrible mess.'));
  });
  it('weighs the main clause over a concessive opening', () => {
    expect(score('Although the acting is great, the film is boring.')).toBeLessThan(0);
  });
  // "though" inside or closing a sentence makes no clause the point: it weighs like plain "and".
  it.each([
    ['The songs are lovely, though the plot drags.', 'The songs are lovely and the plot drags.'],
    ['The villain was dull, though the heroine was wonderful.', 'The villain was dull and the heroine was wonderful.'],
    ['The pacing is awful though.', 'The pacing is awful.'],
    ['The sets are charming, though.', 'The sets are charming.'],
  ])('weighs %j as %j', (text, plain) => {
    expect(score(text)).toBe(score(plain));
  });
  it('strengthens an opinion after an intensifier and softens it after a hedge', () => {
    expect(score('It was extremely good.')).toBeGreaterThan(score('It was good.'));
    expect(score('It was slightly good.')).toBeLessThan(score('It was good.'));
    expect(score('It was a bit boring.')).toBeGreaterThan(score('It was boring.'));
  });
  it('weighs plot vocabulary less than opinion', () => {
    expect(Math.abs(score('The zombies kill everyone.'))).toBeLessThan(Math.abs(score('The acting is awful.')));
  });
  // The lexicon scores the police and arrests as blame; in a review they tell the story.
  it.each(['The police arrive at dawn.', 'The police arrested him.'])('reads %j as plot, never strong blame', (text) => {
    expect(score(text)).toBeGreaterThan(-0.5);
  });
  it.each<string>(['The start is bad. Overall, it is great.', 'The start is weak. Overall, it is great.'])('counts a verdict sentence twice: %j', (text) => {
    const a = analyzeReview(text);
    expect(a.sentiment.label).toBe('positive');
  });
});
