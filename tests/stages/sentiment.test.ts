// The sentiment stage on its own: text in, per-hit and per-sentence data out; and the aggregation
// from given per-sentence data to the labels of sections, characters, quotes and the document.
import { describe, expect, it } from 'vitest';
import { SURE_BALANCE_WEIGHT, SURE_INTERCEPT, SURE_SCORE_WEIGHT, VERDICT_WEIGHT } from '../../src/data/sentiment-rules';
import { WORD_SHIFTS } from '../../src/data/sentiment-word-shifts';
import { resolveOptions } from '../../src/options';
import { runPipeline } from '../../src/pipeline';
import { summarizeSentiment, type SentenceScore, type SentimentData } from '../../src/stages/7-sentiment';
import { sentimentAround, sentimentInside, sentimentOver } from '../../src/stages/7-sentiment/aggregate';
import { documentReading, documentSentiment } from '../../src/stages/7-sentiment/document';
import { confidenceOf } from '../../src/stages/7-sentiment/label';
import { round3 } from '../../src/text/round3';
import type { StretchReading } from '../../src/stages/7-sentiment/types';
import type { EntityDraft } from '../../src/stages/stage-types';
import type { AnalyzeOptions, Span } from '../../src/types';

/** The sentiment stage's data for `text`, run in the pipeline (titles and names masked, quotes found). */
const stage = (text: string, options?: AnalyzeOptions): SentimentData => runPipeline(text, resolveOptions(options)).sentiment;

/**
 * The fitted confidence of a positive or negative label with `score` and the
 * balance of praise and blame (the smaller side over the larger), to three places.
 */
const sure = (score: number, balance = 0): number =>
  Math.round(1000 / (1 + Math.exp(-(SURE_INTERCEPT + SURE_SCORE_WEIGHT * Math.abs(score) + SURE_BALANCE_WEIGHT * balance)))) / 1000;

describe('stage 7: text in, scored hits out', () => {
  // Each hit: its words, whether it is negated, and its factor: value = (negated ? -1 : 1) ×
  // (lexicon score + the learned shift of a single word) × factor.
  it.each<[string, AnalyzeOptions | undefined, [string, boolean, number][]]>([
    ['The soup was good. The bread was not good at all.', undefined, [['good', false, 1], ['good', true, 1]]],
    ['The strap is not very comfortable.', undefined, [['comfortable', true, 1.5]]],
    ['The film lacks charm.', undefined, [['lacks', false, 1], ['charm', true, 1]]],
    // The clause a concessive opening concedes counts half, the main clause 1.5 times.
    ['Although the cast is charming, the story drags.', undefined, [['charming', false, 0.5], ['drags', false, 1.5]]],
    // "too" before a word that is not praise is blame (-0.4); after "but" 1.5, after "really" 1.5 again.
    ['It was too long, but the ending was really lovely.', undefined, [['too long', false, 0.5], ['lovely', false, 2.25]]],
    ['Honestly, the plot is slightly dull.', undefined, [['dull', false, 0.6]]],
    ['The zombies kill a bit.', undefined, [['kill', false, 0.5]]],
    // A warning to the reader is one hit of -0.6 in place of the verb's own.
    ["Please don't waste your money.", undefined, [['Please', false, 1], ["don't waste", false, 1]]],
    // An adverb between the negator and the verb only stresses the warning.
    ["Don't even bother with this one.", undefined, [["Don't even bother", false, 1]]],
    ['Never ever rent it.', undefined, [['Never ever rent', false, 1]]],
    ['Two thumbs up from me!', undefined, [['thumbs up', false, 1]]],
    // A title the caller names moves nothing.
    ['Dead Man Walking is on tonight.', { works: ['Dead Man Walking'] }, []],
    ['Dead Man Walking is on tonight.', undefined, [['Dead', false, 0.5]]],
  ])('%j', (text, options, want) => {
    const { hits } = stage(text, options);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.negated])).toEqual(want.map(([words, negated]) => [words, negated]));
    hits.forEach((h, i) => {
      const score = h.score + (WORD_SHIFTS.get(text.slice(h.start, h.end).toLowerCase()) ?? 0);
      expect(h.factor).toBeCloseTo(want[i]?.[2] ?? Number.NaN, 9);
      expect(h.value).toBeCloseTo((h.negated ? -score : score) * h.factor, 9);
    });
  });

  // The learned shift moves a single word's lexicon score, never a phrase's, and never across 0.
  it.each<[string, string, number]>([
    ['The acting was bad.', 'bad', -0.6],
    ['A dull, tedious film.', 'dull', -0.4],
    ['The score is beautiful.', 'beautiful', 0.813],
    ['The jokes land.', 'jokes', 0.4],
  ])('%j: %s shifted from %d', (text, word, lexicon) => {
    const hit = stage(text).hits.find((h) => text.slice(h.start, h.end).toLowerCase() === word);
    const shift = WORD_SHIFTS.get(word);
    expect(shift).toBeDefined();
    expect(hit?.score).toBe(lexicon);
    expect(hit?.value).toBeCloseTo(lexicon + (shift ?? 0), 9);
    expect(Math.sign(hit?.value ?? 0)).toBe(Math.sign(lexicon));
  });
  it('leaves a phrase unshifted', () => {
    const text = 'Two thumbs up.';
    const hit = stage(text).hits.find((h) => text.slice(h.start, h.end) === 'thumbs up');
    expect(hit?.value).toBe(0.6);
  });

  it('gives the lexicon scores and the review rules their own scores', () => {
    const hits = (text: string) => stage(text).hits.map((h) => [text.slice(h.start, h.end), h.score]);
    expect(hits('It was too long.')).toEqual([['too long', -0.4]]);
    expect(hits("Don't bother renting it.")).toEqual([["Don't bother", -0.6]]);
    expect(hits('I sent it back.')).toEqual([['sent it back', -0.6]]);
  });
});

