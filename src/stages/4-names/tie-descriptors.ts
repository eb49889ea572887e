/**
 * Stage 4c, descriptors: a title-case role phrase right before a name in brackets is the
 * character's descriptor ("Assembly Woman (Park Eun-Hee)"); in a dash chain the name before the
 * descriptor is another form of the bracketed name ("Mrs.Park – English Teacher (Park Sun-Hwa)")
 * and merges with it. Each phrase is read back from its bracket a bounded number of words.
 */
import type { Span } from '../../types';
import { isDash, isWordChar } from '../../text/chars';
import { isTitlePhrase } from '../../text/title-case';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { merge } from './tie-merge';

interface Located extends Span {
  entity: number;
}

function allMentions(entities: readonly EntityDraft[]): Located[] {
  return entities.flatMap((e, entity) => e.mentions.map((m) => ({ ...m, entity }))).sort((a, b) => a.start - b.start);
}

const NON_LETTERS = /\P{L}+/u;
const BOUNDARY = '\n“”"‘’«».;:!?,';

const WHITE_SPACE = /\s/;

/** A title phrase has at most this many words ({@link isTitlePhrase}). */
const MAX_TITLE_WORDS = 12;

/**
 * Where the phrase before a bracket that ends at `end` starts: back to a line start, quote,
 * sentence mark or spaced dash. -1 when it has more words than a title phrase can, found without
 * walking further back: on a long line of `Descriptor (Name)` pairs each walk stays short.
 */
function phraseStart(view: string, text: string, end: number): number {
  let start = end;
  // Words passed so far, counted as the title test counts them in the caller's text (pieces
  // between white space with a letter or digit), and whether the piece being walked has one.
  let words = 0;
  let inWord = false;
  while (start > 0 && !BOUNDARY.includes(view[start - 1] as string) && !(isDash(view[start - 1]) && view[start - 2] === ' ' && view[start] === ' ')) {
    start--;
    const ch = text[start] as string;
    if (WHITE_SPACE.test(ch)) {
      if (inWord && ++words > MAX_TITLE_WORDS) return -1;
      inWord = false;
    } else if (isWordChar(ch)) inWord = true;
  }
  while (start < end && view[start] === ' ') start++;
  return start;
}

/** 2. Descriptors and dash chains, read off `Descriptor (Name)` and `Alias – Descriptor (Name)`. */
export function tieDescriptors(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, text } = input;
  // Where the bracket before a mention would be: the last non-space before it (-1 at the start).
  const openBefore = (m: Span): number => {
    let open = m.start - 1;
    while (open >= 0 && view[open] === ' ') open--;
    return open;
  };
  const bracketed = (m: Span): boolean => {
    const open = openBefore(m);
    let close = m.end;
    while (close < view.length && view[close] === ' ') close++;
    return view[open] === '(' && view[close] === ')';
  };
  // No bracket in the text, no mention in one: each mention is not walked to learn it.
  if (!view.includes('(') || !entities.some((e) => e.mentions.some(bracketed))) return;
  const mentions = allMentions(entities);
  const mentionAt = new Map(mentions.map((m) => [m.start, m]));
  const mentionEndingAt = new Map(mentions.map((m) => [m.end, m]));
  // Each entity's descriptors as a set too: a long text may give one name thousands of them.
  const described = new Map<EntityDraft, Set<string>>();
  const descriptorsOf = (e: EntityDraft): Set<string> => {
    let set = described.get(e);
    if (!set) described.set(e, (set = new Set(e.descriptors)));
    return set;
  };
  for (const m of mentions) {
    if (!bracketed(m)) continue;
    const open = openBefore(m);
    // The phrase before the bracket, back to a line start, quote, sentence mark or spaced dash.
    let end = open;
    while (end > 0 && view[end - 1] === ' ') end--;
    const start = phraseStart(view, text, end);
    if (start < 0) continue;
    const phrase = text.slice(start, end);
    if (!phrase || !isTitlePhrase(phrase) || mentionAt.has(start)) continue;
    const entity = entities[m.entity] as EntityDraft;
    const known = descriptorsOf(entity);
    if (!known.has(phrase)) {
      known.add(phrase);
      entity.descriptors.push(phrase);
    }
    // "Mrs.Park – English Teacher (Park Sun-Hwa)": the name before the dash is this one too.
    let k = start - 1;
    while (k >= 0 && (view[k] === ' ' || isDash(view[k]))) k--;
    const before = mentionEndingAt.get(k + 1);
    if (!before || before.entity === m.entity) continue;
    const words = (s: string): string[] => s.toLowerCase().split(NON_LETTERS).filter(Boolean);
    const shared = words(view.slice(before.start, before.end)).some((w) => words(view.slice(m.start, m.end)).includes(w));
    if (shared) {
      const moved = (entities[before.entity] as EntityDraft).descriptors;
      merge(entities, before.entity, m.entity);
      for (const d of moved) known.add(d);
    }
  }
}
