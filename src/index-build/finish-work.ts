/**
 * Step 6 of the index: a work's entities in their final shape. Entities that are titles (the work's
 * own, "Bleach", or a part of it, "Wars" of "Star Wars", or a work its documents list) and that
 * nothing says are someone are left out; the rest get ids (characters `c…`, people `p…`, most
 * documents first), actor links by vote, and co-occurrences by entity id.
 */
import { HONORIFICS } from '../data/honorifics';
import { addContext, namesThing, newFormContext, thingScore } from './form-context';
import { formWords } from './form-key';
import type { IndexCooccurrence, IndexEntity, IndexWork } from './index-types';
import { characterShare, makeEntity, type DraftEntity } from './make-entities';
import { mergeForms } from './merge-forms';
import { countDocuments, mergeSketches, type DistinctSketch } from './distinct-count';
import { bump, type FormTally, type WorkTally } from './tally';
import { promoteWeakForms } from './weak-forms';

/** What a work is finished with. */
export interface FinishCaps {
  quotes: number;
  documentIds: number;
  cooccurrences: number;
  minDocuments: number;
}

/** Documents listing a form as a work that make an entity of only such forms a work. */
const MIN_TITLE_DOCUMENTS = 2;

/** Whether `part` is a run of words inside `whole`, shorter than it. */
function strictPart(part: readonly string[], whole: readonly string[]): boolean {
  if (!part.length || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    let j = 0;
    while (j < part.length && whole[i + j] === part[j]) j++;
    if (j === part.length) return true;
  }
  return false;
}

/** Whether `part` is a {@link strictPart} of one of `wholes` (a loop: this is asked of every form of a work). */
function strictPartOfAny(part: readonly string[], wholes: readonly (readonly string[])[]): boolean {
  for (const whole of wholes) if (strictPart(part, whole)) return true;
  return false;
}

/**
 * Which merge keys of a work are titles: a title, or a run of words in one. The titles are the
 * work's own (`titles`, as words) and every form that two or more of its documents list as a work
 * and no more documents name as someone (a work list can hold a name a document mistook for a
 * title).
 */
export function titleKeys(work: WorkTally, titles: readonly string[][]): Set<string> {
  const all = titles.slice();
  const seen = new Set<string>();
  for (const parts of work.parsed.values()) {
    const listed = work.workTitles.get(parts.key) ?? 0;
    if (listed < MIN_TITLE_DOCUMENTS || seen.has(parts.key)) continue;
    seen.add(parts.key);
    const named = work.forms.get(parts.key);
    if (!named || listed >= countDocuments(named.docs)) all.push(parts.written);
  }
  const keys = new Set(all.map((t) => t.join('')));
  // The initials of the work's own titles ("AoT" for Attack on Titan, "HxH"), when mostly written
  // with two capitals or more, are the title too.
  const initials = new Set<string>();
  for (const t of titles) for (let k = 2; k <= t.length; k++) initials.add(t.slice(0, k).map((w) => w[0]).join(''));
  const capitals = (surface: string): number => [...surface].filter((ch) => ch !== ch.toLowerCase()).length;
  const out = new Set<string>();
  for (const [key, tally] of work.forms) {
    if (keys.has(key) || strictPartOfAny(tally.parts.written, all)) out.add(key);
    else if (initials.has(key)) {
      let caps = 0;
      let all = 0;
      for (const [surface, n] of tally.surfaces) {
        all += n;
        if (capitals(surface) >= 2) caps += n;
      }
      if (2 * caps >= all) out.add(key);
    }
  }
  return out;
}

/** Whether a form is a title before a name ("Mr. Wick", "Captain America"). */
function honoured(tally: FormTally | undefined): boolean {
  const written = tally?.parts.written ?? [];
  return written.length >= 2 && HONORIFICS.has(written[0] as string);
}

/**
 * The title keys (see {@link titleKeys}) that nothing in the documents says are someone: no actor
 * linked to the form, and no document gives it a form with a title before a name. A title also
 * names its title character ("John Wick", played by someone, "Mr. Wick"); the others are bare.
 */