describe('stage 7: text in, sentence scores out', () => {
  // Each sentence: its text, hits, hits in the writer's own words, weight, heading, plot description.
  type Row = [string, number, number, number, boolean, boolean];
  it.each<[string, Row[]]>([
    ['The soup was good. The bread was not good at all.', [['The soup was good.', 1, 1, 1, false, true], ['The bread was not good at all.', 1, 1, 1, false, true]]],
    // No opinion word but a negator: one hit of -0.1.
    ['The lid does not close. The box is blue.', [['The lid does not close.', 1, 1, 1, false, true], ['The box is blue.', 0, 0, 1, false, true]]],
    // Quoted speech is not the writer's: its sentence weighs 0.7; the first person is no plot description.
    ['She said, “This is awful.” I thought it was fine.', [['She said, “This is awful.”', 1, 0, 0.7, false, true], ['I thought it was fine.', 1, 1, 1, false, false]]],
    // A heading counts twice, a verdict VERDICT_WEIGHT times.
    ['Great Fun\n\nOverall, a wonderful series.', [['Great Fun', 2, 2, 2, true, false], ['Overall, a wonderful series.', 1, 1, VERDICT_WEIGHT, false, false]]],
    ['Lovely Music\n\nThe band played for two hours.', [['Lovely Music', 1, 1, 2, true, false], ['The band played for two hours.', 0, 0, 1, false, true]]],
  ])('%j', (text, want) => {
    const data = stage(text);
    expect(data.sentences.map((s) => [text.slice(s.start, s.end), s.hits, s.writerHits, s.weight, s.heading, s.plot])).toEqual(want);
    // The sums: every hit in `leaned`, negative ones 1.5 times; only the writer's own in `writer`.
    data.sentences.forEach((s, i) => {
      const own = data.hits.filter((h) => h.sentence === i);
      if (own.length === 0) return;
      expect(s.leaned).toBeCloseTo(own.reduce((a, h) => a + (h.value < 0 ? 1.5 * h.value : h.value), 0), 9);
      expect(s.writer).toBeCloseTo(own.filter((h) => !h.quoted).reduce((a, h) => a + h.value, 0), 9);
    });
  });

  it('scores a sentence that only negates at -0.1, weighed 1.5 times', () => {
    const [s] = stage('The lid does not close.').sentences as [SentenceScore];
    expect([s.leaned, s.writer]).toEqual([-0.1 * 1.5, -0.1]);
    expect(s.voice.negated).toBe(true);
  });

  it('reads how each sentence speaks, for the report model', () => {
    const data = stage('She said, “This is awful.” I thought it was fine. Did you see this film? It has 12 episodes!');
    expect(data.sentences.map((s) => s.voice)).toEqual([
      { firstPerson: false, reported: true, quoting: true, addressed: false, pointing: false, exclaims: false, negated: false, plural: false, predicates: false, capitals: 1, digits: 0 },
      { firstPerson: true, reported: false, quoting: false, addressed: false, pointing: false, exclaims: false, negated: false, plural: false, predicates: true, capitals: 0, digits: 0 },
      { firstPerson: false, reported: false, quoting: false, addressed: true, pointing: true, exclaims: true, negated: false, plural: false, predicates: false, capitals: 0, digits: 0 },
      { firstPerson: false, reported: false, quoting: false, addressed: false, pointing: false, exclaims: true, negated: false, plural: false, predicates: false, capitals: 0, digits: 1 },
    ]);
    expect(data.sentences.map((s) => s.words)).toEqual([5, 5, 5, 3]);
  });

  // A pronoun inside a song or film title written in title case is not the writer speaking.
  it.each<[string, boolean, boolean]>([
    ['The band is at number two with Hold Me Close.', false, false],
    ['Her latest, Tell Your Friends, went in at five.', false, false],
    ['Last week I Remember You climbed one place.', false, false],
    ['I remember the first time I heard it.', true, false],
    ['My sister loved the songs more than I did.', true, false],
    ['Take your time with the second half.', false, true],
    ['I LOVED EVERY MINUTE OF IT.', true, false],
  ])('%j: first person %s, addresses the reader %s', (text, firstPerson, addressed) => {
    const [s] = stage(text).sentences as [SentenceScore];
    expect([s.voice.firstPerson, s.voice.addressed]).toEqual([firstPerson, addressed]);
    expect(s.plot).toBe(!firstPerson);
  });
});

