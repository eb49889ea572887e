// Review phrases read as wholes (src/data/sentiment-verdicts.ts): the writer's verdict in a set
// phrase ("a must-see", "a waste of time") scores and makes its sentence a verdict, idioms whose
// words the lexicon reads the wrong way ("stole the show") score as the phrase, and a negated word
// of blame ("not bad") is faint praise, not full praise.
import { describe, expect, it } from 'vitest';
import { NEGATED_BLAME_WEIGHT, VERDICT_WEIGHT } from '../src/data/sentiment-rules';
import { resolveOptions } from '../src/options';
import { runPipeline } from '../src/pipeline';
import type { ScoredHit, SentenceScore } from '../src/stages/7-sentiment';
import { phraseMatches } from '../src/stages/7-sentiment/review-hits';
import type { Token } from '../src/stages/stage-types';
import { wordNumber } from '../src/text/word-numbers';

const run = (text: string) => runPipeline(text, resolveOptions(undefined));
const hitsOf = (text: string) => run(text).sentiment.hits.map((h: ScoredHit) => [text.slice(h.start, h.end), Math.sign(h.value)]);

describe('a verdict phrase scores as a whole, in place of its words', () => {
  it.each<[string, string, number]>([
    ['For anyone who likes heist films this is a must-see.', 'a must-see', 1],
    ['Honestly, it is a must see for fans of the books.', 'a must see', 1],
    ['The second half alone is worth watching.', 'worth watching', 1],
    ['Believe me, the last episode was worth every penny.', 'worth every penny', 1],
    ['Two hours of my life, and a waste of time from start to end.', 'waste of time', -1],
    ['Save your money and read the novel instead.', 'Save your money', -1],
    ['I recommend avoiding the sequel altogether.', 'recommend avoiding', -1],
    ['Every joke in the script falls flat.', 'falls flat', -1],
    // Idioms: "stole" is no theft here, "no wonder" no opinion at all.
    ['The grandmother stole the show in every scene she had.', 'stole the show', 1],
    // "apart" and "away" say nothing alone; "stand" alone is a complaint ("can't stand").
    ['The mystery falls apart once the twin shows up.', 'falls apart', -1],
    ['By the last act the whole plan fell apart on screen.', 'fell apart', -1],
    ['I was blown away by the final duet.', 'blown away', 1],
    ['The drummer stands out in every number.', 'stands out', 1],
    ['Three episodes in, the mystery had me hooked.', 'me hooked', 1],
    // Praise by a comparison nothing has won: the negator belongs to the phrase, not to the verb.
    ['Its car chase has yet to be matched by any thriller since.', 'yet to be matched', 1],
    ['That opening number has never been bettered on a stage.', 'never been bettered', 1],
    ['Thirty years on, its final duel has yet to be surpassed.', 'yet to be surpassed', 1],
    ['For sheer menace the villain is second to none.', 'second to none', 1],
    // Praise in a negator's form: the negator belongs to the phrase.
    ['I honestly cannot get enough of the two leads together.', 'not get enough of', 1],
    ["We can't wait for the band's next tour.", "can't wait", 1],
    ['You could not fault the lighting in any scene.', 'could not fault', 1],
    ["I can't recommend this series highly enough.", "n't recommend this series highly enough", 1],
    ['We cannot recommend it enough to fans of slow mysteries.', 'not recommend it enough', 1],
    // A viewer moved to tears.
    ['The reunion at the station made me cry.', 'made me cry', 1],
    ['Honestly, I cried during the last letter.', 'I cried', 1],
    // The writer urging the reader to watch is a verdict, whatever its words score alone.
    ['If trains interest you at all, give this show a try.', 'give this show a try', 1],
    ['Skip the recap episodes and give it a chance.', 'give it a chance', 1],
    ['Trust me, you should watch this one.', 'you should watch this one', 1],
    ['Go watch it with your grandparents.', 'Go watch it', 1],
  ])('%j: %j with sign %d', (text, phrase, sign) => {
    const hits = hitsOf(text);
    expect(hits).toContainEqual([phrase, sign]);
    // No hit of a word inside the phrase is left beside it.
    const at = text.indexOf(phrase);
    for (const h of run(text).sentiment.hits) {
      if (h.start >= at && h.end <= at + phrase.length) expect(text.slice(h.start, h.end)).toBe(phrase);
    }
  });

  it.each<[string, string, number]>([
    // The negator only gives force to the word after it, or is part of a turn of phrase.
    ['The closing chase is nothing short of breathtaking.', 'breathtaking', 1],
    ['The dubbing was nothing short of a catastrophe.', 'catastrophe', -1],
    ["Even the grumpiest viewer can't help but laugh at the puppy.", 'laugh', 1],
    ['I could not help but feel cheated by the twist.', 'cheated', -1],
  ])('a negator that does not negate: %j keeps %j with sign %d', (text, word, sign) => {
    expect(hitsOf(text)).toContainEqual([word, sign]);
  });

  it('"can\'t believe how" exclaims: the praise after it stays praise', () => {
    expect(hitsOf("I still can't believe how lovely the garden scenes are.")).toContainEqual(['lovely', 1]);
    expect(hitsOf('We could not believe what a delight the finale was.')).toContainEqual(['delight', 1]);
  });

  it('advice to watch something else is no verdict on this work', () => {
    expect(hitsOf('You should watch the first film instead.').every(([, sign]) => sign !== 1)).toBe(true);
  });

  it.each<[string, string, number]>([
    // Advice that warns the reader off the work.
    ['If a friend offers you the disc, skip this movie.', 'skip this movie', -1],
    ['Fans of the comic should avoid this sequel.', 'avoid this sequel', -1],
    ['My advice is to stay away from this show.', 'stay away from this show', -1],
    ['Unless you collect bad musicals, steer clear of it.', 'steer clear of it', -1],
    ['Honestly I would give this one a wide berth.', 'give this one a wide berth', -1],
    ['Give it a miss. The cinema next door shows better.', 'Give it a miss.', -1],
    ["I'd pass on this film and read the book.", 'pass on this film', -1],
    ['Unless you adore the lead, do not go out of your way to see it.', 'go out of your way to see', -1],
    // An imperative opening its sentence urges the reader or warns them off.
    ['Watch it tonight with the lights off.', 'Watch it', 1],
    ['So check it out, you will thank me.', 'check it out', 1],
    ['Just go see this film in a cinema.', 'go see this film', 1],
    ['Do yourself a favour and watch this series.', 'Do yourself a favour and watch this series', 1],
    ['Avoid it. Nothing in it works.', 'Avoid it', -1],
    // Falling short of a bar, and comparisons the work loses.
    ['The second season failed to live up to the promise of the first.', 'failed to live up to', -1],
    ['It never lived up to the trailer.', 'lived up to', -1],
    ['The remake is a step down from the original.', 'step down from', -1],
    ['This adaptation is not a patch on the novel.', 'not a patch on', -1],
    // Praise capped by "at best" is faint blame: "best" praises nothing here.
    ['The dialogue in the second act is passable at best.', 'at best', -1],
    ['At best, the new theme tune is forgettable filler.', 'At best', -1],
  ])('advice and comparisons: %j holds %j with sign %d', (text, phrase, sign) => {
    expect(hitsOf(text)).toContainEqual([phrase, sign]);
  });

  it.each<string>([
    // Inside a sentence the same words tell what someone did or will do, or name a part to skip.
    'After the trailer I decided to check it out.',
    'She told her son to watch it carefully.',
    'If the filler episodes bore you, just skip it.',
    'At first we wanted to avoid this show.',
    // "See, it's …" is no order to see the work; "skip this paragraph" is about the review.
    "See, it's hard to explain the plot.",
    'Skip this paragraph if you have not seen the ending.',
  ])('no advice on the work: %j', (text) => {
    // A phrase hit spans words; the lexicon's own hit on a single word ("avoid") may stay.
    const phrases = run(text).sentiment.hits.map((h: ScoredHit) => text.slice(h.start, h.end)).filter((p) => p.includes(' '));
    expect(phrases.filter((p) => /\b(?:check|watch|skip|avoid|see)\b/i.test(p))).toEqual([]);
  });

  it('new review words score: "unmissable" praises, "hackneyed" blames', () => {
    expect(hitsOf('The duet in the finale is unmissable.')).toContainEqual(['unmissable', 1]);
    expect(hitsOf('The villain gives a hackneyed speech.')).toContainEqual(['hackneyed', -1]);
  });

  it.each<string>(['The lighthouse keeper is kind at best.', 'The ending is fine at best.'])(
    'a praise word capped by "at best" leaves the sentence blame: %j',
    (text) => {
      const sentence = run(text).sentiment.sentences[0] as SentenceScore;
      expect(sentence.leaned).toBeLessThan(0);
    },
  );

  it('"for sure" says certainty, no blame', () => {
    expect(hitsOf('The soundtrack is lovely for sure.')).toEqual([['lovely', 1]]);
  });

  it('crying out in pain is no praise', () => {
    expect(hitsOf('I cried out in pain at the dentist.').every(([, sign]) => sign !== 1)).toBe(true);
  });

  it('a refusal to recommend stays blame', () => {
    const values = run("Sadly I can't recommend this film to anyone.").sentiment.hits.map((h: ScoredHit) => h.value);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v).toBeLessThan(0);
  });

  it.each<[string, string]>([
    ['I would not recommend the sequel to my friends.', 'not recommend'],
    ["Honestly we don't recommend this box set.", "n't recommend"],
  ])('a refusal to recommend is a verdict of blame: %j', (text, phrase) => {
    const { sentiment } = run(text);
    const hit = sentiment.hits.find((h: ScoredHit) => text.slice(h.start, h.end) === phrase);
    expect(hit?.value).toBeLessThan(0);
    expect((sentiment.sentences as SentenceScore[]).some((s) => s.stress === VERDICT_WEIGHT)).toBe(true);
  });

  it.each<[string, string]>([
    // "let alone" praises whichever work is compared against, often not the one reviewed.
    ['The sequel never gets near the first film, let alone surpassed it.', 'surpassed'],
    // A flaw not yet improved is blame, not praise.
    ['The muddy sound has yet to be improved in this edition.', 'improved'],
    // A wish about the future, not a record that stands.
    ['Such tedium will never be matched by another film, I hope.', 'matched'],
    // A hero unbeaten in the story is plot.
    ['The young boxer has never been beaten in the ring.', 'beaten'],
  ])('no unbeaten-comparison praise in %j', (text, verb) => {
    const phraseHits = hitsOf(text).filter(([w]) => String(w).includes(' ') && String(w).endsWith(verb));
    expect(phraseHits).toEqual([]);
  });

  it.each<string>(['The supporting cast arrives in the second week.', 'She was nominated for best supporting actress.'])(
    '"supporting" before a kind of part names the part and scores nothing: %j',
    (text) => {
      expect(hitsOf(text).filter(([w]) => String(w).toLowerCase().includes('supporting'))).toEqual([]);
    },
  );

  it.each<string>([
    'Needless to say, the twins move to the city.',
    'No matter what the uncle does, the farm stays in the family.',
    'The sequel is pretty much the same story set on a boat.',
    'The old sailor was hooked on gambling for years.',
  ])('a discourse phrase, or "hooked" said of a character, scores nothing: %j', (text) => {
    expect(hitsOf(text)).toEqual([]);
  });

  it.each<[string, [string, number][]]>([
    ['The old swordsman turns out to be a total badass.', []],
    ['Her final duel is pure bad-ass choreography.', []],
    ['Honestly the drummer is bad ass on every track.', []],
    ['A kick-ass score carries the chase scenes.', []],
    ['The twins kick ass in the second arc.', []],
    ['Their badassery runs through the whole heist.', []],
    // The phrase takes only its own words: the blame beside it stays blame.
    ['The badass sheriff is stuck in a dull script.', [['stuck', -1], ['dull', -1]]],
  ])('swearing that admires ("badass", "kick-ass") is no blame and scores nothing: %j', (text, rest) => {
    const hits = hitsOf(text);
    expect(hits.filter(([w]) => /ass/i.test(String(w)))).toEqual([]);
    for (const hit of rest) expect(hits).toContainEqual(hit);
    expect(hits.filter((hit) => Number(hit[1]) < 0)).toEqual(rest.filter(([, sign]) => sign < 0));
  });

  it('"no wonder" takes the hit of "wonder" away and scores nothing', () => {
    expect(hitsOf('No wonder the sequel was made so fast.')).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['Sadly the remake is not worth watching.', 'worth watching', -1],
    ['It was never a waste of time to see it again.', 'waste of time', 1],
  ])('a negator before the phrase turns it round: %j', (text, phrase, sign) => {
    expect(hitsOf(text)).toContainEqual([phrase, sign]);
  });

  it.each<string>([
    // "must" as a verb, not a noun: no verdict.
    'If you must watch this, watch it with friends.',
  ])('%j holds no verdict phrase', (text) => {
    const sentences = run(text).sentiment.sentences as SentenceScore[];
    for (const s of sentences) expect(s.stress).toBe(1);
  });

  it('the words of a phrase across two sentences are no phrase, with no punctuation between', () => {
    // Hand-built tokens: the sentence changes between "waste" and "of" with no token between.
    const words: [string, number][] = [['a', 0], ['waste', 0], ['of', 1], ['time', 1], ['a', 1], ['waste', 1], ['of', 1], ['time', 1]];
    let at = 0;
    const tokens: Token[] = words.map(([normal, sentence]) => {
      const start = at;
      at += normal.length + 1;
      return { start, end: start + normal.length, value: normal, normal, number: wordNumber(normal), pos: 'NOUN', type: 'word', sentence };
    });
    expect(phraseMatches(tokens).map((m) => [m.firstToken, m.lastToken, m.start, m.end, m.kind])).toEqual([[5, 7, 18, 31, 'verdict']]);
  });

  // A first word that leads many phrases: the word after it picks the ones tried, the longest first.
  it.each<[string, [number, number][]]>([
    ['you should watch this series', [[0, 4]]],
    ['you should watch this', [[0, 3]]],
    ['you should go you should watch it', [[3, 6]]],
    ['you should', []],
    ['you', []],
    ['give it a chance give this show a try', [[0, 3], [4, 8]]],
  ])('%j reads the phrases %j', (text, want) => {
    let at = 0;
    const tokens: Token[] = text.split(' ').map((normal) => {
      const start = at;
      at += normal.length + 1;
      return { start, end: start + normal.length, value: normal, normal, number: wordNumber(normal), pos: 'VERB', type: 'word', sentence: 0 };
    });
    expect(phraseMatches(tokens).map((m) => [m.firstToken, m.lastToken])).toEqual(want);
  });
});