export function bareTitles(work: WorkTally, titles: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of titles) {
    const tally = work.forms.get(key);
    if (!tally || tally.playedBy.size || tally.plays.size || honoured(tally)) continue;
    if ([...(work.ties.get(key)?.keys() ?? [])].some((k) => honoured(work.forms.get(k)))) continue;
    out.add(key);
  }
  return out;
}

/**
 * Whether an entity is a title rather than someone: two or more documents name it, it has a title
 * form (see {@link titleKeys}), and nothing in the documents says it is someone: an actor linked
 * to it, a form with a title before a name ("Mr. Wick", "Captain America"), or forms that are no
 * title in two documents or more ("Uzumaki Naruto" and "Naruto Uzumaki" for "Naruto"; one
 * document's "Anniversary Bleach" is not enough).
 */
function isTitle(work: WorkTally, draft: DraftEntity, titles: ReadonlySet<string>): boolean {
  if (draft.documents < MIN_TITLE_DOCUMENTS || !draft.keys.some((k) => titles.has(k))) return false;
  let others: DistinctSketch = [];
  for (const k of draft.keys) if (!titles.has(k)) others = mergeSketches(others, work.forms.get(k)?.docs ?? []);
  if (countDocuments(others) >= MIN_TITLE_DOCUMENTS) return false;
  if (draft.playedBy.size || draft.plays.size) return false;
  return !draft.keys.some((k) => honoured(work.forms.get(k)));
}

/** Documents listing a form with one sort (someones, or forms left out) that make it of that sort. */
const MIN_LISTED = 4;
/** How many times the documents listing it with the other sort those listing it with the one must be. */
const LISTED_DOMINANCE = 3;

/**
 * The merge keys whose mentions' context says they name no one: a place, a group, a power (see
 * {@link namesThing}) and nothing links to an actor. Titles are left to the title rules: the title character of a work
 * ("Naruto", "John Wick") is talked of as the work as often as as someone. Then the lists the
 * texts write settle a form's sort against its context, since a list holds one sort of thing: a
 * form listed with someones far more than with forms left out is someone ("Zabuza and Haku",
 * "Kakashi/Zabuza", where "the Zabuza arc" reads like "the Alabasta arc"), and one listed with
 * forms left out far more than with someones is no one ("Hueco Mundo and Karakura Town").
 * Forms documents list as works count as neither: a works stage takes names for titles too.
 */
export function thingKeys(work: WorkTally, titles: ReadonlySet<string>): Set<string> {
  const listedAsWork = (key: string): boolean => (work.workTitles.get(key) ?? 0) >= MIN_TITLE_DOCUMENTS;
  const open = (key: string, tally: FormTally): boolean => !titles.has(key) && !tally.playedBy.size && !tally.plays.size;
  const leaning = new Set<string>();
  // A form documents link to an actor is someone, whatever words surround it ("the T-1000").
  for (const [key, tally] of work.forms) if (open(key, tally) && namesThing(tally.context, listedAsWork(key))) leaning.add(key);
  /** The documents listing `tally` with forms of each sort: left out (`things`), or someones (the rest that two documents accept). */
  const partners = (tally: FormTally, things: ReadonlySet<string>): { someones: number; things: number } => {
    const out = { someones: 0, things: 0 };
    for (const [other, n] of tally.listedWith) {
      const partner = work.forms.get(other);
      if (!partner || titles.has(other)) continue;
      if (things.has(other)) out.things += n;
      else if (!listedAsWork(other) && countDocuments(partner.docs) >= MIN_TITLE_DOCUMENTS) out.someones += n;
    }
    return out;
  };
  const out = new Set<string>();
  for (const key of leaning) {
    const seen = partners(work.forms.get(key) as FormTally, leaning);
    if (seen.someones < MIN_LISTED || seen.someones < LISTED_DOMINANCE * seen.things) out.add(key);
  }
  // Then forms whose context does not lean to someone, listed with the forms left out so far: read
  // against a copy, so that what this loop adds does not make the result hang on the forms' order.
  const leftOut: ReadonlySet<string> = new Set(out);
  for (const [key, tally] of work.forms) {
    if (leaning.has(key) || !open(key, tally) || thingScore(tally.context) < 0) continue;
    const seen = partners(tally, leftOut);
    if (seen.things >= MIN_LISTED && seen.things >= LISTED_DOMINANCE * seen.someones) out.add(key);
  }
  return out;
}

