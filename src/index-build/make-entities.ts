/**
 * Step 5 of the index: one entity per group of merged forms: its forms and counts, canonical name,
 * kind by the documents' weighted votes and what the whole work says of its forms, roles,
 * sentiment, quotes and document ids.
 */
import { round3 } from '../text/round3';
import type { PersonRole } from '../types';
import { countDocuments, mergeSketches, type DistinctSketch } from './distinct-count';
import type { IndexEntity } from './index-types';
import { MIN_ACCEPTED_DOCUMENTS } from './plain-mentions';
import { bump, capQuotes, type FormTally, type RankedQuote, type WorkTally } from './tally';

/**
 * An entity before ids are given and links resolved: the fields of {@link IndexEntity} that need no
 * id, with its links still as merge keys and its quotes still ranked.
 */
export interface DraftEntity extends Omit<IndexEntity, 'id' | 'roles' | 'playedBy' | 'plays' | 'quotes'> {
  /** The merge keys of its forms. */
  keys: string[];
  roles: PersonRole[];
  /** Merge keys of the forms said to play it, with counts. */
  playedBy: Map<string, number>;
  /** Merge keys of the forms it is said to play, with counts. */
  plays: Map<string, number>;
  quotes: RankedQuote[];
}

/**
 * The canonical name: among names two or more documents use (or all, when none is), the one with
 * the most words, then the most used; shown in its most used spelling. A name is its content
 * words in any order, so "Vale Juniper" in one document and "Juniper Vale" in another are one
 * name two documents use.
 */