/** A sentence of the stage's data: no hits, ten words, plain, unless `x` says otherwise. */
function sentence(start: number, x: Partial<SentenceScore> = {}): SentenceScore {
  const voice = { firstPerson: false, reported: false, quoting: false, addressed: false, pointing: false, exclaims: false, negated: false, plural: false, predicates: false, capitals: 0, digits: 0 };
  return { start, end: start + 10, hits: 0, leaned: 0, writer: 0, writerHits: 0, conceded: 0, concededHits: 0, weight: 1, stress: x.weight ?? 1, heading: false, plot: false, others: false, words: 10, opensComments: false, voice, ...x };
}
/** A sentence with one hit of `value` in the writer's own words. */
const one = (start: number, value: number, x: Partial<SentenceScore> = {}): SentenceScore =>
  sentence(start, { hits: 1, leaned: value < 0 ? 1.5 * value : value, writer: value, writerHits: 1, ...x });
const data = (...sentences: SentenceScore[]): SentimentData => ({ sentences, hits: [], wordStarts: [] });
const all: Span[] = [{ start: 0, end: 1000 }];

describe('aggregation: per-sentence data in, labels out', () => {
  it.each<[string, SentimentData, { score: number; label: string; confidence: number }]>([
    // 0.8 over two hits: the mean 0.4, the sentence weighing the root of its two hits.
    ['one sentence of two opinion words', data(sentence(0, { hits: 2, leaned: 0.8, writer: 0.8, writerHits: 2 })), { score: 0.4, label: 'positive', confidence: sure(0.4) }],
    // One opinion word among thirty: the score stays, the label is neutral, 1 - (1 / 3) / 2 sure.
    ['one opinion word among thirty words', data(one(0, 0.5, { words: 30 })), { score: 0.5, label: 'neutral', confidence: 0.833 }],
    // Strong praise and blame, the smaller 0.875 of the larger: mixed, (0.8 - 1.05) / 2.
    ['strong praise and strong blame', data(one(0, 0.8), one(20, -0.7)), { score: -0.125, label: 'mixed', confidence: 0.875 }],
    // Neither is strong: the sign decides, (0.4 - 0.6) / 2.
    ['mild praise and mild blame', data(one(0, 0.4), one(20, -0.4)), { score: -0.1, label: 'negative', confidence: sure(-0.1, 1) }],
    // A heading counts twice: (2 × 0.5 - 0.3) / 3.
    ['a praising heading over a blaming sentence', data(one(0, 0.5, { heading: true, weight: 2 }), one(20, -0.2)), { score: 0.233, label: 'positive', confidence: sure(0.233, 0.2 / 1) }],
    // A sentence holding quoted speech weighs 0.7 in the score, (0.7 × 0.6 - 1.05) / 1.7, but the
    // writer's own praise in it counts in full against the blame: 0.6 is 0.857 of 0.7, mixed.
    ['the writer\u2019s own praise in a sentence that quotes someone', data(one(0, 0.6, { weight: 0.7, stress: 1 }), one(20, -0.7)), { score: -0.371, label: 'mixed', confidence: 0.857 }],
    // Three scored sentences, two of plot: (0.6 - 0.6 × 0.6 + 0.6 × 0.6) / (1 + 0.6 + 0.6).
    ['plot description among three scored sentences', data(one(0, 0.6), one(20, -0.4, { plot: true }), one(40, 0.6, { plot: true })), { score: 0.273, label: 'positive', confidence: sure(0.273, 0.4 / 1.2) }],
    // Two scored sentences only: plot counts in full, (0.6 - 0.6) / 2.
    // Neutral by its zero score, two opinion words in twenty: 1 - (2 / 2) / 2 sure.
    ['plot description among two scored sentences', data(one(0, 0.6), one(20, -0.4, { plot: true, leaned: -0.6 })), { score: 0, label: 'neutral', confidence: 0.5 }],
    ['no opinion at all', data(sentence(0), sentence(20)), { score: 0, label: 'neutral', confidence: 1 }],
  ])('%s', (_, d, want) => {
    expect(sentimentOver(d, all)).toEqual(want);
  });

  it('counts only the sentences that start inside the spans', () => {
    const d = data(one(0, 0.8), one(20, -0.7), one(40, -0.5));
    expect(sentimentOver(d, [{ start: 0, end: 15 }])).toEqual({ score: 0.8, label: 'positive', confidence: sure(0.8) });
    expect(sentimentOver(d, [{ start: 15, end: 50 }])).toEqual({ score: -0.9, label: 'negative', confidence: sure(-0.9) });
  });

  it('reads a character by the sentences its mentions are in, each once and unweighted', () => {
    const d = data(one(0, 0.5, { heading: true, weight: 2 }), one(20, -0.2), one(40, 0.9));
    // (0.5 - 0.3) / 2: the heading counts once, a second mention in the same sentence adds nothing.
    expect(sentimentAround(d, [{ start: 2, end: 5 }, { start: 22, end: 25 }, { start: 26, end: 28 }])).toEqual({ score: 0.1, label: 'positive', confidence: sure(0.1, 0.2 / 0.5) });
  });

  it('reads a quote by the hits wholly inside it and the words that start in it', () => {
    const hit = (start: number, end: number, value: number) => ({ start, end, sentence: 0, score: value, negated: false, factor: 1, value, quoted: true, conceded: false });
    const d: SentimentData = { sentences: [], hits: [hit(10, 15, 0.8), hit(20, 24, -0.7), hit(25, 29, 0.9)], wordStarts: [0, 5, 10, 15, 20, 25, 30] };
    // The hit at 25 runs past the quote's end: (0.8 - 1.05) / 2, mixed.
    expect(sentimentInside(d, { start: 8, end: 26 })).toEqual({ score: -0.125, label: 'mixed', confidence: 0.875 });
    // All three: (0.8 - 1.05 + 0.9) / 3, praise far above blame.
    expect(sentimentInside(d, { start: 0, end: 35 })).toEqual({ score: 0.217, label: 'positive', confidence: sure(0.217, 0.7 / 1.7) });
    // One opinion word in a quote of fifteen words is almost none: 1 - (1 / 1.5) / 2 sure.
    expect(sentimentInside({ ...d, wordStarts: Array.from({ length: 40 }, (_, i) => i) }, { start: 5, end: 20 })).toEqual({ score: 0.8, label: 'neutral', confidence: 0.667 });
  });
});

