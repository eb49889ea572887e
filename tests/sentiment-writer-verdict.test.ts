// What counts toward the writer's verdict: sentences about the work (its cast, pacing, effects…)
// weigh in full while sentences that retell the story count less, and the readers' comments below
// a post are left out of the document's reading.
import { describe, expect, it } from 'vitest';
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
