/**
 * Stage 4c, full names with a short given name: a full name whose given name is a pet or short
 * form of another full name's given name, and whose other words that name also holds, is the same
 * person written more familiarly ("Danny Vell" of "Daniel Vell", "Rob Tarn" of "Robert Tarn
 * Orrin"). A writer gives the formal name once and the familiar one after, or the other way round.
 */
import { HONORIFICS, NAME_TITLES } from '../../data/honorifics';
import { sexesAgree } from '../../text/first-names';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Span } from '../../types';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { actorsOf } from './link-casting-words';
import { sameForm } from './same-form';
import { addToSetMap } from './set-map';
import { petForms } from './tie-forms';
import { MergedInto, merge } from './tie-merge';

/** The shortest cut of a given name read as its short form (`Rob` of `Robert`, `Dan` of `Daniel`). */
const MIN_CUT = 3;

/** The words of a mention past any title, lower case. */
function coreWords(lower: string, start: number, end: number): string[] {
  const words = lower.slice(start, end).split(' ');
  let k = 0;
  while (k < words.length - 1 && (HONORIFICS.has(words[k] as string) || NAME_TITLES.has((words[k] as string).replace(/\.$/, '')))) k++;
  return words.slice(k);
}

/**
 * The fewest letters a cut leaves out: `Daniel` is a name of its own, not a cut of `Danielle`, nor
 * `Joan` of `Joanne`.
 */
const MIN_LEFT_OUT = 3;
/** The longest cut read as a short form (`Chris` of `Christopher`); it also bounds the work per name. */
const MAX_CUT = 5;

/**
 * The familiar forms of a given name: its pet forms and the listed given names it starts with,
 * none that the lists give the other sex (`Daniel` of `Danielle`, `Jo` of `Joseph`); only those
 * `wanted` keeps.
 */
function familiarForms(given: string, wanted: (form: string) => boolean): string[] {
  const forms = petForms(given, wanted);
  for (let n = MIN_CUT; n <= Math.min(MAX_CUT, given.length - MIN_LEFT_OUT); n++) {
    const cut = given.slice(0, n);
    if (wanted(cut) && isListedFirstName(cut) && sexesAgree(cut, given)) forms.push(cut);
  }
  return forms;
}

/**
 * Merges each entity named in full with a familiar given name into the one other entity
 * whose full name has the formal given name and holds its other words: the same surname
 * (`Danny Vell`, `Daniel Vell`), or one later word of a longer name (`Rob Tarn`, `Robert Tarn
 * Orrin`). Not when two entities fit, nor between a part and its actor, nor past an initial (one
 * letter is no word to match); kinds that differ merge only when neither is an actor, and a part
 * linked to its actor stays a part. Each entity's mentions are read once, keyed by form.
 */
export function mergeFullPetForms(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const { lower } = input;
  // "pet rest" → the entities whose formal full name allows that familiar form.
  const owners = new Map<string, Set<number>>();
  const familiar: { key: string; entity: number; words: string[] }[] = [];
  entities.forEach((e, i) => {
    const seen = new Set<string>();
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before is a key already seen, or a form already passed over.
      if (sameForm(lower, before, m)) continue;
      before = m;
      const words = coreWords(lower, m.start, m.end);
      if (words.length < 2 || words.some((w) => w.replace(/\.$/, '').length < 2)) continue;
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      familiar.push({ key, entity: i, words });
    }
  });
  // Only the familiar names are looked up, so only they are filed; and a name's familiar forms
  // are made only when one of its tails ends another familiar name after a space: a tail that
  // ends only its own name would file it under itself, and no familiar form of a given name is
  // that name or holds a space.
  const keys = new Set<string>();
  const endings = new Map<string, number>();
  // A familiar form is looked up only as the first word of a name the text writes.
  const firstWords = new Set<string>();
  for (const { key, words } of familiar) {
    keys.add(key);
    firstWords.add(words[0] as string);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      const ending = key.slice(at + 1);
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
    }
  }
  for (const { key, entity, words } of familiar) {
    const [given, ...rest] = words as [string, ...string[]];
    const endsOthers = (tail: string): boolean => (endings.get(tail) ?? 0) > (key.endsWith(` ${tail}`) ? 1 : 0);
    const tails = [...new Set([rest.join(' '), ...rest])].filter(endsOthers);
    if (tails.length === 0) continue;
    for (const pet of familiarForms(given, (form) => firstWords.has(form))) {
      for (const tail of tails) {
        const form = `${pet} ${tail}`;
        if (keys.has(form)) addToSetMap(owners, form, entity);
      }
    }
  }
  const actors = actorsOf(entities);
  const movedTo = new MergedInto();
  for (const { key, entity } of familiar) {
    const fits = owners.get(key);
    if (!fits || fits.size !== 1) continue;
    const owner = fits.values().next().value as number;
    const from = movedTo.find(entity);
    const to = movedTo.find(owner);
    if (from === to) continue;
    const a = entities[from] as EntityDraft;
    const b = entities[to] as EntityDraft;
    if (a.playedBy === to || b.playedBy === from) continue;
    // Kinds read alone may differ (a full name with no cue reads as a real person), but an actor
    // is never his part's familiar name.
    if (a.kind !== b.kind && (actors.has(from) || actors.has(to))) continue;
    const part = a.playedBy !== null || b.playedBy !== null;
    merge(entities, from, to);
    movedTo.set(from, to);
    // A link says the name is a part, whatever kind the other form got alone.
    if (part) b.kind = 'character';
  }
}