describe('confidence of a positive or negative label', () => {
  /** A reading of `score` whose praise and blame sum to `praise` and `blame`, over `hits` opinion words. */
  const reading = (score: number, praise: number, blame: number, hits: number): StretchReading => ({ score, hits, words: 20 * hits, praise, blame, max: praise, min: -blame, sentences: hits });
  // Only the score's size and the balance of the two sides count: a long review and a short one
  // that lean the same way as strongly are as sure of their sign.
  it.each<[string, StretchReading, StretchReading]>([
    ['a short and a long review of the same lean', reading(0.3, 0.9, 0, 3), reading(0.3, 0.9, 0, 40)],
    ['a short and a long review that blame the same', reading(-0.2, 0.2, 0.8, 4), reading(-0.2, 0.2, 0.8, 60)],
  ])('%s', (_, short, long) => {
    expect(confidenceOf('positive', short)).toBe(confidenceOf('positive', long));
  });
  it.each<[string, StretchReading, StretchReading]>([
    ['a stronger score', reading(0.5, 1, 0, 5), reading(0.1, 1, 0, 5)],
    ['praise with less blame beside it', reading(0.2, 1, 0.1, 5), reading(0.2, 1, 0.9, 5)],
  ])('is surer with %s', (_, surer, lessSure) => {
    expect(confidenceOf('negative', surer)).toBeGreaterThan(confidenceOf('negative', lessSure));
  });
});

