// What counts toward the writer's verdict: sentences about the work (its cast, pacing, effects…)
// weigh in full while sentences that retell the story or quote someone count less, and the
// readers' comments below a post are left out of the document's reading.
import { describe, expect, it } from 'vitest';
import { QUOTING_SENTENCE_WEIGHT, VERDICT_WEIGHT } from '../src/data/sentiment-rules';
import { resolveOptions } from '../src/options';
import { runPipeline } from '../src/pipeline';
import type { SentenceScore } from '../src/stages/7-sentiment';
import { documentReading } from '../src/stages/7-sentiment/document';

const run = (text: string) => runPipeline(text, resolveOptions(undefined));

describe('a sentence about a part of the work is not plot description', () => {
  it.each<[string, boolean]>([
    ['The pacing drags badly in the middle hour.', false],
    ['Its cast is wonderful from top to bottom.', false],
    ['The cinematography alone makes it worth the ticket.', false],
    ['The dialogue sounds stiff and forced.', false],
    ['Cheap effects ruin every monster scene.', false],
    ['The animation is fluid and gorgeous.', false],
    ['Two stiff performances sink the romance.', false],
    ['The soundtrack carries the quiet scenes.', false],
    // Story events with no word about the work are plot description.
    ['A brutal gang murders the old farmer and burns his barn.', true],
    ['Her brother dies in the war before the winter ends.', true],
  ])('%j: plot %s', (text, plot) => {
    const [s] = run(text).sentiment.sentences as [SentenceScore];
    expect(s.plot).toBe(plot);
  });
});

describe('a story told in grim words beside a verdict', () => {
  const story = ['A drifter kills a rancher and the town hunts him through the desert.', 'The sheriff loses his deputy in an ugly ambush.', 'The siege ends badly for everyone.'];
  it('a verdict on the work weighs more than the same praise of the story\'s people', () => {
    const onWork = run([...story, 'The pacing is superb and the cast is excellent.'].join(' '));
    const onPeople = run([...story, 'The sheriff is superb and the deputy is excellent.'].join(' '));
    expect((onWork.sentiment.sentences[3] as SentenceScore).plot).toBe(false);
    expect((onPeople.sentiment.sentences[3] as SentenceScore).plot).toBe(true);
    expect(onWork.analysis.sentiment.score).toBeGreaterThan(onPeople.analysis.sentiment.score + 0.1);
  });
});

describe('a sentence that quotes someone weighs less than the writer\u2019s own', () => {
  it.each<[string, number]>([
    // Quoted speech: the praise or blame inside the marks is the speaker's.
    ['\u201cIt is the happiest I have ever been on a set,\u201d the lead actress told reporters.', QUOTING_SENTENCE_WEIGHT],
    ['The producer said the shoot was \u201ca complete nightmare from start to finish\u201d.', QUOTING_SENTENCE_WEIGHT],
    ['Overall, as my neighbour put it, \u201cthis is a lovely little film and I would see it again\u201d.', VERDICT_WEIGHT * QUOTING_SENTENCE_WEIGHT],
    // The writer's own words, with no quote or only a work's title in quote marks.
    ['The ending is lovely and the music is superb.', 1],
    ['I rewatched \u201cThe Long Night\u201d and loved it even more.', 1],
    ['I rewatched \u201cThe Long Night\u201d and admired it even more.', 1],
    ['Overall, a lovely little film.', VERDICT_WEIGHT],
  ])('%j weighs %d', (text, weight) => {
    const sentences = run(text).sentiment.sentences;
    expect(sentences).toHaveLength(1);
    expect((sentences[0] as SentenceScore).weight).toBeCloseTo(weight, 10);
  });

  it('praise a star speaks moves the document less than the same praise in the writer\u2019s words', () => {
    // The writer's own blame in both texts: the score is a weighted mean over scored sentences, so
    // the praise weighs less against it only when the quoting sentence weighs less.
    const report = ['The festival opened on Friday night in the old harbour.', 'Tickets sold out within an hour of going on sale.', 'The film runs for two hours and was shot in Lisbon.', 'Sadly the sound in the hall was muddy and the subtitles were poor.'];
    const quoted = run([...report, '\u201cIt is a wonderful, beautiful, brilliant film,\u201d its director said.'].join(' '));
    const own = run([...report, 'It is a wonderful, beautiful, brilliant film, its director says.'].join(' '));
    expect((quoted.sentiment.sentences[3] as SentenceScore).voice.quoting).toBe(false);
    expect((quoted.sentiment.sentences[3] as SentenceScore).writer).toBeLessThan(0);
    expect((quoted.sentiment.sentences[4] as SentenceScore).voice.quoting).toBe(true);
    expect((own.sentiment.sentences[4] as SentenceScore).voice.quoting).toBe(false);
    expect(own.analysis.sentiment.score).toBeGreaterThan(quoted.analysis.sentiment.score);
  });
});

describe('the line that opens the readers\u2019 comments', () => {
  it.each<[string, boolean]>([
    ['Comments', true],
    ['12 Comments', true],
    ['Leave a Reply', true],
    ['Leave a comment', true],
    ['3 Responses', true],
    ['14 thoughts on \u201cThe Long Night\u201d', true],
    ['5 responses to \u201cMy season two diary\u201d', true],
    ['## 12 Comments', true],
    ['**Leave a Reply**', true],
    ['Comments (4)', true],
    // The writer's own heading that goes on is not the comments.
    ['Comments on the last episode', false],
    ['Thoughts on the finale', false],
    ['### Comments on the last episode', false],
    // A sentence inside a paragraph is prose, whatever its words.
    ['I read the comments. They were kind.', false],
  ])('%j opens the comments: %s', (line, opens) => {
    const text = `I loved the first season.\n\n${line}\n\nThe writer is wrong, this show is awful.`;
    const sentences = run(text).sentiment.sentences;
    expect(sentences.some((s) => s.opensComments)).toBe(opens);
  });

  it('ends the document: the comments below do not move its label', () => {
    const post = 'The second season is a delight. I loved every episode and the cast is superb.';
    const comments = 'Terrible take. This show is awful, boring and badly written. Worst drama ever, a total waste.';
    const withComments = `${post}\n\nLeave a Reply\n\n${comments}`;
    const a = run(withComments);
    expect(a.analysis.sentiment.label).toBe('positive');
    // The same reading as the post alone.
    const alone = run(post);
    expect(documentReading(a.sentiment, a.segmentation.blocks).reading).toEqual(documentReading(alone.sentiment, alone.segmentation.blocks).reading);
    // Without the comments line the readers' words are read as the writer's.
    expect(run(`${post}\n\n${comments}`).analysis.sentiment.label).not.toBe('positive');
  });
});
