/**
 * Step 3 of the index: adds one analysed document to its work's tally. Each document entity
 * (character or person) gives its forms, its kind vote, roles, actor links, sentiment and quotes;
 * the forms one entity carries are tied together; the characters named in one section co-occur.
 */
import type { Character, Person, Quote, ReviewAnalysis, Sentiment } from '../types';
import { addDocument } from './distinct-count';
import { readLowerCase, readMention, readNamePairs } from './form-context';
import { formParts, MIN_SLIP_LENGTH, oneSlipApart, undoubled, type FormParts } from './form-key';
import { namesNoOne } from './not-entities';
import { flat } from '../text/hash';
import { readWords, WordList } from './capitalised-words';
import { firstWord, readPlainMentions, sentenceStart } from './plain-mentions';
import { readWeakForms } from './weak-forms';
import { bump, capQuotes, MAX_BESIDE_WORDS, newFormTally, type FormTally, type WorkTally } from './tally';

/** The caps a tally keeps to. */
export interface Caps {
  /** Quotes per form. */
  quotes: number;
  /** Document ids per form. */
  documentIds: number;
}

/** The one-word forms a document accepts whose uses are counted for the spellings it writes apart (see below). */
const MAX_WORDS_WRITTEN = 64;

/** What stands between two items of a list of names: "Zabuza and Haku", "Alabasta, Skypiea", "Kakashi/Zabuza". */
const LIST_GAPS: ReadonlySet<string> = new Set([', ', ' and ', ', and ', ' & ', '/', ' / ', ' or ']);
/** The longest of {@link LIST_GAPS}: a longer gap is read no further. */
const MAX_LIST_GAP = Math.max(...[...LIST_GAPS].map((g) => g.length));

/** Whether `text` between `from` and `to` ends a sentence (or a line). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? line break …
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}

/**
 * The capitalised words of the document being read, and the spans of the work's known forms in
 * it: refilled for each document (one document is read at a time), so their buffers are made once.
 */
const WORDS = new WordList();
const KNOWN = new WordList();

/** How many guessed readings one reading with explicit kind evidence is worth. */
const SURE_WEIGHT = 3;

/** A quote's rank: speech and script lines only; surer speakers and line-sized quotes first. */
function quoteRank(q: Quote): number {
  if (q.kind !== 'speech' && q.kind !== 'dialogue') return -1;
  const via = q.speaker?.via;
  const sure = via === 'dash' || via === 'script' || via === 'verb' ? 2 : 1;
  const words = q.text.split(' ').length;
  return sure * 2 + (words >= 3 && words <= 40 ? 1 : 0);
}

/** The sentiment of the sections holding a person's mentions: mean score, most common label. */
function sectionSentiment(analysis: ReviewAnalysis, person: Person): Pick<Sentiment, 'score' | 'label'> | null {
  let sum = 0;
  let n = 0;
  const labels = new Map<Sentiment['label'], number>();
  let s = 0;
  for (const m of person.mentions) {
    while (s < analysis.sections.length && (analysis.sections[s] as { end: number }).end <= m.start) s++;
    const section = analysis.sections[s];
    if (!section) break;
    sum += section.sentiment.score;
    n++;
    bump(labels, section.sentiment.label);
  }
  if (!n) return null;
  const label = [...labels].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neutral';
  return { score: sum / n, label };
}

/** The parts of `form`, read once per work. */
function partsOf(work: WorkTally, form: string): FormParts {
  let parts = work.parsed.get(form);
  if (!parts) {
    work.parsed.set(form, (parts = formParts(form)));
    work.firstWords.add(firstWord(form));
  }
  return parts;
}

/** The tally of `form` in `work`, made when new. */
function tallyOf(work: WorkTally, form: string): FormTally {
  const parts = partsOf(work, form);
  let tally = work.forms.get(parts.key);
  if (!tally) {
    tally = newFormTally(parts);
    work.forms.set(parts.key, tally);
  }
  return tally;
}

/**
 * Counts `b` on `a`'s `map` once per document (`seen`: the pairs this document counted), keeping at
 * most {@link MAX_BESIDE_WORDS} words in the map, the first met.
 */
function bumpOnce(map: Map<string, number>, seen: Set<string>, a: string, b: string): void {
  const pair = `${a}\n${b}`;
  if (seen.has(pair) || (!map.has(b) && map.size >= MAX_BESIDE_WORDS)) return;
  seen.add(pair);
  bump(map, b);
}

