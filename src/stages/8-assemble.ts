/**
 * Stage 8: assemble.
 *
 * Gives ids (`s0`, `c0`, `p0`, `w0`, `q0`), picks canonical names (the fullest form seen, then the
 * most frequent, then the first), links sections to the characters and quotes inside them, and
 * places the sentiment summed for every stretch. Nothing here reads the text beyond slicing spans.
 */
import type { Character, Person, Quote, Rating, ReviewAnalysis, Section, Sentiment, Span, Warning, Work } from '../types';
import { MAX_WARNINGS, SCHEMA_VERSION } from '../types';
import { HONORIFICS, NAME_TITLES, OFFICE_TITLES } from '../data/honorifics';
import { COMMON_CAPITALISED } from '../data/not-names';
import { isLetter, isUpper, isWordChar } from '../text/chars';
import { textChecksum } from '../text/checksum';
import { titleAndWord } from '../text/leading-title';
import { round3 } from '../text/round3';
import { containing } from '../text/search';
import { articleForm } from './article-form';
import type { SentimentSummary } from './7-sentiment';
import type { Annotation, EntityDraft, NormalizedText, QuoteDraft, Segmentation, SpeakerDraft, WorkDraft } from './stage-types';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
/** A run of two spaces or more, written as one in a name. */
const DOUBLED_SPACES = / {2,}/g;

/** The form the text writes at `m`, a doubled space inside it written as one ("Tom  Hale" is Tom Hale). */
function formAt(text: string, m: Span): string {
  const form = text.slice(m.start, m.end);
  return form.includes('  ') ? form.replace(DOUBLED_SPACES, ' ') : form;
}

/** Everything the earlier stages produced. */
export interface StageResults {
  input: NormalizedText;
  segmentation: Segmentation;
  annotation: Annotation;
  works: readonly WorkDraft[];
  entities: readonly EntityDraft[];
  quotes: readonly QuoteDraft[];
  /** Double quote marks left open in their paragraph. */
  unclosed: readonly number[];
  speakers: readonly (SpeakerDraft | null)[];
  /** The sentiment of every section, character, quote and the document. */
  sentiment: SentimentSummary;
  rating: Rating | null;
  wordCount: number;
}

/**
 * True when the one word `long` is the one word `short` with one letter more (`Timonn` of
 * `Timon`, `Brooks` of `Brook`): a slip of the hand, a possessive without its apostrophe or
 * another romanisation, as full a form as the other and no fuller. Full names are not read so:
 * there the form with a letter more is the more often the right one (`Robin Williams`, `Mark
 * Hamill`), whatever the writer types most.
 */
function oneLetterMore(long: string, short: string): boolean {
  if (long.length !== short.length + 1 || long.includes(' ') || short.includes(' ')) return false;
  let k = 0;
  while (k < short.length && long[k] === short[k]) k++;
  return long.slice(k + 1) === short.slice(k);
}

/**
 * Canonical form and aliases of a set of mentions: fullest, then most frequent, then first. Of two
 * one-word forms a letter apart the more frequent is the name (see {@link oneLetterMore}).
 */
export function nameForms(text: string, mentions: readonly Span[]): { name: string; aliases: string[] } {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const form = formAt(text, m);
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const plainFullness = (s: string): number => s.replace(NOT_LETTER_OR_DIGIT, '').length * 4 + (s.match(/[\s\-‐‑]/g)?.length ?? 0);
  // The words that open or end a form of two words or more with no title (`Ann`, `Vale` of `Ann Vale`).
  const fullNameEnds = new Set<string>();
  for (const f of counts.keys()) {
    const space = f.indexOf(' ');
    if (space < 0 || oneWordTitled(f) !== null || untitled(f) !== null) continue;
    fullNameEnds.add(f.slice(0, space));
    fullNameEnds.add(f.slice(f.lastIndexOf(' ') + 1));
  }
  // "Judge Vale", "Miss Vale" beside "Ann Vale": a title before one word of a full name says less
  // than the full name however long the title is, and more than the word alone.
  const fullness = (s: string): number => {
    const word = oneWordTitled(s);
    return word !== null && fullNameEnds.has(word) ? plainFullness(word) + 1 : plainFullness(s);
  };
  const forms = [...counts.keys()];
  // Each form's fullness read once (the comparison below asks it of the best so far at every step).
  const full = forms.map(fullness);
  let best = 0;
  for (let k = 1; k < forms.length; k++) {
    const f = forms[k] as string;
    const b = forms[best] as string;
    const d = (full[k] as number) - (full[best] as number);
    const apart = (d > 0 && oneLetterMore(f, b)) || (d < 0 && oneLetterMore(b, f));
    if (d !== 0 && !(apart && counts.get(f) !== counts.get(b))) {
      if (d > 0) best = k;
    } else if ((counts.get(f) ?? 0) > (counts.get(b) ?? 0)) best = k;
  }
  const name = forms[best] ?? '';
  const aliases = forms.filter((f) => f !== name);
  // "Agent Ann Vale": the names stage leaves an office out of a full name, but the titled form is
  // still a way the text names the holder.
  for (const m of mentions) {
    const titled = officeTitled(text, m);
    if (titled && titled !== name && !aliases.includes(titled)) aliases.push(titled);
  }
  // "Dr Patricia McFeeley" is also "Patricia McFeeley": a reader names the person without the title.
  for (const f of forms) {
    const bare = untitled(f);
    if (bare && bare !== name && !aliases.includes(bare)) aliases.push(bare);
  }
  return { name, aliases };
}

