/**
 * A speaker found by name but not at an entity's mention ("said Belafonte" where the names stage
 * listed only "Harry Belafonte", a cue `MIN-SEO` over a script line) is linked to the one entity
 * that bears that name: a form of it written in any case, else the given or family name of one of
 * its full names (a title and a family name, "Mrs. Bush", tell too little).
 */
import { HONORIFICS, STYLE_ABBREVIATIONS } from '../../data/honorifics';
import { bareTitle } from '../../text/bare-title';
import { isHonorific } from '../../text/honorific';
import { firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft } from '../stage-types';
import { titlePlaceLength } from './title-place';
import type { Context } from './types';

/**
 * Entity forms by their lower-case text, and entities by one word of a multi-word form; `titled`
 * holds, per title phrase already looked up ("bishop of durham"), the one person the text gave it.
 */
interface FormIndex {
  whole: Map<string, Set<number>>;
  word: Map<string, Set<number>>;
  titled: Map<string, number | null>;
}

/** Adds `entity` under `key`. */
function add(map: Map<string, Set<number>>, key: string, entity: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(entity);
}

/** Every entity form, read once when a speaker first needs it. */
function formIndex(ctx: Context): FormIndex {
  const index: FormIndex = { whole: new Map(), word: new Map(), titled: new Map() };
  for (const m of ctx.mentions) {
    const form = ctx.input.view.slice(m.start, m.end).toLowerCase();
    add(index.whole, form, m.entity);
    const words = form.split(' ');
    // "Mrs. Bush" does not tell which Bush "Bush" is; "Harry Belafonte" does.
    if (words.length < 2 || isHonorific(words[0] as string)) continue;
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
  if (!match) {
    // "the Bishop said" after "The Bishop of Durham, the Rt Rev Dr Tom Wright,": the person the
    // text gave that title.
    const holder = titleHolder(ctx, name, cache.index);
    return holder === null ? speaker : { ...speaker, entity: holder };
  }
  if (match.size !== 1) return speaker;
  return { ...speaker, entity: match.values().next().value as number };
}

/** Most characters between a title phrase and the name it is given ("…, the Rt Rev Dr Tom Wright"). */
const MAX_TITLE_GAP = 40;

/** Most places a title phrase is read at, so a text repeating it is read in linear time. */
const MAX_TITLE_PLACES = 16;

/**
 * The one person the text names right after the title phrase `name` ("bishop", "bishop of
 * durham"), with the place or office after "of" between or not: after a comma and title words ("The Bishop of Durham, the Rt Rev Dr Tom Wright") or
 * straight after ("Bishop Tom Wright"), wherever the phrase is written; null when the phrase is no
 * title, names nobody or names several. Looked up once per phrase and text.
 */
function titleHolder(ctx: Context, name: string, index: FormIndex): number | null {
  const title = name.split(' ')[0] as string;
  if (!HONORIFICS.has(title)) return null;
  const known = index.titled.get(name);
  if (known !== undefined) return known;
  const found = new Set<number>();
  const lower = ctx.input.lower;
  let places = 0;
  for (let at = lower.indexOf(name); at >= 0 && places < MAX_TITLE_PLACES; at = lower.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (/\p{L}/u.test(lower[end] ?? '') || (at > 0 && /\p{L}/u.test(lower[at - 1] ?? ''))) continue;
    places++;
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, end)];
    if (!m || m.quoted || m.start - end > MAX_TITLE_GAP || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    // Only a comma, "the" and titles between ("…, the Rt Rev Dr "), or nothing but a space.
    // "the Bishop" read at "The Bishop of Durham, …": the see or office after "of" goes with the title.
    const between = ctx.input.view.slice(end, m.start);
    const gap = between.slice(titlePlaceLength(between));
    const words = gap.replace(/^,/, '').trim().split(/\s+/).filter((w) => w !== '');
    if (words.length > 0 && !gap.startsWith(',')) continue;
    if (words.every((w) => w.toLowerCase() === 'the' || isHonorific(w.toLowerCase()) || STYLE_ABBREVIATIONS.has(bareTitle(w.toLowerCase())))) found.add(m.entity);
  }
  const holder = found.size === 1 ? (found.values().next().value as number) : null;
  index.titled.set(name, holder);
  return holder;
}