/** Ties two forms (both directions). */
function tie(work: WorkTally, a: string, b: string): void {
  if (a === b) return;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    let row = work.ties.get(x);
    if (!row) work.ties.set(x, (row = new Map()));
    bump(row, y);
  }
}

/** A document entity (character or person) with the forms of it the index reads, its own name first. */
interface DocumentEntity {
  e: Character | Person;
  kind: 'character' | 'person';
  forms: string[];
}

/** Whether the spelling `form` names no one (see not-entities.ts), read once per spelling of `work`. */
function noOne(work: WorkTally, form: string): boolean {
  let no = work.namesNoOne.get(form);
  // A copy as the key: a spelling sliced from a review would keep the whole review alive.
  if (no === undefined) work.namesNoOne.set(flat(form), (no = namesNoOne(form)));
  return no;
}

/** The forms of `e` that name someone, its own name first. */
function formsOf(work: WorkTally, e: Character | Person): string[] {
  const forms: string[] = [];
  if (!noOne(work, e.name)) forms.push(e.name);
  for (const alias of e.aliases) if (!noOne(work, alias)) forms.push(alias);
  return forms;
}

/** The document's entities, each with its forms that name someone; an entity with no such form is left out. */
function documentEntities(work: WorkTally, analysis: ReviewAnalysis): DocumentEntity[] {
  const out: DocumentEntity[] = [];
  for (const e of analysis.characters) {
    const forms = formsOf(work, e);
    if (forms.length) out.push({ e, kind: 'character', forms });
  }
  for (const e of analysis.people) {
    const forms = formsOf(work, e);
    if (forms.length) out.push({ e, kind: 'person', forms });
  }
  return out;
}

/**
 * Adds one document entity to `work`: its forms, tied together; its kind vote, roles, actor links,
 * sentiment and quotes on its own name's tally; with the `text`, the words around its mentions.
 * `keyOf`: document entity id → the merge key of its own name.
 */
function collectEntity(work: WorkTally, id: string, ordinal: number, analysis: ReviewAnalysis, caps: Caps, text: string | undefined, entity: DocumentEntity, keyOf: ReadonlyMap<string, string>): void {
  const { e, kind, forms } = entity;
  const own = tallyOf(work, forms[0] as string);
  for (const form of forms) {
    const tally = tallyOf(work, form);
    bump(tally.surfaces, form);
    if (tally.lastDoc !== ordinal) {
      tally.lastDoc = ordinal;
      addDocument(tally.docs, ordinal);
      if (tally.docIds.length < caps.documentIds) tally.docIds.push([ordinal, id]);
    }
    tie(work, own.parts.key, tally.parts.key);
  }
  own.readings++;
  own.mentions += e.mentions.length;
  if (text !== undefined) {
    for (const m of e.mentions) {
      // A mention is counted on the form it is written in (every spelling was read above).
      const key = work.parsed.get(text.slice(m.start, m.end))?.key;
      readMention((key === undefined ? own : (work.forms.get(key) ?? own)).context, text, m.start, m.end);
    }
  }
  // A reading the text gives evidence for (an actor named for a character, a stated role for a
  // person) outweighs one the kind model guessed from the name alone.
  const sure = 'roles' in e ? e.roles.some((r) => r !== 'other') : e.playedBy !== null;
  const weight = sure ? SURE_WEIGHT : 1;
  own.votes[kind] += weight * e.kindConfidence;
  own.votes[kind === 'character' ? 'person' : 'character'] += weight * (1 - e.kindConfidence);
  let sentiment: Pick<Sentiment, 'score' | 'label'> | null;
  if ('roles' in e) {
    for (const role of e.roles) bump(own.roles, role);
    for (const c of e.plays) {
      const key = keyOf.get(c);
      if (key !== undefined) bump(own.plays, key);
    }
    sentiment = sectionSentiment(analysis, e);
  } else {
    const key = e.playedBy === null ? undefined : keyOf.get(e.playedBy);
    if (key !== undefined) bump(own.playedBy, key);
    sentiment = e.sentiment;
  }
  if (sentiment) {
    own.sentiment.sum += sentiment.score;
    own.sentiment.n++;
    own.sentiment[sentiment.label]++;
  }
  const quotes = analysis.quotes.filter((q) => q.speaker && (q.speaker.characterId === e.id || q.speaker.personId === e.id));
  for (const q of quotes) {
    const rank = quoteRank(q);
    if (rank >= 0) own.quotes.push({ document: id, text: q.text, rank, order: ordinal });
  }
  if (own.quotes.length > caps.quotes) own.quotes = capQuotes(own.quotes, caps.quotes);
}