function canonical(tallies: readonly FormTally[]): string {
  const names = new Map<string, { words: number; docs: DistinctSketch; surfaces: Map<string, number> }>();
  for (const t of tallies) {
    const name = names.get(t.parts.orderFree) ?? { words: t.parts.words.length, docs: [], surfaces: new Map<string, number>() };
    name.docs = mergeSketches(name.docs, t.docs);
    for (const [surface, n] of t.surfaces) bump(name.surfaces, surface, n);
    names.set(t.parts.orderFree, name);
  }
  const all = [...names].map(([key, n]) => ({ key, words: n.words, docs: countDocuments(n.docs), surfaces: n.surfaces }));
  const attested = all.filter((n) => n.docs >= 2);
  const pool = attested.length ? attested : all;
  const best = pool.sort((a, b) => b.words - a.words || b.docs - a.docs || (a.key < b.key ? -1 : 1))[0];
  return [...(best?.surfaces ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? best?.key ?? '';
}

/** How many readings' worth the work's own mix of kinds weighs in each entity's vote. */
const PRIOR_READINGS = 2;

/** The readings' worth of a character vote each document naming an entity by one word only adds. */
const ONE_WORD_WEIGHT = 0.5;
/** The readings' worth of a person vote each mention among words about making the work adds. */
const CREW_WEIGHT = 1;

/** The share of a work's kind votes that went to characters (0.5 when there are none). */
export function characterShare(work: WorkTally): number {
  let character = 0;
  let person = 0;
  for (const t of work.forms.values()) {
    character += t.votes.character;
    person += t.votes.person;
  }
  return character + person > 0 ? character / (character + person) : 0.5;
}

/**
 * The entity of one group of merge keys. `share`: the work's {@link characterShare}, which a close
 * vote falls towards (it weighs {@link PRIOR_READINGS} readings). `titles`: keys that are titles,
 * whose plain mentions are the work's rather than someone's. The plain mentions (see
 * plain-mentions.ts) of a form {@link MIN_ACCEPTED_DOCUMENTS} documents accept count in the
 * entity's documents, mentions and document ids; its kind and the merging read only the documents
 * that accept a form.
 */
export function makeEntity(work: WorkTally, keys: readonly string[], caps: { quotes: number; documentIds: number }, share = 0.5, titles: ReadonlySet<string> = new Set()): DraftEntity {
  const tallies = keys.map((k) => work.forms.get(k) as FormTally);
  let docs: DistinctSketch = [];
  const surfaces = new Map<string, number>();
  const roles = new Map<PersonRole, number>();
  const playedBy = new Map<string, number>();
  const plays = new Map<string, number>();
  const votes = { character: PRIOR_READINGS * share, person: PRIOR_READINGS * (1 - share) };
  const sentiment = { sum: 0, n: 0, positive: 0, negative: 0, neutral: 0, mixed: 0 };
  let mentions = 0;
  let quotes: RankedQuote[] = [];
  const ids: Array<[order: number, id: string]> = [];
  let plainDocs: DistinctSketch = [];
  for (const t of tallies) {
    docs = mergeSketches(docs, t.docs);
    for (const [s, n] of t.surfaces) bump(surfaces, s, n);
    for (const [r, n] of t.roles) bump(roles, r, n);
    for (const [k, n] of t.playedBy) bump(playedBy, k, n);
    for (const [k, n] of t.plays) bump(plays, k, n);
    votes.character += t.votes.character;
    votes.person += t.votes.person;
    sentiment.sum += t.sentiment.sum;
    sentiment.n += t.sentiment.n;
    for (const label of ['positive', 'negative', 'neutral', 'mixed'] as const) sentiment[label] += t.sentiment[label];
    mentions += t.mentions;
    if (t.plain.mentions && !titles.has(t.parts.key) && countDocuments(t.docs) >= MIN_ACCEPTED_DOCUMENTS) {
      plainDocs = mergeSketches(plainDocs, t.plain.docs);
      mentions += t.plain.mentions;
      ids.push(...t.plain.docIds);
    }
    quotes = capQuotes([...quotes, ...t.quotes], caps.quotes);
    ids.push(...t.docIds);
  }
  // What only the whole work shows. Reviewers name a real person in full somewhere (readers may
  // not know them: "Tite Kubo", then "Kubo") and a character by the one name fans use ("Renji"):
  // each document naming the entity by one-word forms only leans it to a character. Words about
  // making the work around any of its mentions ("voiced by X", "X's art") lean it to a person.
  let full: DistinctSketch = [];
  let crew = 0;
  for (const t of tallies) {
    if (t.parts.words.length >= 2) full = mergeSketches(full, t.docs);
    crew += t.context.crew;
  }
  const accepted = countDocuments(docs);
  votes.character += ONE_WORD_WEIGHT * Math.max(0, accepted - countDocuments(full));
  const documents = plainDocs.length ? countDocuments(mergeSketches(docs, plainDocs)) : accepted;
  votes.person += CREW_WEIGHT * crew;
  // A character that documents say is played by someone, or a person said to play one, is that kind.
  const linked = [...playedBy.values()].reduce((a, b) => a + b, 0) - [...plays.values()].reduce((a, b) => a + b, 0);
  if (linked > 0) votes.character += linked;
  else votes.person -= linked;
  const kind = votes.character >= votes.person ? 'character' : 'person';
  const total = votes.character + votes.person;
  const seen = new Set<string>();
  ids.sort((a, b) => a[0] - b[0]);
  // A loop that stops at the cap: an entity of many forms has many ids, and destructuring each
  // pair in a callback walks an iterator per pair.
  const documentIds: string[] = [];
  for (let i = 0; i < ids.length && documentIds.length < caps.documentIds; i++) {
    const id = (ids[i] as [number, string])[1];
    if (seen.has(id)) continue;
    seen.add(id);
    documentIds.push(id);
  }
  return {
    keys: [...keys],
    name: canonical(tallies),
    forms: [...surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([text, count]) => ({ text, count })),
    documents,
    mentions,
    kind,
    kindConfidence: total > 0 ? round3(votes[kind] / total) : 0.5,
    roles: [...roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r),
    playedBy,
    plays,
    sentiment: {
      mean: sentiment.n ? round3(sentiment.sum / sentiment.n) : 0,
      positive: sentiment.positive,
      negative: sentiment.negative,
      neutral: sentiment.neutral,
      mixed: sentiment.mixed,
    },
    quotes,
    documentIds,
  };
}
