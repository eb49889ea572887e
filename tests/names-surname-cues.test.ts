import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const person = (text: string, name: string): { roles: string[]; start: number } | undefined => {
  const a = analyzeReview(text);
  const p = a.people.find((e) => e.name === name);
  if (!p) return undefined;
  const m = p.mentions[0];
  return { roles: p.roles, start: m ? m.start : -1 };
};

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a surname alone, once, made a person by the work or manner it names', () => {
  it.each([
    // A writer's possessive before a poem or a play, past describing words.
    ["It borrows more from old legends than Tennard's famous poem, and it is a lively adventure.", 'Tennard', 'author'],
    ["The film keeps little of Ostrowe's bitter play beyond the title.", 'Ostrowe', 'writer'],
    ["Whole speeches come from Marchbank's sonnets, and they sound odd on screen.", 'Marchbank', 'author'],
  ])('%j names %j a person with role %j', (text, name, role) => {
    const p = person(text, name);
    expect(p).toBeDefined();
    expect(p?.roles).toContain(role);
    expect(p?.start).toBe(text.indexOf(name));
  });

  it.each([
    // A determiner other than `a` before `X film`.
    ['Sadly this is just another Kettleby picture with loud music and no story.', 'Kettleby'],
    ['You can spot every Dravington movie by its long takes.', 'Dravington'],
    // A maker's manner: a determiner, maybe describing words, the name, then `touch`.
    ['The comedy has the sublime Wollheim touch in every scene with the husband.', 'Wollheim'],
    ['There is a Pellegrin trademark in the last shot, a slow fade to the sea.', 'Pellegrin'],
  ])('%j names %j a person', (text, name) => {
    const p = person(text, name);
    expect(p).toBeDefined();
    expect(p?.start).toBe(text.indexOf(name));
  });

  it.each([
    // `story` is not a writer's work: a character has a story too.
    ["Nobody cared about Brennock's story once the war began.", 'Brennock'],
    // Without a determiner before the name, `X touch` is no cue: here it is a brand of a thing.
    ['Velloran touch screens are everywhere in the film.', 'Velloran'],
    // A manner noun after a capitalised run is not this cue: the whole run is a name or not.
    ['It has the Golden Harbour touch of old.', 'Harbour'],
  ])('%j has no person %j', (text, name) => {
    expect(analyzeReview(text).people.map((e) => e.name)).not.toContain(name);
    expect(found(text)).not.toContain(name);
  });
});
