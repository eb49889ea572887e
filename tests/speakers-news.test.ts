import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Speaker name (or null) of each speech quote, in order. */
const speakers = (text: string): (string | null)[] =>
  analyzeReview(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => q.speaker?.name ?? null);

describe('a description between the verb and the name', () => {
  it.each([
    ['The gala raised millions. “It was a night to remember,” said Oscar-winning star Helen Mirren.', 'Helen Mirren'],
    ['The film opened in May. “We shot it in eight weeks,” said Titanic actress Kate Winslet.', 'Kate Winslet'],
    ['The tour was cancelled. “We were all gutted,” said the festival’s artistic director, Maria Lopez.', 'Maria Lopez'],
    ['Sales fell by a third. “Nobody saw this coming,” said record label boss Thomas Granger.', 'Thomas Granger'],
    ['The band returned to the stage. “It felt like home,” drummer Gary Whitfield said.', 'Gary Whitfield'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('a description of a person named before', () => {
  it.each([
    ['Harold Pinter has retired from the stage. “I have written enough plays,” said the 74-year-old playwright.', 'Harold Pinter'],
    ['Actress Meryl Streep arrived late for the premiere. “The traffic was awful,” added the three-time Academy Award winner.', 'Meryl Streep'],
    ['Ronald Jenkins, who once toured with Bill Parker, launched a new show. “Comedy has changed,” the veteran comedian said.', 'Ronald Jenkins'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it.each([
    // "a spokesman" is someone the text does not name.
    ['Harold Pinter has retired from the stage. “He will be missed,” said a spokesman.'],
    // A possessive makes the described person someone else.
    ['Harold Pinter has retired from the stage. “He needs a rest,” said the playwright’s agent.'],
    // "actress" cannot be a man.
    ['John Hartley has retired from the stage. “It is a loss to us all,” said the actress.'],
  ])('%j → nobody', (text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('an outlet is never the speaker', () => {
  it.each([
    ['Paul Weller played a surprise gig. “I just wanted to play again,” he told BBC News.', 'Paul Weller'],
    ['Paul Weller played a surprise gig. He told Radio 1: “I just wanted to play again.”', 'Paul Weller'],
    ['Ridley Scott is back. Ridley Scott told the Hollywood Reporter: “The script is ready.”', 'Ridley Scott'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it('gives a quote that only an outlet reports to nobody', () => {
    expect(speakers('The album topped the chart. The Hollywood Reporter said: “It is the record of the year.”')).toEqual([null]);
  });
});

describe('the subject of "told", not its object', () => {
  it.each([
    ['After Gatsby told Nick that “the past can be repeated”, they drove to town.', 'Gatsby'],
    ['Marion Cotillard told Jonathan Ross: “I was terrified.”', 'Marion Cotillard'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)[0]).toBe(speaker);
  });
});

describe('continuation quotes in one paragraph', () => {
  it('gives a quote right after an attributed one the same speaker', () => {
    const text = 'Kate Bush spoke about the album. She said: “It took ten years.” “I would do it again.”';
    expect(speakers(text)).toEqual(['Kate Bush', 'Kate Bush']);
  });
  it('does not carry a speaker across a name in between', () => {
    const text = 'Kate Bush spoke about the album. She said: “It took ten years.” Peter Gabriel disagreed. “It was worth the wait.”';
    expect(speakers(text)[1]).toBeNull();
  });
  it('does not carry a speaker into the next paragraph', () => {
    const text = 'Kate Bush spoke about the album. She said: “It took ten years.”\n\n“The charts have changed since then.”';
    expect(speakers(text)).toEqual(['Kate Bush', null]);
  });
});

describe('"she said" after a paragraph naming one woman', () => {
  it('resolves to the woman even when a man is named after her', () => {
    const text =
      'In an interview last week, Julie Walters criticised comedian Sacha Morton for his sketches.\n\n“Some of it is just cruel,” she said.';
    expect(speakers(text)).toEqual(['Julie Walters']);
  });
  it('reads a gender the given-name list does not know from the text’s own pronouns', () => {
    const text = 'Actress Imelda Staunton was praised for her role as a backstreet abortionist. Director Baz Luhrmann praised his own cast.\n\n“I never expected this,” she said.';
    expect(speakers(text)).toEqual(['Imelda Staunton']);
  });
  it('resolves to the subject of the sentence before over the last speaker', () => {
    const text =
      '“We expect a close race,” said Tom Baxter. Critic Julia Fenwick said the winner was “obvious”. “It has been obvious for months,” she said.';
    expect(speakers(text)).toEqual(['Tom Baxter', 'Julia Fenwick', 'Julia Fenwick']);
  });
  it('resolves "he said" to the lone subject of the sentence before, not to the last speaker', () => {
    const text =
      '“The rules are clear,” said Peter Hale. Director Martin Cole said the ban was unfair. “Nobody asked us first,” he said.';
    expect(speakers(text)).toEqual(['Peter Hale', 'Martin Cole']);
  });
  it('resolves to nobody when two women are named', () => {
    const text = 'Julie Walters and Victoria Wood wrote the sketch together.\n\n“It was a happy time,” she said.';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('the speaker named in the sentence before', () => {
  it.each([
    ['Director Sam Mendes remembered the first night. “We were terrified and the theatre was half empty.”', 'Sam Mendes'],
    ['Sam Mendes said the run had been a struggle. “Nobody came for the first month.”', 'Sam Mendes'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it.each([
    // Two names: which of them speaks is not plain.
    ['Sam Mendes met Kevin Spacey at the theatre. “It was the start of everything.”'],
    // The name is no subject of a verb of speaking or remembering.
    ['Sam Mendes directed the play in 1999. “Nobody came for the first month.”'],
    // A sentence in another paragraph does not count.
    ['Sam Mendes remembered the first night.\n\n“Nobody came for the first month.”'],
  ])('%j → nobody', (text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe('two people joined as a subject, a role before the second', () => {
  it.each([
    ['Singer Ruth Okafor and actress Dana Holt arrived together.\n\n“We paid to play,” she said.', null],
    ['Singer Ruth Okafor and fellow singer Dana Holt arrived together.\n\n“We paid to play,” she said.', null],
    // one of each gender: the pronoun tells them apart
    ['Singer Ruth Okafor and her husband Tom Baxter arrived together.\n\n“We paid to play,” she said.', 'Ruth Okafor'],
  ])('%j → %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('"she said" after a person the names stage did not list opened a sentence', () => {
  // the last speaker does not go on past a sentence opened by someone plainly a person: that
  // person, brought in with an age or a description in the quote's paragraph, is the one meant
  it.each([
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nYsolde Brackwater, 23, an office manager from Leeds, gave up dancing at the age of ten. “It was not cool any more,” she said.', ['Ruth Okafor', 'Ysolde Brackwater']],
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nMarit Oyelaran, a nurse from Leeds, gave up dancing at the age of ten. “It was not cool any more,” she said.', ['Ruth Okafor', 'Marit Oyelaran']],
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nYsolde Brackwater, 23, an office manager from Leeds, gave up dancing at ten. “It was not cool,” she said. “I miss it now.”', ['Ruth Okafor', 'Ysolde Brackwater', 'Ysolde Brackwater']],
    // not a man brought in so ("she" goes on with the last speaker), nor one from the paragraph before (nobody then)
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nThomas Brackwater, 23, an office manager from Leeds, gave up dancing at the age of ten. “It was not cool any more,” she said.', ['Ruth Okafor', 'Ruth Okafor']],
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nYsolde Brackwater, 23, an office manager from Leeds, gave up dancing at the age of ten.\n\n“It was not cool any more,” she said.', ['Ruth Okafor', null]],
  ])('%j → %j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  // "he adds" reads back to nobody past a name nobody can place set with a description between commas
  it.each([
    ["The duo won three awards. Kalla and Big Boi's album sold well around the world.\n\nG Money, a presenter on a radio station, thinks a break is coming. “They need a rest. “Kalla wants to act, while Big Boi has a farm,” says the DJ.\n\n“They will be back soon,” he adds.", [null, null, null]],
  ])('%j → %j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  // a film or a place opening a sentence is no rival
  it.each([
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nBrightwater opened in London last week. “It was a lovely night,” she said.', ['Ruth Okafor', 'Ruth Okafor']],
    // a place the names stage kept out is no person even when a given name is spelt so: the last
    // speaker goes on, and with nobody before it the place gives no speaker
    ['Dance teacher Ruth Okafor said she had seen a change. “Children have other hobbies now,” she said.\n\nFlorence hosted the final last week. “It was a lovely night,” she said.', ['Ruth Okafor', 'Ruth Okafor']],
    ['Florence welcomed Ann Roe last week. “It was a lovely night,” she said.', [null]],
    ['Chester gave Tom Dee a warm welcome. “It was a lovely night,” he said.', [null]],
  ])('%j → %j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('"he said" after a new person is brought in with a role between commas', () => {
  it.each([
    // a man brought in as the report's next source: the last speaker no longer plainly goes on;
    // with a noun opening the role ("editor of …"), or named as a role's holder ("The film's
    // director is …"), the report goes on quoting the newcomer
    ['“We open in March,” said producer Tom Baxter. The film’s director is Ian Hale, best known for a stage play. “It will be a long night,” he said.', ['Tom Baxter', 'Ian Hale']],
    ['“We open in March,” said producer Tom Baxter. The film is also the choice of Ian Hale, best known for a stage play. “It will be a long night,” he said.', ['Tom Baxter', null]],
    ['“We open in March,” said producer Tom Baxter. The show is also the choice of Ian Hale, editor of a trade paper. “It will be a long night,” he said.', ['Tom Baxter', 'Ian Hale']],
    // controls: a man named without a role, or a woman brought in, leave "he" the last speaker
    ['“We open in March,” said producer Tom Baxter. He thanked Ian Hale and the crew. “It will be a long night,” he said.', ['Tom Baxter', 'Tom Baxter']],
    ['“We open in March,” said producer Tom Baxter. The show stars Ruth Okafor, a singer from Leeds. “It will be a long night,” he said.', ['Tom Baxter', 'Tom Baxter']],
  ])('%j → %j', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