/**
 * What the `text` of a document says beyond its entities: lower-case uses of one-word forms, names
 * written side by side, plain mentions of the work's forms, lists, two spellings written apart,
 * and weak forms (see each file).
 */
function collectText(work: WorkTally, id: string, ordinal: number, analysis: ReviewAnalysis, caps: Caps, text: string): void {
  readLowerCase(text, (key) => {
    const tally = work.forms.get(key);
    return tally && tally.parts.written.length === 1 ? tally.context : undefined;
  });
  // Capitalised words written beside a one-word form of the work, on the first of the two that
  // is one (the other may become one in a later document), counted once per document.
  const besideSeen = new Set<string>();
  const oneWord = (key: string): FormTally | undefined => {
    const tally = work.forms.get(key);
    return tally?.parts.written.length === 1 ? tally : undefined;
  };
  // The capitalised words, found once for the pairs, the plain mentions and the weak forms, with
  // the lower-case words counted in the same pass (see weak-forms.ts).
  const words = readWords(text, work.lowerWords, WORDS);
  readNamePairs(
    text,
    (first, second) => {
      if (first === second) return;
      const [own, other] = oneWord(first) ? [first, second] : [second, first];
      const tally = oneWord(own);
      if (tally) bumpOnce(tally.beside, besideSeen, own, other);
    },
    words,
  );
  // Forms of the work this document names without accepting them: counted per form, and taken
  // into the form's documents only if enough documents accept it (see finish-work.ts).
  const plain = new Map<FormTally, { mentions: number; inSentence: boolean }>();
  const formOf = (surface: string): FormTally | undefined => {
    const key = work.parsed.get(surface)?.key;
    return key === undefined ? undefined : work.forms.get(key);
  };
  // Two forms of the work one list gap apart are listed together, counted once per document.
  let previous: { tally: FormTally; end: number } | null = null;
  const listed = new Set<string>();
  const list = (a: FormTally, b: FormTally): void => {
    if (a !== b) for (const [x, y] of [[a, b], [b, a]] as const) bumpOnce(x.listedWith, listed, x.parts.key, y.parts.key);
  };
  // Two spellings one slip apart that this document accepts are two names when it writes them in
  // one sentence ("Brook and Brock") or each of them twice or more, alone or in a fuller form
  // ("Ripley" and "Ridley", "Ridley Scott", in a review of Alien; see merge-forms.ts): a slip is seldom written beside the right spelling, nor
  // made again and again among the right ones.
  let sentence: FormTally[] = [];
  const slips = new Set<string>();
  const twoSpellings = (a: FormTally, b: FormTally): void => {
    if (a === b || !oneSlipApart(a.parts.written[0] as string, b.parts.written[0] as string)) return;
    const pair = [a.parts.key, b.parts.key].sort().join('\n');
    if (slips.has(pair)) return;
    slips.add(pair);
    bump(work.twoSpellings, pair);
  };
  /** The one-word forms the document accepts, with the times it writes them (at most {@link MAX_WORDS_WRITTEN}). */
  const written = new Map<FormTally, number>();
  /** Counts a use of a one-word form, within the cap on forms counted. */
  const countWritten = (tally: FormTally): void => {
    if (written.has(tally) || written.size < MAX_WORDS_WRITTEN) bump(written, tally);
  };
  const accepted = (tally: FormTally): void => {
    for (const other of sentence) twoSpellings(other, tally);
    if (sentence.length < MAX_BESIDE_WORDS && !sentence.includes(tally)) sentence.push(tally);
    countWritten(tally);
  };
  /** The spans of the work's known forms in the text, in order. */
  const known = KNOWN;
  known.clear();
  // Any form of the work is known, so a run the document accepted ("Leonardo DiCaprio") is not
  // read again as a shorter form inside it ("Leonardo").
  readPlainMentions(
    text,
    (surface) => formOf(surface) !== undefined,
    (surface, atSentenceStart, start, end) => {
      known.push(start, end);
      const tally = formOf(surface) as FormTally;
      if (previous && start - previous.end <= MAX_LIST_GAP && LIST_GAPS.has(text.slice(previous.end, start))) list(previous.tally, tally);
      if (previous && endsSentence(text, previous.end, start)) sentence = [];
      previous = { tally, end };
      if (tally.lastDoc === ordinal) {
        if (tally.parts.written.length === 1) accepted(tally);
        else {
          // A word of a fuller form is a use of the one-word form too ("Ridley" in "Ridley Scott").
          for (const word of tally.parts.written) {
            const one = work.forms.get(word);
            if (one?.lastDoc === ordinal && one.parts.written.length === 1) countWritten(one);
          }
        }
        return;
      }
      readMention(tally.context, text, start, end);
      const found = plain.get(tally) ?? { mentions: 0, inSentence: false };
      found.mentions++;
      found.inSentence ||= !atSentenceStart;
      plain.set(tally, found);
    },
    words,
    work.firstWords,
  );
  // The ends and starts of the works the analysis found, for the weak forms listed beside one.
  const workEnds = new Set<number>();
  const workStarts = new Set<number>();
  for (const w of analysis.works) {
    for (const m of w.mentions) {
      workEnds.add(m.end);
      workStarts.add(m.start);
    }
  }
  const besideWork = (start: number, end: number): boolean => {
    if (!workEnds.size) return false;
    for (const gap of LIST_GAPS) {
      if (workEnds.has(start - gap.length) && text.endsWith(gap, start)) return true;
      if (workStarts.has(end + gap.length) && text.startsWith(gap, end)) return true;
    }
    return false;
  };
  readWeakForms(work, text, ordinal, id, words, known, (start) => !sentenceStart(text, start), caps.documentIds, besideWork);
  // Each pair of forms written twice or more. Only words long enough to slip, whose lengths differ
  // by one at most or that are one undoubled, can be one slip apart (see `oneSlipApart`): each
  // word is undoubled once, not once per pair.
  const twice: FormTally[] = [];
  const undoubledOf: string[] = [];
  for (const [tally, n] of written) {
    const word = tally.parts.written[0] as string;
    if (n < 2 || word.length < MIN_SLIP_LENGTH) continue;
    twice.push(tally);
    undoubledOf.push(undoubled(word));
  }
  for (let i = 0; i < twice.length; i++) {
    const a = twice[i] as FormTally;
    const length = (a.parts.written[0] as string).length;
    for (let j = i + 1; j < twice.length; j++) {
      const b = twice[j] as FormTally;
      if (Math.abs((b.parts.written[0] as string).length - length) <= 1 || undoubledOf[i] === undoubledOf[j]) twoSpellings(a, b);
    }
  }
  for (const [tally, found] of plain) {
    if (!found.inSentence) continue;
    addDocument(tally.plain.docs, ordinal);
    tally.plain.mentions += found.mentions;
    if (tally.plain.docIds.length < caps.documentIds) tally.plain.docIds.push([ordinal, id]);
  }
}

