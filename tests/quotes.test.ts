import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const quotes = (text: string) => analyzeReview(text).quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null, via: q.speaker?.via ?? null }));
const texts = (text: string) => analyzeReview(text).quotes.map((q) => q.text);

describe('quote marks', () => {
  it.each([
    ['She said “Let’s go home” and left.', ['Let’s go home']],
    ['She said "Let\'s go home" and left.', ["Let's go home"]],
    ['He wrote ‘never again’ twice.', ['never again']],
    ["He wrote 'never again' twice.", ['never again']],
    ['Elle a dit «à bientôt» hier.', ['à bientôt']],
    ['The sign read 「立入禁止」 in red.', ['立入禁止']],
    ['He said, “the “first season” was humanity‘s survival” then.', ['the “first season” was humanity‘s survival']],
  ])('%j', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('apostrophes are not quote marks', () => {
  it.each([
    'How long does it take to finish ‘em all? It’s long.',
    'They love rock \'n\' roll and it\'s fine.',
    'Joo Dong-Geun’s webtoon and the fans’ hopes.',
    'It was the \'90s and we didn\'t care.',
  ])('%j', (text) => {
    expect(texts(text)).toEqual([]);
  });
  it('never lets an unclosed mark swallow the next paragraph', () => {
    const text = 'He said “this never closes.\n\nNext paragraph has “a real quote” here.';
    expect(texts(text)).toEqual(['a real quote']);
  });
});

describe('kinds', () => {
  it.each([
    ['Every decision takes a “risk” in the end.', 'term'],
    ['The soldier says “I’m sorry” with regret.', 'speech'],
    ['It should have ended with “Yes?” there.', 'speech'],
    ['The line “Let’s go home” hits me.', 'speech'],
    ['Everything we know about ‘All Of Us Are Dead’ season 2', 'title'],
  ])('%j → %s', (text, kind) => {
    expect(analyzeReview(text).quotes.map((q) => q.kind)).toEqual([kind]);
  });
});

describe('speakers', () => {
  it.each([
    ['I agree, as On-Jo says, “Hope is more important now than logic.”', 'On-Jo', 'verb'],
    ['Best Lines\n\n“Does waiting is the only good thing we can do?” – Cheong-San', 'Cheong-San', 'dash'],
    ['Best Lines\n\n“Even if we win the war, we lose if we lose school.” – Assembly Woman (Park Eun-Hee)', 'Park Eun-Hee', 'dash'],
    ['“We had fun on set,” said Mr Weitz.', 'Mr Weitz', 'verb'],
    ['The director Lee Jae-Gyu spoke. He said, “If Cheongsan were to come back, some will like it.”', 'Lee Jae-Gyu', 'pronoun'],
  ])('%j → %s via %s', (text, speaker, via) => {
    const q = quotes(text).find((x) => x.kind === 'speech');
    expect(q?.speaker).toBe(speaker);
    expect(q?.via).toBe(via);
  });
  it('gives no speaker when the text names none', () => {
    expect(quotes('One of the soldiers says “I’m sorry” with feeling regret.')[0]?.speaker).toBeNull();
    expect(quotes('The line of “Let’s go home” really hits me hard.')[0]?.speaker).toBeNull();
  });
  it('reads script lines as dialogue', () => {
    const text = 'Scene\n\nCheong-San : Gyeong-So\n\nGyeong-So : Yes, what?';
    expect(quotes(text)).toEqual([
      { text: 'Gyeong-So', kind: 'dialogue', speaker: 'Cheong-San', via: 'script' },
      { text: 'Yes, what?', kind: 'dialogue', speaker: 'Gyeong-So', via: 'script' },
    ]);
  });
  it('links a speaker to the character it names', () => {
    const a = analyzeReview('I agree, as On-Jo says, “Hope is more important now than logic.” On-Jo is smart.');
    const q = a.quotes[0];
    const c = a.characters.find((x) => x.id === q?.speaker?.characterId);
    expect(c?.name).toBe('On-Jo');
  });
});

describe('linear time', () => {
  it('reads 5,000 unmatched quote marks as no quotes', () => {
    const text = `Start ${'“a '.repeat(5000)} end.`;
    expect(analyzeReview(text).quotes).toEqual([]);
  });
});

describe('news and novel conventions', () => {
  it('ends a quote at its paragraph when the next one reopens it, both parts the same speaker', () => {
    const text = 'He spoke at length.\n\n“We wanted actors with iconic status.\n\n“It is not about the zeitgeist,” said Gervais.';
    const a = analyzeReview(text);
    expect(a.quotes.map((q) => [q.text, q.start, q.end, q.speaker?.name])).toEqual([
      ['We wanted actors with iconic status.', 22, 58, 'Gervais'],
      ['It is not about the zeitgeist,', 61, 91, 'Gervais'],
    ]);
    expect(a.warnings.filter((w) => w.code === 'unclosed-quote')).toEqual([]);
  });
  it('closes a quoted title on the apostrophe of a possessive', () => {
    const a = analyzeReview("The cast of 'Throw Momma From The Train's sequel met.");
    expect(a.quotes.map((q) => q.text)).toEqual(['Throw Momma From The Train']);
  });
  it('gives the speaker of “A,” said X. to the “B” right after', () => {
    const text = 'Marilla Cuthbert sat down. Marilla was tired.\n\n“We thought about it all winter,” returned Marilla. “Mrs. Spencer was up here one day.”';
    expect(analyzeReview(text).quotes.map((q) => q.speaker?.name)).toEqual(['Marilla', 'Marilla']);
  });
  it('reads a paragraph that ends "X said:" as the lead-in of the next', () => {
    const text = 'Matthew Cuthbert drove on. Round a corner Matthew said:\n\n“We are pretty near home now.”';
    expect(analyzeReview(text).quotes[0]?.speaker?.name).toBe('Matthew');
  });
  it.each(['retorted', 'ejaculated', 'insisted', 'explained', 'sighed'])('knows the narrative verb "%s"', (verb) => {
    const text = `Anne Shirley was there. “Well, of all things!” ${verb} Anne.`;
    expect(analyzeReview(text).quotes[0]?.speaker?.name).toBe('Anne');
  });
  it('gives no speaker to an unnamed station-master', () => {
    expect(analyzeReview('“You had better ask the girl,” said the station-master.').quotes[0]?.speaker).toBeNull();
  });
});

describe('pronouns and roles in news', () => {
  it('points "he added" in the same paragraph at the last speaker, not the last name', () => {
    const text = 'Ricky Gervais has signed Ben Stiller and Samuel L Jackson. “We wanted actors with iconic status,” Gervais said. He added that Stiller and Jackson would be playing “twisted versions of themselves” in the show.';
    expect(analyzeReview(text).quotes.map((q) => q.speaker?.name)).toEqual(['Gervais', 'Gervais']);
  });
  it('gives "he said" in a later paragraph of a report to the last speaker', () => {
    const text = 'Ricky Gervais has signed Ben Stiller and Samuel L Jackson. “We wanted actors with iconic status,” Gervais said.\n\nHe said Stiller and Jackson would be playing “twisted versions of themselves” in the show.';
    expect(analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Gervais', 'Gervais']);
  });
  it('gives "she said" in dialogue-heavy fiction to nobody when two women take turns', () => {
    const turns = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? '“Well, I never,” said Marilla Cuthbert.' : '“Oh, but I did,” said Anne Shirley.'));
    const text = ['Anne Shirley and Marilla Cuthbert sat in the kitchen.', ...turns, '“It is late,” she said.', 'Outside the wind rose.', 'The lamp flickered.'].join('\n\n');
    const a = analyzeReview(text);
    expect(a.quotes.at(-1)?.speaker).toBeNull();
    expect(a.quotes.slice(0, 6).map((q) => q.speaker?.name)).toEqual(['Marilla Cuthbert', 'Anne Shirley', 'Marilla Cuthbert', 'Anne Shirley', 'Marilla Cuthbert', 'Anne Shirley']);
  });
  it('gives "he said" in a later paragraph to the one man named', () => {
    const text = 'The director Lee Jae-Gyu spoke to fans at length about the show.\n\nHe said, “If Cheongsan were to come back to life, some viewers won’t accept it.”';
    expect(analyzeReview(text).quotes[0]?.speaker?.name).toBe('Lee Jae-Gyu');
  });
  it('finds no speaker for an unnamed spokesman', () => {
    const text = 'Janet Jackson caused a storm in 2004. A league spokesman said they were “comfortable with this show being acceptable to all”.';
    expect(analyzeReview(text).quotes[0]?.speaker).toBeNull();
  });
});

describe('pronoun gender', () => {
  it('gives "she said" to the woman, not to the man named last', () => {
    const text = 'Dame Alicia Markova founded the company with Anton Dolin. She retired in 1963, an “instant decision” she said, “largely because of a leg injury”.';
    const a = analyzeReview(text);
    expect(a.quotes.filter((q) => q.kind === 'speech').map((q) => q.speaker?.name)).toEqual(['Dame Alicia Markova', 'Dame Alicia Markova']);
  });
  it('gives "they added" to nobody', () => {
    const text = 'Britney Spears was angry. “Britney should start her own magazine,” the magazine said. “Coming from a celebrity who sold pictures,” they added.';
    expect(analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual([null, null]);
  });
});

describe('news attribution shapes', () => {
  it.each([
    ['The gigs were set. Mark Mackie, director of Regular Music, said: “It is fantastic news for fans.”', 'Mark Mackie'],
    ['The council banned it. “The play is obscene,” MP Kefa Ssempgani told parliament.', 'Kefa Ssempgani'],
  ])('%j → %s', (text, speaker) => {
    expect(analyzeReview(text).quotes[0]?.speaker?.name).toBe(speaker);
  });
});
