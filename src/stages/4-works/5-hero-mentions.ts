/**
 * Pass 5, after the mentions: a work titled by its hero's name (`Naruto`, `Forrest Gump`, `Wonder
 * Woman`) is the hero, not the work, where the words beside a mention tell a story's being: a verb
 * only a living being does right after it (`Naruto fought`, `Forrest Gump dies`; not `died down`) or a
 * person's reflexive pronoun (`Naruto himself`), a family word or
 * a part of a being's life after its possessive (`Naruto's father`, `Naruto's childhood`), or an
 * acting verb right before it (`she played Wonder Woman`); the words are `HERO_VERBS`, `HERO_REFLEXIVES` and
 * `HERO_POSSESSIONS` of `src/data/work-cues.ts`. Those mentions are left to the names
 * stage; the work keeps the others, and a work every mention of which reads so keeps them all (the
 * text named it as a work somewhere, or it would not have been found).
 */
import { PLAYS_VERBS } from '../../data/name-kind-features';
import { HERO_POSSESSIONS, HERO_REFLEXIVES, HERO_VERB_PARTICLES, HERO_VERBS, TITLE_CONNECTORS } from '../../data/work-cues';
import { isLetter } from '../../text/chars';
import { forwardSearch } from '../../text/search';
import { scanWords, spacesOnly, type Word } from '../../text/words';
import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';

/** The most words a title may have to be read as a hero's name (`Monkey D. Luffy` is three). */
const NAME_WORDS_AT_MOST = 3;

/** True when the mention's words are all capitalised name words: no connector, no digit. */
function nameShaped(words: readonly Word[], first: number, after: number): boolean {
  if (after - first < 1 || after - first > NAME_WORDS_AT_MOST) return false;
  for (let i = first; i < after; i++) {
    const w = words[i] as Word;
    if (!w.capitalised || TITLE_CONNECTORS.has(w.lower)) return false;
    for (const ch of w.lower) if (!isLetter(ch) && ch !== '-' && ch !== '.') return false;
  }
  return true;
}

/** True when the words beside the mention `m` (its words are `first` up to `after`) tell the hero. */
function readsAsHero(view: string, words: readonly Word[], m: Span, first: number, after: number): boolean {
  const last = words[after - 1] as Word;
  const next = words[after];
  if (next !== undefined) {
    if (last.possessive) {
      if (HERO_POSSESSIONS.has(next.lower)) return true;
    } else if (spacesOnly(view, m.end, next.start)) {
      if (HERO_REFLEXIVES.has(next.lower)) return true;
      if (HERO_VERBS.has(next.lower) && !HERO_VERB_PARTICLES.has(words[after + 1]?.lower ?? '')) return true;
    }
  }
  // An acting verb before the title's possessive plays a part of the work (`played Brookside's X`).
  const before = words[first - 1];
  return before !== undefined && !last.possessive && PLAYS_VERBS.has(before.lower) && spacesOnly(view, before.end, m.start);
}

/**
 * True when the text names `title` (as written, as whole words) somewhere as its hero
 * ({@link readsAsHero}): the learner of known titles (scripts/learn-work-titles.mjs) counts the
 * documents where a title is its hero's name, as a name fans write bare is then a character as often.
 */
export function titleReadsAsHero(view: string, title: string): boolean {
  let at = view.indexOf(title);
  if (at < 0) return false;
  const words = scanWords(view, view.toLowerCase());
  const wordAt = forwardSearch(words);
  for (; at >= 0; at = view.indexOf(title, at + title.length)) {
    const first = wordAt(at);
    const end = at + title.length;
    // Whole words only: not "Zorvath" inside "Zorvathian".
    if (words[first]?.start !== at || isLetter(view[end] ?? '')) continue;
    if (heroAt(view, words, first, { start: at, end })) return true;
  }
  return false;
}

/** True when the mention `m`, its first word `first`, is name-shaped and its neighbours tell the hero ({@link readsAsHero}). */
function heroAt(view: string, words: readonly Word[], first: number, m: Span): boolean {
  let after = first;
  while (after < words.length && (words[after] as Word).start < m.end && after - first <= NAME_WORDS_AT_MOST) after++;
  return nameShaped(words, first, after) && readsAsHero(view, words, m, first, after);
}

/** The works with the mentions that read as their title's hero taken out ({@link readsAsHero}). */
export function heroMentionsApart(view: string, words: readonly Word[], works: readonly WorkDraft[]): WorkDraft[] {
  const wordAt = forwardSearch(words);
  return works.map((work) => {
    // Mentions come in order of their start within a work, so the search walks forward.
    const kept = work.mentions.filter((m) => !heroAt(view, words, wordAt(m.start), m));
    return kept.length === work.mentions.length || kept.length === 0 ? work : { ...work, mentions: kept };
  });
}