/** The characters named in one section co-occur, counted per pair of merge keys. */
function collectSections(work: WorkTally, analysis: ReviewAnalysis, keyOf: ReadonlyMap<string, string>): void {
  for (const section of analysis.sections) {
    const keys = [...new Set(section.characterIds.map((c) => keyOf.get(c)).filter((k): k is string => k !== undefined))].sort();
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) bump(work.cooccurrence, `${keys[i]}\n${keys[j]}`);
  }
}

/**
 * Adds the document `analysis` (number `ordinal` in the input, id `id`) to `work`; with its `text`,
 * the words around each mention too (see form-context.ts).
 */
export function collectDocument(work: WorkTally, id: string, ordinal: number, analysis: ReviewAnalysis, caps: Caps, text?: string): void {
  work.documents++;
  for (const w of analysis.works) bump(work.workTitles, partsOf(work, w.title).key);
  /** Document entity id → the merge key of its own name. */
  const keyOf = new Map<string, string>();
  // Forms that name no one are left out; an entity with no other form is not one.
  const entities = documentEntities(work, analysis);
  for (const { e, forms } of entities) keyOf.set(e.id, partsOf(work, forms[0] as string).key);
  // Each part is a function of its own: V8 compiles (and, when the input's objects change shape,
  // recompiles) the parts apart, each far smaller than one function of them all.
  for (const entity of entities) collectEntity(work, id, ordinal, analysis, caps, text, entity, keyOf);
  if (text !== undefined) collectText(work, id, ordinal, analysis, caps, text);
  collectSections(work, analysis, keyOf);
}