describe('a verdict is the writer\u2019s, plain and whole', () => {
  const stressOf = (text: string): number[] => (run(text).sentiment.sentences as SentenceScore[]).map((s) => s.stress);
  it.each<[string, number[]]>([
    // Someone else's liking, or a liking of a moment of the story, is no verdict.
    ['I loved it when it ended.', [1]],
    ['The villain hated it when the hero escaped.', [1]],
    ['I wanted to love this movie.', [1]],
    ['My wife loved it. I found it dull.', [1, 1]],
    ['Everyone I know loved it, but to me it was dull.', [1]],
    ['It came highly recommended, but I was bored.', [1]],
    // A verdict narrowed to a part or some viewers, or negated, is no verdict of the whole.
    ['Worth watching only for the score.', [1]],
    ['It is not a must-see for everyone, but fans will like it.', [1]],
    ['I would not say it is a must-see.', [1]],
    ['Sadly the remake is not worth watching.', [1]],
    // A part that falls flat, in the story or the film, is no verdict on the work.
    ['The plan falls flat and the hero is captured.', [1]],
    // The writer's own, whole verdicts.
    ['I loved it.', [VERDICT_WEIGHT]],
    ['I highly recommend it to anyone.', [VERDICT_WEIGHT]],
    ['Two thumbs up from me.', [VERDICT_WEIGHT]],
  ])('%j stresses %j', (text, stress) => {
    expect(stressOf(text)).toEqual(stress);
  });

  it.each<[string, string, number]>([
    ['I would not say it is a must-see.', 'a must-see', -1],
    ["I don't think it was worth watching.", 'worth watching', -1],
    ['Worth watching only for the score.', 'Worth watching', 1],
    ['My wife loved it.', 'loved', 1],
    // The negated word of saying reaches no clause a contrast word opens.
    ["I didn't think I would enjoy it, but I loved it.", 'I loved it', 1],
    ['I would not call it deep, yet I loved it.', 'I loved it', 1],
    ["I can't say it moved me, though I loved it.", 'I loved it', 1],
    ["I didn't think I would say so, and I loved it.", 'I loved it', -1],
  ])('%j: %j has sign %d', (text, phrase, sign) => {
    expect(hitsOf(text)).toContainEqual([phrase, sign]);
  });

  it('a restricted verdict scores less than the plain one', () => {
    const value = (text: string): number => (run(text).sentiment.hits.find((h: ScoredHit) => text.slice(h.start, h.end) === 'Worth watching') as ScoredHit).value;
    expect(value('Worth watching only for the score.')).toBeLessThan(value('Worth watching for the score.'));
    expect(value('Worth watching only for the score.')).toBeGreaterThan(0);
  });

  it('"no wonder" keeps its "no" to itself: the blame after it stays blame', () => {
    expect(hitsOf('No wonder it failed.')).toEqual([['failed', -1]]);
    expect(run('No wonder it failed.').analysis.sentiment.label).toBe('negative');
  });

  it('a sentence opening with "Overall" is a verdict and no plot, whatever it says', () => {
    const [s] = run('Overall, the hero escapes and the villain dies.').sentiment.sentences as [SentenceScore];
    expect(s.stress).toBe(VERDICT_WEIGHT);
    expect(s.plot).toBe(false);
  });

  it.each<[string, number]>([
    // A conclusion, or the writer weighing what came before and coming down on a side.
    ['On the whole, the hero escapes and the villain dies.', VERDICT_WEIGHT],
    ['That said, the sisters lose the farm in the flood.', VERDICT_WEIGHT],
    ['Having said that, the captain sinks with his ship.', VERDICT_WEIGHT],
    ['Apart from that, the twins never find their father.', VERDICT_WEIGHT],
    ['Even so, the detective drowns in the last reel.', VERDICT_WEIGHT],
    // After a conjunction too.
    ['But overall, the hero escapes and the villain dies.', VERDICT_WEIGHT],
    // "Still" and its comma turn against what came before, alone or after a conjunction.
    ['Still, the orphans reach the lighthouse in the end.', VERDICT_WEIGHT],
    ['But still, the orphans reach the lighthouse in the end.', VERDICT_WEIGHT],
    // "Still" without its comma is time, not a turn.
    ['Still the orphans wait at the lighthouse for their uncle.', 1],
    // The words elsewhere in the sentence, or without their partner, open nothing.
    ['The hero escapes, that said, and the villain dies.', 1],
    ['Even the villain dies at sea.', 1],
  ])('%j stresses %d', (text, stress) => {
    const [s] = run(text).sentiment.sentences as [SentenceScore];
    expect(s.stress).toBe(stress);
    if (stress > 1) expect(s.plot).toBe(false);
  });

  it('the writer coming down on a side after the flaws outweighs them', () => {
    const flaws = 'The pacing is slow and the jokes are weak.';
    expect(run(`${flaws} That said, it is fun.`).analysis.sentiment.label).toBe('positive');
    expect(run(`${flaws} It is fun.`).analysis.sentiment.label).toBe('negative');
    expect(run(`${flaws} Still, it is fun.`).analysis.sentiment.label).toBe('positive');
  });
});