describe('aggregation: what a section reads and the whole document does not', () => {
  // One sentence that turns: its conceded clause scores 0.8 (0.4 after the contrast's 0.5), the
  // clause after the turn -0.6 (-0.9 after the contrast's 1.5). Leaned: 0.4 + 1.5 × -0.9.
  const turning = (start: number): SentenceScore => sentence(start, { hits: 2, leaned: -0.95, writer: -0.5, writerHits: 2, conceded: 0.4, concededHits: 1 });
  // Plot description: three sentences, the two of plot blaming.
  const retold = data(one(0, 0.6), one(20, -0.4, { plot: true }), one(40, -0.4, { plot: true }));
  it.each<[string, SentimentData, { score: number; label: string; confidence: number }, { score: number; label: string; confidence: number }]>([
    // A section reads both sides of the turn at their own strength, 0.8 and -0.6: strong, and
    // balanced (0.75), so mixed; the document reads the sentence's mean, -0.25, and its sign.
    ['a judgement that turns inside its one sentence', data(turning(0)), { score: -0.475, label: 'mixed', confidence: 0.75 }, { score: -0.475, label: 'negative', confidence: sure(-0.475) }],
    // A turn stronger than what it concedes settles it: 0.4 conceded (0.2 after the contrast),
    // -0.8 after the turn (-1.2): the sentence's mean, -0.5, alone, and its sign.
    ['a turn stronger than what it concedes', data(sentence(0, { hits: 2, leaned: -1.6, writer: -1, writerHits: 2, conceded: 0.2, concededHits: 1 })), { score: -0.8, label: 'negative', confidence: sure(-0.8) }, { score: -0.8, label: 'negative', confidence: sure(-0.8) }],
    // Plot description weighs 0.6 in a section, (0.6 - 2 × 0.6 × 0.6) / 2.2, and 0.4 in the whole
    // document, (0.6 - 2 × 0.4 × 0.6) / 1.8: the writer's own praise carries the document.
    ['plot description that blames beside the writer\u2019s praise', retold, { score: -0.055, label: 'negative', confidence: sure(-0.055, 0.6 / 0.8) }, { score: 0.067, label: 'positive', confidence: sure(0.067, 0.6 / 0.8) }],
  ])('%s', (_, d, section, whole) => {
    expect(sentimentOver(d, all)).toEqual(section);
    expect(documentSentiment(d, all, null)).toEqual(whole);
  });
});

