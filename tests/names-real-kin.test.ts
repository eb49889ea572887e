// In news, a name given by its tie to a real person ("Tom Keel's wife Ruth", "Tom Keel, wife
// Ruth", "Tom Keel and his son Adam") names a real person too, whatever the kind model weighed;
// a casting word before the real person makes the kin a part, and a kin with a player is a part.
// The pass is read on drafted entities: the owner a real person, the kin a character. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/stages/1-normalize';
import { releaseRealKin } from '../src/stages/4-names/tie-real-kin';
import type { EntityDraft } from '../src/stages/stage-types';

/** An entity of `kind` with one mention at each place `form` occurs in `text`. */
function drafted(text: string, form: string, kind: EntityDraft['kind']): EntityDraft {
  const mentions = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) mentions.push({ start: at, end: at + form.length });
  return { kind, kindConfidence: 0.7, mentions, roles: kind === 'person' ? ['other'] : [], descriptors: [], playedBy: null };
}

/** The kind the kin `kin` ends with, the real person `owner` drafted beside it. */
function kinKind(text: string, owner: string, kin: string, played = false): EntityDraft['kind'] {
  const entities = [drafted(text, owner, 'person'), drafted(text, kin, 'character')];
  if (played) (entities[1] as EntityDraft).playedBy = 0;
  releaseRealKin(normalize(text), entities);
  return (entities[1] as EntityDraft).kind;
}

describe('a real person named by the tie to a real person', () => {
  it.each([
    ['the owner\'s possessive', 'Tom Keel said he would tour. Keel\'s daughter Mara will sing with him.', 'Keel', 'Mara'],
    ['a possessive of a name in s', 'The late Ann Morris left a will. Morris\' widow Ruth keeps the house.', 'Morris', 'Ruth'],
    ['an apposition after a comma', 'Guests included Tom Keel, wife Ruth and the band.', 'Tom Keel', 'Ruth'],
    ['`and his`', 'Tom Keel and his son Adam opened the school.', 'Tom Keel', 'Adam'],
    ['`and` alone', 'Singers Nora Vale and husband Dan will sing a duet.', 'Nora Vale', 'Dan'],
  ] as const)('%s', (_, text, owner, kin) => {
    expect(kinKind(text, owner, kin)).toBe('person');
  });
});

describe('the kin stays a character', () => {
  it.each([
    ['a casting verb before the owner', 'Dana Pike plays Tom Keel\'s wife Ruth in the drama.', 'Tom Keel', 'Ruth'],
    ['`as` before the owner', 'Dana Pike was cast as Tom Keel\'s mother Ruth last week.', 'Tom Keel', 'Ruth'],
    ['a noun of a part before the owner', 'The part of Tom Keel\'s daughter Mara is still open.', 'Tom Keel', 'Mara'],
    ['a tie that is not kin', 'Tom Keel and his dog Rex opened the school.', 'Tom Keel', 'Rex'],
    ['no owner before the noun', 'The wife Ruth smiled.', 'Tom Keel', 'Ruth'],
  ] as const)('%s', (_, text, owner, kin) => {
    expect(kinKind(text, owner, kin)).toBe('character');
  });

  it('a kin with a player is a part', () => {
    expect(kinKind('Tom Keel said so. Keel\'s daughter Mara is played by Dana Pike.', 'Keel', 'Mara', true)).toBe('character');
  });
});
