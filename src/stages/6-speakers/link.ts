/**
 * A speaker found by name but not at an entity's mention ("said Belafonte" where the names stage
 * listed only "Harry Belafonte", a cue `MIN-SEO` over a script line) is linked to the one entity
 * that bears that name: a form of it written in any case, else the given or family name of one of
 * its full names (a title and a family name, "Mrs. Bush", tell too little).
 */
import { HONORIFICS } from '../../data/honorifics';
import type { SpeakerDraft } from '../stage-types';
import type { Context } from './types';

/** Entity forms by their lower-case text, and entities by one word of a multi-word form. */
interface FormIndex {
  whole: Map<string, Set<number>>;
  word: Map<string, Set<number>>;
}

/** Adds `entity` under `key`. */
function add(map: Map<string, Set<number>>, key: string, entity: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(entity);
}

/** Every entity form, read once when a speaker first needs it. */
function formIndex(ctx: Context): FormIndex {
  const index: FormIndex = { whole: new Map(), word: new Map() };
  for (const m of ctx.mentions) {
    const form = ctx.input.view.slice(m.start, m.end).toLowerCase();
    add(index.whole, form, m.entity);
    const words = form.split(' ');
    // "Mrs. Bush" does not tell which Bush "Bush" is; "Harry Belafonte" does.
    if (words.length < 2 || HONORIFICS.has((words[0] as string).replace(/\.$/, ''))) continue;
    add(index.word, words[0] as string, m.entity);
    add(index.word, words[words.length - 1] as string, m.entity);
  }
  return index;
}

/** The speaker linked to the one entity bearing its name; as it was when none or several do. */
export function linkSpeaker(ctx: Context, speaker: SpeakerDraft, cache: { index: FormIndex | null }): SpeakerDraft {
  if (speaker.entity !== null) return speaker;
  const name = ctx.input.view.slice(speaker.span.start, speaker.span.end).toLowerCase();
  cache.index ??= formIndex(ctx);
  const whole = cache.index.whole.get(name);
  const match = whole ?? (name.includes(' ') ? undefined : cache.index.word.get(name));
  if (!match || match.size !== 1) return speaker;
  return { ...speaker, entity: match.values().next().value as number };
}