describe('aggregation: the document', () => {
  const rating = (value: number, scale: number) => ({ start: 0, end: 4, value, scale });

  it('blends in an explicit rating at 0.7, which decides the verdict', () => {
    const d = data(sentence(0, { hits: 2, leaned: 0.8, writer: 0.8, writerHits: 2 }));
    // 0.7 × 0.6 + 0.3 × 0.4.
    expect(documentSentiment(d, all, rating(8, 10))).toEqual({ score: 0.54, label: 'positive', confidence: sure(0.54) });
    // 0.7 × -0.6 + 0.3 × 0.4: the rating turns the text's praise round.
    expect(documentSentiment(d, all, rating(2, 10))).toEqual({ score: -0.3, label: 'negative', confidence: sure(-0.3) });
    expect(documentSentiment(data(sentence(0)), all, rating(5, 10))).toEqual({ score: 0, label: 'neutral', confidence: 0.5 });
  });

  // Sentences that praise at 0.6 and blame at -0.5 in turn: praise and blame stay 6 to 5.
  const seesaw = (n: number): SentimentData => data(...Array.from({ length: n }, (_, i) => one(i * 20, i % 2 === 0 ? 0.6 : -0.5)));
  it.each<[string, number, { score: number; label: string; confidence: number }, { score: number; label: string; confidence: number }]>([
    // Praise 3.6 against blame 3: enough for a section, too little for a whole document, read by
    // its sign: (6 × 0.6 - 6 × 0.75) / 12.
    ['a dozen sentences', 12, { score: -0.075, label: 'mixed', confidence: 0.833 }, { score: -0.075, label: 'negative', confidence: sure(-0.075, 3 / 3.6) }],
    // Praise 12 against blame 10: a long text that gives as much to each side is mixed throughout.
    ['forty sentences', 40, { score: -0.075, label: 'mixed', confidence: 0.833 }, { score: -0.075, label: 'mixed', confidence: 0.833 }],
  ])('reads %s of praise and blame in turn as a section and as a whole document', (_, n, section, whole) => {
    expect(sentimentOver(seesaw(n), all)).toEqual(section);
    expect(documentSentiment(seesaw(n), all, null)).toEqual(whole);
  });

  it('calls a text of five reporting sentences a report, and a shorter one not', () => {
    const reporting = (start: number) => one(start, 0.5, { voice: { ...sentence(0).voice, reported: true, quoting: true, capitals: 2 } });
    const five = data(...[0, 20, 40, 60, 80].map(reporting));
    expect(documentReading(five, all).report).toEqual([0, 1, 1, 0, 0, 0, 0.2, 0, 0, 0, 0, 0, 0, 0]);
    expect(documentSentiment(five, all, null)).toEqual({ score: 0.5, label: 'neutral', confidence: 1 });
    const four = data(...[0, 20, 40, 60].map(reporting));
    expect(documentReading(four, all).report).toEqual([]);
    expect(documentSentiment(four, all, null)).toEqual({ score: 0.5, label: 'positive', confidence: sure(0.5) });
  });

  it('leaves headings out of the report features', () => {
    const d = data(sentence(0, { heading: true }), ...[20, 40, 60, 80, 100].map((s) => sentence(s, { voice: { ...sentence(0).voice, firstPerson: true } })));
    expect(documentReading(d, all).report).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('aggregation: every stretch of the analysis', () => {
  it('gives each section, character (null for people), quote and the document its sentiment', () => {
    const d: SentimentData = {
      sentences: [one(0, 0.9, { heading: true, weight: 2 }), one(20, -0.6), one(40, 0.3)],
      hits: [{ start: 42, end: 46, sentence: 2, score: 0.3, negated: false, factor: 1, value: 0.3, quoted: false, conceded: false }],
      wordStarts: [0, 20, 42, 47],
    };
    const entity = (kind: 'character' | 'person', start: number): EntityDraft => ({ kind, kindConfidence: 1, mentions: [{ start, end: start + 3 }], roles: [], descriptors: [], playedBy: null });
    const summary = summarizeSentiment(d, {
      sections: [
        { start: 0, end: 30, heading: { start: 0, end: 10, text: 'Lovely Music', kind: 'heading' }, paragraphs: [{ start: 20, end: 30 }] },
        { start: 40, end: 50, heading: null, paragraphs: [{ start: 40, end: 50 }] },
      ],
      blocks: [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 50 }],
      entities: [entity('character', 21), entity('person', 41)],
      quotes: [{ start: 41, end: 48 }],
      rating: null,
    });
    // (2 × 0.9 - 0.9) / 3, the heading's praise 1.8 against blame 0.6; then 0.3 alone.
    expect(summary.sections).toEqual([
      { score: 0.3, label: 'positive', confidence: sure(0.3, 0.6 / 1.8) },
      { score: 0.3, label: 'positive', confidence: sure(0.3) },
    ]);
    expect(summary.characters).toEqual([{ score: -0.9, label: 'negative', confidence: sure(-0.9) }, null]);
    expect(summary.quotes).toEqual([{ score: 0.3, label: 'positive', confidence: sure(0.3) }]);
    // (2 × 0.9 - 0.9 + 0.3) / 4.
    expect(summary.document).toEqual({ score: 0.3, label: 'positive', confidence: sure(0.3, 0.6 / 2.1) });
  });
});

describe('round3: three decimals, and a score the JSON reads back as it was', () => {
  // A tiny negative score rounds to 0, not -0: JSON writes -0 as 0, so an analysis holding -0
  // would not equal its own JSON read back.
  it.each([
    [0.12345, 0.123],
    [-0.12355, -0.124],
    [0.0004, 0],
    [-0.0004, 0],
    [-0.0005, 0],
    [-0.0006, -0.001],
    [0, 0],
  ])('round3(%s) is %s', (x, expected) => {
    expect(Object.is(round3(x), expected)).toBe(true);
  });
});
