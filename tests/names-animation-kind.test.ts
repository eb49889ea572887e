import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { ANIMATION_PRIOR_CONFIDENCE } from '../src/data/name-kind-animation';
import { WordFacts } from '../src/stages/word-facts';
import { scanWords } from '../src/text/words';

/** The word facts of `text`, read without wink: the animation count reads the words alone. */
const facts = (text: string) => new WordFacts(scanWords(text, text.toLowerCase()), { tokens: [], sentences: [], hits: [], wordCount: 0, voiceTokens: [] }, text);

const characterNames = (text: string): string[] => analyzeReview(text).characters.map((c) => c.name);
const peopleNames = (text: string): string[] => analyzeReview(text).people.map((p) => p.name);

describe('a text about animation reads an unmarked full name, or a bare name the model made a person, as a character', () => {
  it.each([
    ['This anime surprised me. Daniel Hartwick spends the first arc hiding in the mountains, and the manga never made it this tense.', 'Daniel Hartwick'],
    ['I grew up on cartoons, and this one holds up. Marlena Quistwood is clever, stubborn and very funny. Few cartoons manage that.', 'Marlena Quistwood'],
    ['The animation is gorgeous and the anime keeps its pace. Laura Vennick is still the heart of every episode.', 'Laura Vennick'],
    // A word of talent or career in the sentence leans the model to a person; in an anime review
    // it speaks of the hero, whom fans name by one word.
    ['The anime looks great and the manga reads fast. In the first arc Torvald never gives up, and by the end of the story the talent of the boy is clear. I think Torvald wins.', 'Torvald'],
    ['This anime tops the manga. In the first season Kazumir grew up in a port town full of smugglers, and his career as a thief made him sly. Later Kazumir is the best.', 'Kazumir'],
  ])('%j: %s', (text, name) => {
    const analysis = analyzeReview(text);
    const found = analysis.characters.find((c) => c.name === name);
    expect(found?.name).toBe(name);
    expect(found?.kindConfidence).toBe(ANIMATION_PRIOR_CONFIDENCE);
    expect(analysis.people.map((p) => p.name)).not.toContain(name);
  });
});

describe('the prior leaves makers and voices named as such', () => {
  it.each([
    ['This anime has a superb cast. The seiyuu Daniel Hartwick gives the lead a real edge. The manga is good too.', 'Daniel Hartwick'],
    ['The anime follows the manga closely. The mangaka, Laura Vennick, drew every panel by hand.', 'Laura Vennick'],
    ['The anime is good. Director Laura Vennick keeps the fights clear, and the manga fans will agree.', 'Laura Vennick'],
    ["I love this anime and its manga. Laura Vennick's art is the reason to read it.", 'Laura Vennick'],
    ['The English dub of this anime is fine, and the animation is crisp. Daniel Hartwick voiced the hero with energy.', 'Daniel Hartwick'],
    // A maker whom fans name by the surname alone.
    ['The anime looks great and the manga reads fast. In the first arc Miyazaki never gives up, and by the end of the story the talent of the man is clear. I think Miyazaki wins.', 'Miyazaki'],
    // A voice word near a bare name.
    ['The anime looks great and the manga reads fast. In the first arc Torvald voiced the boy, and by the end of the story the talent of the man is clear. I think Torvald wins.', 'Torvald'],
  ])('%j: %s is no character', (text, name) => {
    expect(characterNames(text)).not.toContain(name);
    expect(peopleNames(text)).toContain(name);
  });
});

describe('the prior is off in a text that names its voice cast', () => {
  it('leaves every actor of a cast list read past its cues a person', () => {
    const text = 'The animation is stunning and this animated film is a joy. Brian Keller is excellent as Marcus Vane. Laura Vennick, Daniel Hartwick & Nora Pell are great as Aunt Bea, Rio Sand & Tom Reyes, respectively.';
    expect(peopleNames(text).sort()).toEqual(['Brian Keller', 'Daniel Hartwick', 'Laura Vennick', 'Nora Pell']);
    expect(characterNames(text)).not.toContain('Daniel Hartwick');
  });
});

describe('the prior does not fire outside texts about animation', () => {
  it.each([
    // A live-action film review: a full name there is still the model's to weigh.
    ['This thriller is tense from start to finish. Daniel Hartwick is superb, and the score is haunting.', 'Daniel Hartwick'],
    // One word of animation is an aside, not the text's subject.
    ['Unlike the anime, this live-action remake drags. Daniel Hartwick is superb in every scene.', 'Daniel Hartwick'],
    // A bare name in a western: the model's reading stands.
    ['This western looks great and the book reads fast. In the first act Torvald never gives up, and by the end of the story the talent of the boy is clear. I think Torvald wins.', 'Torvald'],
  ])('%j: %s stays a person', (text, name) => {
    expect(peopleNames(text)).toContain(name);
    expect(characterNames(text)).not.toContain(name);
  });
});

describe('readsAsAnimation counts the text’s own words', () => {
  it.each([
    ['The anime and the manga differ.', true],
    ['Two cartoons on Saturday, then an animated film.', true],
    ['The anime is mentioned once.', false],
    ['An animated performance by the lead.', false],
    ['', false],
  ])('%j: %s', (text, want) => {
    expect(facts(text).readsAsAnimation()).toBe(want);
  });
});