/**
 * Whether an entity of several forms, none enough alone, is no one by its forms' summed context
 * (see {@link namesThing}): "Soul Reaper" and "Soul Reapers" together. Not for a title or an
 * entity linked to an actor.
 */
export function groupNamesThing(work: WorkTally, keys: readonly string[], titles: ReadonlySet<string>): boolean {
  if (keys.length < 2) return false;
  const sum = newFormContext();
  for (const key of keys) {
    const tally = work.forms.get(key);
    if (!tally || titles.has(key) || tally.playedBy.size || tally.plays.size) return false;
    addContext(sum, tally.context);
  }
  return namesThing(sum);
}

/** The most voted key of `votes` that maps to an entity, as that entity. */
function topLinked(votes: ReadonlyMap<string, number>, entityOf: ReadonlyMap<string, IndexEntity>, self: IndexEntity): IndexEntity[] {
  const tally = new Map<IndexEntity, number>();
  for (const [key, n] of votes) {
    const e = entityOf.get(key);
    if (e && e !== self) bump(tally, e, n);
  }
  return [...tally].sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

/** The finished {@link IndexWork} of a tally; `otherTitles`: see {@link promoteWeakForms}. */
export function finishWork(work: WorkTally, caps: FinishCaps, otherTitles: ReadonlySet<string>): IndexWork {
  promoteWeakForms(work, otherTitles);
  const titles = titleKeys(work, [work.title, ...work.aliases.values()].map(formWords));
  const share = characterShare(work);
  const drafts = mergeForms(work, bareTitles(work, titles), thingKeys(work, titles))
    .map((keys) => makeEntity(work, keys, caps, share, titles))
    .filter((d) => d.documents >= caps.minDocuments && !isTitle(work, d, titles) && !groupNamesThing(work, d.keys, titles))
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  const entityOf = new Map<string, IndexEntity>();
  const pairs: Array<[DraftEntity, IndexEntity]> = [];
  let characters = 0;
  let people = 0;
  for (const d of drafts) {
    const e: IndexEntity = {
      id: d.kind === 'character' ? `c${characters++}` : `p${people++}`,
      name: d.name,
      forms: d.forms,
      documents: d.documents,
      mentions: d.mentions,
      kind: d.kind,
      kindConfidence: d.kindConfidence,
      sentiment: d.sentiment,
      quotes: d.quotes.map((q) => ({ document: q.document, text: q.text })),
      documentIds: d.documentIds,
    };
    for (const key of d.keys) entityOf.set(key, e);
    pairs.push([d, e]);
  }
  for (const [d, e] of pairs) {
    if (e.kind === 'character') {
      const actor = topLinked(d.playedBy, entityOf, e).find((x) => x.kind === 'person');
      e.playedBy = actor ? actor.id : null;
    } else {
      e.roles = d.roles;
      e.plays = topLinked(d.plays, entityOf, e).filter((x) => x.kind === 'character').map((x) => x.id);
    }
  }
  const together = new Map<string, number>();
  for (const [pair, n] of work.cooccurrence) {
    const [a, b] = pair.split('\n').map((k) => entityOf.get(k)?.id);
    if (a === undefined || b === undefined || a === b) continue;
    bump(together, a < b ? `${a}\n${b}` : `${b}\n${a}`, n);
  }
  const cooccurrence: IndexCooccurrence[] = [...together]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, caps.cooccurrences)
    .map(([pair, sections]) => {
      const [a, b] = pair.split('\n') as [string, string];
      return { a, b, sections };
    });
  return {
    title: work.title,
    aliases: [...work.aliases.values()],
    documents: work.documents,
    characters: pairs.map(([, e]) => e).filter((e) => e.kind === 'character'),
    people: pairs.map(([, e]) => e).filter((e) => e.kind === 'person'),
    cooccurrence,
  };
}
