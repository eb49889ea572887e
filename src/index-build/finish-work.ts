/**
 * Step 6 of the index: a work's entities in their final shape. Entities that are the work's own
 * title in part ("Wars" of "Star Wars") or another work's title (every form listed as a work by two
 * or more documents) are left out; the rest get ids (characters `c…`, people `p…`, most documents
 * first), actor links by vote, and co-occurrences by entity id.
 */
import { formWords } from './form-key';
import type { IndexCooccurrence, IndexEntity, IndexWork } from './index-types';
import { characterShare, makeEntity, type DraftEntity } from './make-entities';
import { mergeForms } from './merge-forms';
import { bump, type WorkTally } from './tally';

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
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

/** Whether an entity is a work's title rather than someone; `titles`: the work's own titles' words. */
function isTitle(work: WorkTally, draft: DraftEntity, titles: readonly string[][]): boolean {
  const forms = draft.keys.map((k) => work.forms.get(k)?.parts.written ?? []);
  if (forms.every((f) => titles.some((t) => strictPart(f, t)))) return true;
  // The work's own title also names its title character ("Naruto"): only other works' titles count.
  const own = new Set(titles.map((t) => t.join('')));
  return draft.keys.every((k) => !own.has(k) && (work.workTitles.get(k) ?? 0) >= MIN_TITLE_DOCUMENTS);
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

/** The finished {@link IndexWork} of a tally. */
export function finishWork(work: WorkTally, caps: FinishCaps): IndexWork {
  const titles = [work.title, ...work.aliases.values()].map(formWords);
  const share = characterShare(work);
  const drafts = mergeForms(work)
    .map((keys) => makeEntity(work, keys, caps, share))
    .filter((d) => d.documents >= caps.minDocuments && !isTitle(work, d, titles))
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
