/**
 * Pass 4, shape: a romanised Japanese title ("Kimetsu no Yaiba", "Shingeki no Kyojin", "Boku no
 * Hero Academia", "Kaguya-sama wa Kokurasetai"): capitalised words joined by a lower-case particle
 * (`no`, `wa`, `ga`) in a text about animation. English puts these words between capitalised words
 * almost never ("Sasuke no longer" has a lower-case word after it, and the run stops there), so
 * in an anime review the shape is a title's, unless an article or a possessive comes before it
 * (a character's technique or item: "the Gomu Gomu no Mi", "Luffy's Gomu Gomu no Mi") or it is a
 * historical name ("Abe no Seimei": a first word the names data knows as a given name); role words
 * and honorifics at its left edge are a person's, not the title's ("Director Tanaka ...").
 */
import { HONORIFICS } from '../../data/honorifics';
import { ROLE_NOUNS } from '../../data/role-words';
import { ENGLISH_TAGS, ROMANISED_OWNER_WORDS, ROMANISED_PARTICLES } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';

/**
 * True for a word a romanised title may hold: capitalised, no English function word opening a
 * sentence ("Does", "Before"), and no role word or honorific ("Director", "Lord").
 */
const titleWord = (ctx: WorksContext, w: Word): boolean =>
  w.capitalised && !ENGLISH_TAGS.has(ctx.posAt(w.start)) && !ROLE_NOUNS.has(w.lower) && !HONORIFICS.has(w.lower);

/** True when the word before the title's first word makes it owned ("the", "his", "Luffy's"). */
function owned(ctx: WorksContext, first: number): boolean {
  if (first === 0) return false;
  const w = ctx.word(first - 1);
  // A word's possessive ending is cut from its `lower` and flagged.
  return ROMANISED_OWNER_WORDS.has(w.lower) || w.possessive;
}

/**
 * 4n. The part of a run a romanised particle joins, kept for {@link romanisedTitles}: the
 * capitalised words right before the first particle and after the last, and the particles and
 * capitalised words between ("Boku no Hero Academia" out of "Does Boku no Hero Academia"); not
 * English connectors ("Shingeki no Kyojin or Attack on Titan" keeps "Shingeki no Kyojin").
 */
export function readRomanised(ctx: WorksContext, run: Run, out: Run[]): void {
  for (let i = run.first + 1; i < run.last; i++) {
    const w = ctx.word(i);
    if (w.capitalised || !ROMANISED_PARTICLES.has(w.lower) || !ctx.word(i - 1).capitalised) continue;
    let first = i - 1;
    while (first > run.first && titleWord(ctx, ctx.word(first - 1))) first--;
    if (!titleWord(ctx, ctx.word(first))) first++;
    let last = i;
    for (let k = i + 1; k <= run.last; k++) {
      const x = ctx.word(k);
      if (x.capitalised) last = k;
      else if (!(ROMANISED_PARTICLES.has(x.lower) && ctx.word(k + 1).capitalised)) break;
    }
    if (first >= i || last <= i || owned(ctx, first)) return;
    // A given name first and one word after the particle: a person's historical name ("Abe no Seimei").
    const lead = ctx.word(first).lower;
    if (first === i - 1 && last === i + 1 && isListedFirstName(lead)) return;
    out.push({ first, last, start: ctx.word(first).start, end: ctx.word(last).end });
    return;
  }
}

/** The runs `readRomanised` kept, as titles, when the text is about animation. */
export function romanisedTitles(ctx: WorksContext, runs: readonly Run[]): Finding[] {
  if (runs.length === 0 || !ctx.aboutAnimation()) return [];
  return runs.map((r) => titleFinding(ctx.formOf(r)));
}
