// A given name that is also an English word ("Dana", "Lance", "Pierce") opening its sentence leads
// a full name when its surname is no word of the language model's lexicon, so a profile's opening
// sentence keeps its subject and a he or she after it has someone to stand for. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every name and alias the analysis gives, characters and people. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

/** Each character's name with its player's name, `character <- actor`. */
function links(text: string): string[] {
  const a = analyzeReview(text);
  const names = new Map(a.people.map((p) => [p.id, p.name]));
  return a.characters.filter((c) => c.playedBy !== null).map((c) => `${c.name} <- ${names.get(c.playedBy as string) ?? '?'}`);
}

describe('a given name that is also a word, opening its sentence', () => {
  it.each([
    ['with no cue in its sentence', 'Dana Vell died at home on Monday, her family said.', 'Dana Vell'],
    ['before a verb the tagger may read it as', 'Pierce Hallorin led the cast of the long-running crime drama.', 'Pierce Hallorin'],
    ['after a line break', 'The festival closed late.\nLance Okorafor won the jury prize for his debut.', 'Lance Okorafor'],
  ] as const)('leads a full name %s', (_, text, name) => {
    expect(allForms(text)).toContain(name);
  });

  it('gives the he or she of the next sentence someone to stand for', () => {
    expect(links('Dana Vell is back on screen this winter. She plays Ruth Amberley, the harbour master.')).toEqual(['Ruth Amberley <- Dana Vell']);
  });

  it.each([
    ['before a surname the lexicon knows as a word', 'Chase Bank said on Monday that it would close two branches.', 'Chase Bank'],
    ['in a question, where the modal opens it', 'Will Dorvelle ever forgive her brother?', 'Will Dorvelle'],
    ['before a place', 'Chase London said on Monday that it would close two branches.', 'Chase London'],
  ] as const)('not %s', (_, text, name) => {
    expect(allForms(text)).not.toContain(name);
  });
});