describe('a sentence holding a verdict phrase is a verdict', () => {
  it.each<[string, number]>([
    ['The village burns and the brothers flee to the coast, and it is all worth seeing.', VERDICT_WEIGHT],
    ['A must-watch for anyone who grew up with the cartoon.', VERDICT_WEIGHT],
    ['The village burns and the brothers flee to the coast.', 1],
    // Inside quoted speech the verdict is the speaker's: the sentence is not the writer's verdict.
    ['The director said his mother \u201cloved it and cried at the end\u201d after the first screening.', 1],
  ])('%j stresses %d', (text, stress) => {
    const [s] = run(text).sentiment.sentences as [SentenceScore];
    expect(s.stress).toBe(stress);
    if (stress > 1) expect(s.plot).toBe(false);
  });

  it('a closing verdict phrase outweighs a grim retelling of the story', () => {
    const story = 'A soldier deserts his unit and hides in a burned farm. The enemy hunts him through the frozen woods. His brother dies in an ambush at the river.';
    const withVerdict = run(`${story} A must-see, all the same.`).analysis.sentiment;
    const without = run(`${story} The film ends at the river, all the same.`).analysis.sentiment;
    expect(without.label).toBe('negative');
    expect(withVerdict.label).toBe('positive');
  });
});

describe('a negated word of blame is faint praise', () => {
  const valueOf = (text: string, word: string): ScoredHit => run(text).sentiment.hits.find((x: ScoredHit) => text.slice(x.start, x.end) === word) as ScoredHit;
  it.each<[string, string, string, number]>([
    // Blame turned round counts a share of its weight...
    ['The sequel is not bad at all.', 'The sequel is bad at all.', 'bad', NEGATED_BLAME_WEIGHT],
    ['This is not the worst thing the studio has made.', 'This is the worst thing the studio has made.', 'worst', NEGATED_BLAME_WEIGHT],
    // ...praise turned round keeps all of it.
    ['The sequel is not good at all.', 'The sequel is good at all.', 'good', 1],
    ['The jokes were never funny.', 'The jokes were funny.', 'funny', 1],
  ])('%j against %j: %j counts %d of its plain value, turned round', (negated, plain, word, share) => {
    const n = valueOf(negated, word);
    const p = valueOf(plain, word);
    expect(n.negated).toBe(true);
    expect(p.negated).toBe(false);
    expect(n.value).toBeCloseTo(-p.value * share, 10);
  });

  it('"not bad" scores less than "good" and the plain negation would give', () => {
    const notBad = run('The sequel is not bad.').sentiment.hits[0] as ScoredHit;
    const bad = run('The sequel is bad.').sentiment.hits[0] as ScoredHit;
    expect(notBad.value).toBeCloseTo(-bad.value * NEGATED_BLAME_WEIGHT, 10);
  });
});
