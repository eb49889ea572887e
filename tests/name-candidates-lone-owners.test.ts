import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

// A one-word name written once, and only in possessive form, owning the word after it.
const found = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => ({ name: e.name, starts: e.mentions.map((m) => m.start) }));
};

describe('a lone name once in possessive form, owning the word after it', () => {
  it.each([
    ['after a preposition of place', 'I loved the scene that lingers in Marisol\'s tiny kitchen.', 'Marisol'],
    ['owning a described noun', 'For me the plot turns on Quillon\'s hidden letter to the mayor.', 'Quillon'],
    ['a listed given name the tagger may read as a verb', 'Honestly I kept laughing at Sue\'s awful cooking.', 'Sue'],
    ['a given name that is also a word', 'I was hooked by Josh\'s strange excuse for his lateness.', 'Josh'],
    ['an apostrophe alone after an s', 'I still think about Talis\' broken promise to me.', 'Talis'],
  ])('%s: %s', (_, text, name) => {
    expect(found(text)).toContainEqual({ name, starts: [text.indexOf(name)] });
  });

  it.each([
    ['after an article: a body or a kind', 'I think the Vorlan\'s fleet looked cheap in every shot.', 'Vorlan'],
    ['before a capitalised word: a title or a place', 'I first saw it at Quorvak\'s Diner downtown.', 'Quorvak'],
    ['in an idiom', 'I beg you, please watch it for Zandor\'s sake and enjoy it.', 'Zandor'],
    ['before a part only a work has', 'I honestly hated Marrow\'s finale more than anything.', 'Marrow'],
    ['before what a work owns as often (its music)', 'I adore listening to Sue\'s music on the long drive home.', 'Sue'],
    ['before what a work owns as often (its art)', 'I think Rose\'s art style is a bit flat.', 'Rose'],
    ['before a word that owns nothing', 'I liked the first one but Vellin\'s is the better ending.', 'Vellin'],
  ])('not a name %s: %s', (_, text, name) => {
    expect(found(text).map((e) => e.name)).not.toContain(name);
  });
});
