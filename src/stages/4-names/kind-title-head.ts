/**
 * Stage 4b, kind: a name that heads a work's title the same text names (`Brannoc` and `Brannoc:
 * The Frost Road`, `Ada Vane` and `Ada Vane and the Glass Tower`, or the whole title): the work is named
 * after its hero, who is someone inside the story unless the text gives the name a life outside it.
 */
import type { Span } from '../../types';
import { titleWords, type NameContext } from './context';
import { FEATURE_INDEX } from './kind-features';

/**
 * Features that give a name a life outside the story: a casting cue or a crew role on a mention
 * (`X as Y`, `directed by X`), a role noun near it
 * (`director X`), the name's own work (`X's films`, `a X movie`), a title or a writer's courtesy
 * title at a mention, a surname many texts give real people, and mentions that stand where a
 * maker does more often than in the story. A film named after a real person (`Ray`, a biopic) is
 * about someone with such a life, and reviews of it say so with these words. An actor's side
 * read from its sentence's shape alone (`X as the last son`, `X, playing the hero`) is no such
 * life: reviews write it of the heroes of works named after them as often as of actors.
 */
const PERSON_EVIDENCE = ['actorCue', 'crewCue', 'roleNounNear', 'possessiveWork', 'honorific', 'courtesyTitle', 'knownPerson', 'makerFrame'].map(
  (f) => FEATURE_INDEX[f] as number,
);

/** An apostrophe's possessive at a word's end (`Brannoc's`), no part of the name. */
const POSSESSIVE_ENDS = ["'s", '’s'];

/** The words of the longest of `mentions`, in lower case and one space apart, a possessive dropped. */
function nameHead(view: string, mentions: readonly Span[]): string {
  let longest: Span | undefined;
  for (const m of mentions) if (longest === undefined || m.end - m.start > longest.end - longest.start) longest = m;
  if (longest === undefined) return '';
  const words = titleWords(view.slice(longest.start, longest.end)).map((w) => w.toLowerCase());
  const last = words.at(-1);
  const ending = last === undefined ? undefined : POSSESSIVE_ENDS.find((e) => last.endsWith(e) && last.length > e.length);
  if (last !== undefined && ending !== undefined) words[words.length - 1] = last.slice(0, -ending.length);
  return words.join(' ');
}

/**
 * True when the longest of an entity's `mentions` is the head of a title the text names
 * ({@link NameContext.titleHeads}) and its feature vector `x` holds none of
 * {@link PERSON_EVIDENCE}: the name is the hero the work is named after.
 */
export function headsWorkTitle(ctx: Pick<NameContext, 'input' | 'titleHeads'>, mentions: readonly Span[], x: readonly number[]): boolean {
  if (ctx.titleHeads.size === 0 || PERSON_EVIDENCE.some((i) => x[i] === 1)) return false;
  const head = nameHead(ctx.input.view, mentions);
  return head !== '' && ctx.titleHeads.has(head);
}
