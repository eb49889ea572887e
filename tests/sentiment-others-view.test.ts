// A sentence that reports what other people think of the work ("people say it is too long") is
// not the writer's own verdict: it weighs as plot description does.
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/options';
import { runPipeline } from '../src/pipeline';
import type { SentenceScore } from '../src/stages/7-sentiment';

const run = (text: string) => runPipeline(text, resolveOptions(undefined));

describe('others\u2019 view of the work weighs as plot description', () => {
  it.each<[string, boolean]>([
    ['Plenty of people say this series is far too long.', true],
    ['Critics called the second season a dreary mess.', true],
    ['Haters complain that the animation looks cheap.', true],
    ['Some viewers tend to criticise the slow first act.', true],
    ['People who hate this show just never gave it a chance.', true],
    ['A few fans thought the finale was rushed and silly.', true],
    // A participle names the view as well as a verb does.
    ['Lots of people complaining about the ending missed the whole point.', true],
    ['Haters keep saying the fight scenes are dull.', true],
    // A quantifier right before a verb of saying, maybe past one modal, stands for people.
    ['Some say the second season drags on forever.', true],
    ['Many would argue that the finale is a letdown.', true],
    ['Most will call it overlong and dreary.', true],
    // Before anything else it is a determiner: the writer's own judgement.
    ['Some fights in this film feel rushed and clumsy.', false],
    ['Many of the jokes in this film feel stale.', false],
    // A forecast for a group is the writer recommending the work to them.
    ['Fans will find the finale moving and the cast superb.', false],
    ['People should see this film for its wonderful score.', false],
    // A group word far from any verb of saying or holding a view reports nothing.
    ['The people in charge of the dubbing did an awful job on this series.', false],
    // The writer joins the group: the view is the writer's own.
    ['Viewers like me find the second season dull and slow.', false],
    // A group after "for" is the audience the writer judges the work for.
    ['This show is a waste of time for people who think about the plot.', false],
    // A group named late reports a side clause; the sentence is the writer's.
    ['I find the lead actor superb in this film, and yes, some people complain about his accent.', false],
    // The writer's own judgement of the work.
    ['I think this series is far too long.', false],
  ])('%j: plot %s', (text, plot) => {
    const [s] = run(text).sentiment.sentences as [SentenceScore];
    expect(s.plot).toBe(plot);
  });

  it('blame reported from others weighs less than the same blame in the writer\u2019s voice', () => {
    const body = ['The hero grows up alone in a small mountain village.', 'He trains with an old swordsman and loses a friend on the way.', 'The final duel is superb and the music is wonderful.'];
    const reported = run([...body, 'Some people say the show is boring and the pacing is awful.'].join(' '));
    const own = run([...body, 'Honestly, the show is boring and the pacing is awful.'].join(' '));
    expect((reported.sentiment.sentences[3] as SentenceScore).plot).toBe(true);
    expect((own.sentiment.sentences[3] as SentenceScore).plot).toBe(false);
    expect(reported.analysis.sentiment.score).toBeGreaterThan(own.analysis.sentiment.score);
  });

  it('a view reported from others does not count in a document of several scored sentences; one that turns to the writer does', () => {
    const body = ['The animation is gorgeous and the music is wonderful.', 'The cast is superb.', 'I loved the quiet last episode.'];
    const alone = run(body.join(' ')).analysis.sentiment;
    const reported = run([...body, 'Some people say the pacing is awful and boring.'].join(' '));
    const answered = run([...body, 'Some people say the pacing is awful, but it is fine.'].join(' '));
    expect((reported.sentiment.sentences[3] as SentenceScore).others).toBe(true);
    expect(reported.analysis.sentiment.score).toBe(alone.score);
    expect((answered.sentiment.sentences[3] as SentenceScore).others).toBe(false);
    expect((answered.sentiment.sentences[3] as SentenceScore).plot).toBe(true);
    // Alone, the view is all the text says: it still scores.
    expect(run('Some people say the pacing is awful and boring.').analysis.sentiment.label).toBe('negative');
  });
});