/** A title and one word (`Judge Vale`, `Ms. Vale`): the word, else null. */
function oneWordTitled(form: string): string | null {
  const t = titleAndWord(form);
  return t !== null && (HONORIFICS.has(t.title) || OFFICE_TITLES.has(t.title)) ? t.word : null;
}

/** The longest office word read before a mention, in characters (`congresswoman`). */
const MAX_OFFICE = 14;
/** Offices that a capitalised word before them qualifies (`Prime Minister`, `Culture Secretary`). */
const QUALIFIED_OFFICES: ReadonlySet<string> = new Set(['minister', 'secretary']);
/** How many capitalised words before a minister or a secretary qualify the office (`Deputy Prime`). */
const MAX_QUALIFIERS = 2;

/**
 * The form with the office written right before a full-name mention (`Prime Minister Ann Vale`,
 * `Agent Ben Ode`), or null: one capitalised office word of {@link OFFICE_TITLES} one space before,
 * with the capitalised words (two at most) that qualify a minister or a secretary.
 */
function officeTitled(text: string, m: Span): string | null {
  if (text[m.start - 1] !== ' ') return null;
  const space = text.indexOf(' ', m.start);
  if (space < 0 || space >= m.end) return null;
  const wordBefore = (end: number): number => {
    let from = end;
    while (from > 0 && end - from < MAX_OFFICE && isLetter(text[from - 1])) from--;
    return from < end && isUpper(text[from]) && !isWordChar(text[from - 1]) ? from : -1;
  };
  let from = wordBefore(m.start - 1);
  if (from < 0) return null;
  const office = text.slice(from, m.start - 1).toLowerCase();
  if (!OFFICE_TITLES.has(office)) return null;
  // `Prime Minister`, `Deputy Prime Minister`: up to two capitalised words before it qualify it.
  for (let n = 0; n < MAX_QUALIFIERS && QUALIFIED_OFFICES.has(office) && text[from - 1] === ' '; n++) {
    const q = wordBefore(from - 1);
    if (q < 0 || COMMON_CAPITALISED.has(text.slice(q, from - 1).toLowerCase())) break;
    from = q;
  }
  return text.slice(from, m.end);
}

/** A name title and its dot or space before a full name (`Dr `, `Sir `, `Prof. `). */
const TITLE_BEFORE_FULL_NAME = /^(\p{L}+)\.? +(\p{Lu}\p{L}*(?:[-‐‑'’]\p{L}+)?\.? +\p{Lu}.*)$/u;

/** A form without its leading name title when the rest is a full name of two words or more, else null. */
function untitled(form: string): string | null {
  const m = TITLE_BEFORE_FULL_NAME.exec(form);
  if (!m || !NAME_TITLES.has((m[1] as string).toLowerCase())) return null;
  return m[2] as string;
}

/** Stage 8: the finished analysis. */
export function assemble(r: StageResults): ReviewAnalysis {
  const { text } = r.input;
  const sectionSpans = r.segmentation.sections;

  // Entities: characters and people get their own id sequences.
  const idOf = new Map<number, string>();
  let c = 0;
  let p = 0;
  r.entities.forEach((e, i) => idOf.set(i, e.kind === 'character' ? `c${c++}` : `p${p++}`));
  const characters: Character[] = [];
  const people: Person[] = [];
  // The characters each person plays, in entity order: one pass, not one per person.
  const playsOf = new Map<number, string[]>();
  r.entities.forEach((x, k) => {
    if (x.kind !== 'character' || x.playedBy === null) return;
    let plays = playsOf.get(x.playedBy);
    if (!plays) playsOf.set(x.playedBy, (plays = []));
    plays.push(idOf.get(k) as string);
  });
  r.entities.forEach((e, i) => {
    const { name, aliases } = nameForms(text, e.mentions);
    // `as The Hulk`: the article the writer capitalised is part of a form of the name.
    for (const m of e.mentions) {
      const led = articleForm(text, m);
      if (led !== null && led !== name && !aliases.includes(led)) aliases.push(led);
    }
    const mentions = e.mentions.map((m) => ({ start: m.start, end: m.end }));
    const id = idOf.get(i) as string;
    if (e.kind === 'character') {
      const playedBy = e.playedBy === null ? null : idOf.get(e.playedBy) ?? null;
      characters.push({ id, name, aliases, mentions, descriptors: [...e.descriptors], playedBy, kindConfidence: round3(e.kindConfidence), sentiment: r.sentiment.characters[i] as Sentiment });
    } else {
      const plays = playsOf.get(i) ?? [];
      people.push({ id, name, aliases, mentions, roles: [...e.roles], plays, kindConfidence: round3(e.kindConfidence) });
    }
  });

  const works: Work[] = r.works.map((w, i) => {
    const { aliases } = nameForms(text, w.mentions);
    const counts = new Map<string, number>();
    // A short form (`AoT`) is an alias, never the title, however often the text writes it.
    const short = w.short ? new Set(w.short.map((s) => s.start)) : null;
    for (const m of w.mentions) {
      if (short?.has(m.start) && short.size < w.mentions.length) continue;
      const form = formAt(text, m);
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
    const title = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    return { id: `w${i}`, title, aliases: [title, ...aliases].filter((f, k, all) => f !== title && all.indexOf(f) === k), mentions: w.mentions.map((m) => ({ ...m })) };
  });

  const sectionOf = (at: number): number => Math.max(0, containing(sectionSpans, at));
  const quotes: Quote[] = r.quotes.map((q, i) => {
    const s = r.speakers[i] ?? null;
    const kind = s?.entity !== null && s?.entity !== undefined ? (r.entities[s.entity] as EntityDraft).kind : null;
    return {
      id: `q${i}`,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: q.kind,
      speaker: s
        ? {
            name: text.slice(s.span.start, s.span.end),
            characterId: kind === 'character' ? (idOf.get(s.entity as number) as string) : null,
            personId: kind === 'person' ? (idOf.get(s.entity as number) as string) : null,
            via: s.via,
          }
        : null,
      sectionId: `s${sectionOf(q.start)}`,
      sentiment: r.sentiment.quotes[i] as Sentiment,
    };
  });

  // Characters and quotes per section, in one pass each.
  const characterIds = sectionSpans.map(() => new Set<string>());
  for (const ch of characters) for (const m of ch.mentions) characterIds[containing(sectionSpans, m.start)]?.add(ch.id);
  const quoteIds = sectionSpans.map((): string[] => []);
  for (const q of quotes) quoteIds[Number(q.sectionId.slice(1))]?.push(q.id);
  const order = new Map(characters.map((ch, i) => [ch.id, i]));
  const sections: Section[] = sectionSpans.map((s, i) => ({
    id: `s${i}`,
    start: s.start,
    end: s.end,
    heading: s.heading ? { ...s.heading } : null,
    paragraphs: s.paragraphs.map((x) => ({ start: x.start, end: x.end })),
    sentiment: r.sentiment.sections[i] as Sentiment,
    characterIds: [...(characterIds[i] ?? [])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    quoteIds: quoteIds[i] ?? [],
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    title: r.segmentation.title ? { ...r.segmentation.title } : null,
    sections,
    characters,
    people,
    works,
    quotes,
    sentiment: r.sentiment.document,
    rating: r.rating ? { ...r.rating } : null,
    stats: {
      characters: text.length,
      words: r.wordCount,
      sentences: r.annotation.sentences.length,
      paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
    },
    warnings: warningsOf(r),
    textChecksum: textChecksum(text),
  };
}

/** The oddities the stages met, as warnings in document order, at most {@link MAX_WARNINGS}. */
function warningsOf(r: StageResults): Warning[] {
  const out: Warning[] = [];
  const { control, loneSurrogate } = r.input.oddities;
  if (control.count > 0) {
    out.push({ code: 'control-characters', start: control.first, end: control.first + 1, message: `${control.count} control character${control.count === 1 ? '' : 's'} read as spaces; the first is here` });
  }
  if (loneSurrogate.count > 0) {
    out.push({ code: 'lone-surrogate', start: loneSurrogate.first, end: loneSurrogate.first + 1, message: `${loneSurrogate.count} lone surrogate${loneSurrogate.count === 1 ? '' : 's'} (broken UTF-16) read as U+FFFD; the first is here` });
  }
  for (const at of r.unclosed) out.push({ code: 'unclosed-quote', start: at, end: at + 1, message: 'a quotation mark opened here is not closed in its paragraph' });
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code)).slice(0, MAX_WARNINGS);
}
