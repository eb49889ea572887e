/**
 * Stage 5, the kinds of the quotes between marks: `title` when the words are a work's mention,
 * `speech` when there is sentence punctuation, three words or more, or a speech verb before the
 * quote in its sentence or right after it; otherwise `term` (scare quotes: “risk”).
 */
import { PASSIVE_AUXILIARIES } from '../../data/casting-vocab';
import { TITLE_INNER_WORDS } from '../../data/heading-words';
import { NOT_REFERRING_PRONOUNS } from '../../data/speaker-words';
import { LINE_NOUNS, LINE_OWNER_MARKS, SAYING_NOUNS, SPEECH_VERBS, STANCE_VERBS, VERB_FILLERS, VIEW_VERBS } from '../../data/speech-verbs';
import { countLetterRuns, HAS_LETTER_OR_DIGIT, isUpper, startsWithLetter } from '../../text/chars';
import { KeptArray } from '../../text/kept-array';
import { firstAtOrAfter } from '../../text/search';
import { NumberedWords } from '../../text/word-numbers';
import type { Span } from '../../types';
import type { Annotation, MarkedQuoteDraft, NormalizedText, Token, WorkDraft } from '../stage-types';

/** Punctuation a quote's words may end with that is not part of a title. */
const TRAILING_PUNCTUATION = /[,;:]$/;

/** Words in a span of the view. */
function wordCount(text: string): number {
  return countLetterRuns(text);
}

/** Tags of a speech verb's form used as another part of speech. */
const NOT_VERB_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);
/** {@link SPEECH_VERBS}, asked by word number at every token. */
const SPEECH_VERB = new NumberedWords(SPEECH_VERBS);

/** True when token `t` is the "called" of "so-called", read as one token, as "so - called" or written "so called". */
function soCalled(tokens: Annotation['tokens'], t: number): boolean {
  const w = tokens[t] as { normal: string };
  if (w.normal === 'so-called') return true;
  if (w.normal !== 'called') return false;
  return tokens[t - 1]?.normal === 'so' || (tokens[t - 1]?.normal === '-' && tokens[t - 2]?.normal === 'so');
}

/**
 * {@link lastSpeechVerbs}' table, kept from one text to the next: it is read only while
 * {@link assignKinds} runs on one text, and a long text's table is made for it alone.
 */
const LAST_SPEECH_VERBS = new KeptArray((n) => new Int32Array(n));

/**
 * For each token, the index of the last speech verb at or before it (-1 when none): whether a
 * quote has a speech verb before it in its sentence is then one comparison, not a walk back to the
 * sentence's start for every quote of a long sentence.
 */
function lastSpeechVerbs(tokens: Annotation['tokens']): Int32Array {
  const last = LAST_SPEECH_VERBS.take(tokens.length);
  let v = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    // "state-funded", "a note", "Call it …": a speech verb's form read as a noun or a name speaks for nobody;
    // nor the "called" of "so-called", an adjective that holds up the words after it as a label.
    if (SPEECH_VERB.has(token.number) && !NOT_VERB_POS.has(token.pos) && !soCalled(tokens, t)) v = t;
    last[t] = v;
  }
  return last;
}

/** True when a speech verb stands before the quote in its sentence, or right after its closing mark. */
function speechVerbNearQuote(ann: Annotation, q: MarkedQuoteDraft, lastVerb: () => Int32Array): boolean {
  return speechVerbBefore(ann, q, lastVerb) || speechVerbAfterQuote(ann, q);
}

/** True when a speech verb stands before the quote in its sentence. */
function speechVerbBefore(ann: Annotation, q: MarkedQuoteDraft, lastVerb: () => Int32Array): boolean {
  const at = firstAtOrAfter(ann.tokens, q.open.start);
  const tok = ann.tokens[at];
  const sentence = tok && at > 0 ? ann.sentences[tok.sentence] : undefined;
  return sentence !== undefined && (lastVerb()[at - 1] as number) >= sentence.firstToken;
}

/** The paragraph (block) a quote opens in, -1 when no token is there. */
function blockOf(ann: Annotation, q: MarkedQuoteDraft): number {
  const tok = ann.tokens[firstAtOrAfter(ann.tokens, q.open.start)];
  return tok ? (ann.sentences[tok.sentence]?.block ?? -1) : -1;
}

/** True when a speech verb or noun follows the quote's closing mark (", said X", "“No,” was her reply"). */
function speechVerbAfterQuote(ann: Annotation, q: MarkedQuoteDraft): boolean {
  const { tokens } = ann;
  const after = firstAtOrAfter(tokens, q.close.end);
  for (let t = after; t < after + 4 && t < tokens.length; t++) {
    const token = tokens[t] as { normal: string; type: string; pos: string };
    // "Media seek Jackson 'juror' notes": a speech verb's form read as a noun right after the
    // quote speaks for nobody ("“No,” was the muffled reply" does).
    if (SPEECH_VERBS.has(token.normal) && !(t === after && token.pos === 'NOUN')) return true;
    if (token.type === 'punctuation' && token.normal !== ',') break;
  }
  return false;
}

/** Most tokens of an attribution closing a sentence after its comma (", the festival's director said."). */
const MAX_CLOSING_ATTRIBUTION_TOKENS = 6;

/**
 * True when the quote's sentence closes, after the quote, with an attribution set off by a comma
 * (`The dry spring means “thin crops” are likely this year, he said.`): the whole sentence is
 * someone's statement, and the words in marks are theirs.
 */
function closingAttribution(ann: Annotation, q: MarkedQuoteDraft): boolean {
  const { tokens, sentences } = ann;
  const at = tokens[firstAtOrAfter(tokens, q.close.end)];
  const sentence = at ? sentences[at.sentence] : undefined;
  if (!at || !sentence) return false;
  let end = sentence.lastToken;
  if (tokens[end]?.type === 'punctuation') end--;
  for (let t = end; t >= 0 && end - t <= MAX_CLOSING_ATTRIBUTION_TOKENS; t--) {
    const w = tokens[t] as { normal: string; start: number; type: string };
    if (w.start < q.close.end) return false;
    // The verb closes the attribution (", he said.") or opens it (", said the director."); one
    // inside a clause of the writer's (", and added some dialogue.") attributes nothing.
    if (w.normal === ',') return t < end && (SPEECH_VERBS.has((tokens[end] as { normal: string }).normal) || SPEECH_VERBS.has((tokens[t + 1] as { normal: string }).normal));
    if (w.type === 'punctuation') return false;
  }
  return false;
}

/** True when a verb and "by" follow the quote's closing mark ("“My Way” sung by X", "“Yesterday”, written by X"). */
function madeByAfter(ann: Annotation, q: MarkedQuoteDraft): boolean {
  const { tokens } = ann;
  let t = firstAtOrAfter(tokens, q.close.end);
  if (tokens[t]?.normal === ',') t++;
  return tokens[t]?.pos === 'VERB' && tokens[t + 1]?.normal === 'by' && tokens[t + 1]?.sentence === tokens[t]?.sentence;
}

/** Longest scare-quoted phrase set before a noun ("the “bad ass and crazy” twins"), in words. */
const MAX_ATTRIBUTIVE_WORDS = 4;

/** Longest saying held up after a noun that names it ("the phrase “…”"), in words. */
const MAX_SAYING_WORDS = 8;

/** Words that open a noun phrase before an attributive scare quote ("the “effeminate” portrayal"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that']);

/**
 * Articles and possessives before a one-word label set before a name ("his “friend” Captain Nemo");
 * not "that", which as often opens a clause ("said that “yes” X would come").
 */
const NAME_LABEL_OPENERS: ReadonlySet<string> = new Set([...NOUN_PHRASE_OPENERS].filter((w) => w !== 'that'));

/** Words naming a word or label, before the word itself in marks ("the term “urban”", "so-called “public”"). */
const LABEL_WORDS: ReadonlySet<string> = new Set(['so-called', 'word', 'term', 'label', 'nickname', 'moniker', 'hashtag']);

/**
 * True when the quote is a saying named as one by the noun right before it ("the phrase “don't bet
 * the farm”", "the expression “happy ending.”"), up to a few words longer, with the sentence's stop
 * or comma set inside the marks. Only the noun: "her voice saying “…”" reports words. Under a
 * speech verb ("he repeated the phrase “…”") the words are still the speaker's.
 */
function namedSaying(input: NormalizedText, ann: Annotation, q: MarkedQuoteDraft, words: string): boolean {
  const before = ann.tokens[firstAtOrAfter(ann.tokens, q.open.start) - 1];
  if (!before || before.pos !== 'NOUN' || !SAYING_NOUNS.has(before.normal) || input.view.slice(before.end, q.open.start).trim() !== '') return false;
  return wordCount(words) <= MAX_SAYING_WORDS && !/[!?…]$/.test(words);
}

/**
 * True when a short quote is a scare-quoted label, not anyone's words, whatever speech verb stands
 * in its sentence: a word named as a word ("the term “urban”", "the so-called “public”"), or a
 * phrase set like an adjective between an article and its noun ("the “effeminate” portrayal of",
 * "a clearly “right” answer").
 */
function isLabel(input: NormalizedText, ann: Annotation, q: MarkedQuoteDraft, words: string): boolean {
  const { tokens } = ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const before = tokens[at - 1];
  if (!before) return false;
  if (namedSaying(input, ann, q, words)) return true;
  if (/[.!?…,]$/.test(words) || wordCount(words) > MAX_ATTRIBUTIVE_WORDS) return false;
  // "so-called" may be read as one token, as "so - called" or written "so called".
  const lead = soCalled(tokens, at - 1) ? 'so-called' : before.normal;
  if (LABEL_WORDS.has(lead)) return wordCount(words) === 1 || !/[,;]/.test(words);
  const after = tokens[firstAtOrAfter(tokens, q.close.end)];
  if (!after || after.sentence !== before.sentence) return false;
  // One lower-case word right after the opener, set before a name as its description ("his
  // “friend” Captain Nemo", "the “genius” Kubrick"), labels the person the name gives.
  if (after.pos === 'PROPN' && isUpper(after.value[0]) && wordCount(words) === 1 && words === words.toLowerCase() && NAME_LABEL_OPENERS.has(before.normal)) {
    // "told her “never”": "her" after a verb is its object, and the word in marks is what was said.
    if (before.normal === 'her' && tokens[at - 2]?.pos === 'VERB') return false;
    return input.view.slice(before.end, q.open.start).trim() === '';
  }
  if (after.pos !== 'NOUN' || after.value[0] !== after.normal[0]) return false;
  // The article may stand one adverb, adjective or name further back ("a clearly “right” answer",
  // "a California “shield” law"), the last two for a single word only.
  const between = before.pos === 'ADV' || ((before.pos === 'ADJ' || before.pos === 'PROPN') && wordCount(words) === 1);
  const opener = between ? tokens[at - 2] : before;
  return opener !== undefined && NOUN_PHRASE_OPENERS.has(opener.normal) && input.view.slice(opener.end, q.open.start).trim() === (before === opener ? '' : before.value);
}

/** Longest wording a writer quotes of their own ("Notice I say “step back”"), in words. */
const MAX_OWN_WORDING_WORDS = 4;

/**
 * The writer's verbs for naming their own wording: a mention of words, not an utterance
 * ("what I call “comfort viewing”", "I mean “slow”, not “dull”").
 */
const OWN_WORDING_VERBS: ReadonlySet<string> = new Set(['say', 'call', 'called', 'mean', 'meant', 'write']);

/** The same verbs in the past that may also report something the writer once said aloud: read as a mention only when the words stand earlier in the text. */
const OWN_WORDING_PAST: ReadonlySet<string> = new Set(['said', 'wrote']);

/** Words that may stand between the writer's verb and the quoted wording ("I call it “…”", "I said the word “…”"). */
const OWN_WORDING_BETWEEN: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'the', 'a', 'word', 'words', 'phrase', 'just', 'only', ',', ':']);

/** Words between the subject "I"/"we" and the verb ("I'd call", "I just said", "we would call"). */
const OWN_WORDING_SUBJECT_GAP: ReadonlySet<string> = new Set(["'d", 'would', 'will', "'ll", 'do', 'did', 'just', 'only', 'always', 'also', 'deliberately', 'purposely', 'specifically', 'might', 'could', 'should']);

/** A short joint between two wordings of the writer ("“step back”, not “ignore”", "“slow” or “dull”"). */
const WORDING_JOINTS: ReadonlySet<string> = new Set(['', 'not', 'or', 'and', 'nor', 'but not', 'rather than', 'instead of']);

/** True when the text between two quotes is only such a joint, with commas and spaces. */
function wordingJoint(between: string): boolean {
  return WORDING_JOINTS.has(between.replace(/,/g, ' ').split(/\s+/).filter((w) => w !== '').join(' '));
}

/**
 * True when a short quote is the writer's own wording named as words, not anyone's speech: "I/we"
 * with a verb of saying or naming right before it ("Notice I say “step back”", "what I call
 * “filler”", "I mean “slow”"), or, after "I said"/"I wrote", words that stand earlier in the text
 * outside marks (the writer points back at them: "at the time … Notice how I said “at the
 * time”?"). Reported talk keeps its kind: "I told him “…”" (another verb), "I said to her “…”"
 * (an addressee between), "I said “…!”" (sentence punctuation).
 */
function ownWording(input: NormalizedText, ann: Annotation, q: MarkedQuoteDraft, words: string): boolean {
  if (wordCount(words) > MAX_OWN_WORDING_WORDS || /[.!?…;]/.test(words)) return false;
  const { tokens } = ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const first = tokens[at];
  if (!first) return false;
  let v = at - 1;
  while (v >= 0 && OWN_WORDING_BETWEEN.has((tokens[v] as { normal: string }).normal) && at - v <= 3) v--;
  const verb = tokens[v];
  if (!verb || verb.sentence !== first.sentence) return false;
  const present = OWN_WORDING_VERBS.has(verb.normal);
  if (!present && !OWN_WORDING_PAST.has(verb.normal)) return false;
  let s = v - 1;
  while (s >= 0 && OWN_WORDING_SUBJECT_GAP.has((tokens[s] as { normal: string }).normal) && v - s <= 2) s--;
  const subject = tokens[s];
  if (!subject || (subject.normal !== 'i' && subject.normal !== 'we')) return false;
  if (present) return true;
  const own = input.lower.slice(q.start, q.end).replace(TRAILING_PUNCTUATION, '').trim();
  return own.length > 0 && input.lower.lastIndexOf(own, q.open.start - 2) >= 0;
}

/** Longest phrase a writer holds up in marks as a term of their own ("the whole “rescue a friend” plot"), in words. */
const MAX_HELD_UP_WORDS = 5;

/**
 * True when a short lower-case phrase in marks is a term the writer holds up, not anyone's words
 * (read only where no speech verb stands before it in its sentence or right after it, and no
 * speech quote in its paragraph or the one before): three to five words, no punctuation, no
 * capital opening it, set between two words of the sentence ("a film about “extraterrestrial life
 * form” it is", "the whole “rescue a friend” thing is"). A headline's claim is read before this.
 */
function heldUpPhrase(view: string, ann: Annotation, q: MarkedQuoteDraft, words: string): boolean {
  const n = wordCount(words);
  if (n < 3 || n > MAX_HELD_UP_WORDS) return false;
  const first = words.trimStart()[0];
  if (first === undefined || !/\p{Ll}/u.test(first) || /[.!?…,;:()"“”]/.test(words)) return false;
  // A lower-case word the tagger can only call a name or "other" right before the mark is a word
  // it does not know (another language, a rare verb of saying): no evidence against speech.
  const before = ann.tokens[firstAtOrAfter(ann.tokens, q.open.start) - 1];
  if (before && (before.pos === 'PROPN' || before.pos === 'X') && /^\p{Ll}/u.test(before.value)) return false;
  // A term is set inside a sentence that goes on past it, a word on either side ("the “rescue a
  // friend” plot is"); a quote opening a sentence or a line is a line of its own, and one closing
  // a clause is most often the reported end of someone's statement (was “not ready for it”.).
  let k = q.open.start - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
  let e = q.close.end;
  while (e < view.length && (view[e] === ' ' || view[e] === '\t')) e++;
  return k >= 0 && e < view.length && HAS_LETTER_OR_DIGIT.test(view[k] as string) && HAS_LETTER_OR_DIGIT.test(view[e] as string);
}

/**
 * The words (lower case) of the work mentions that stand outside every quote: a quote holding only
 * such words is the work's title, wherever the works stage read it; one read only from quotes
 * tells nothing.
 */
function namedOutsideQuotes(input: NormalizedText, mentions: readonly Span[], quotes: readonly MarkedQuoteDraft[]): WorkNames {
  const names = new Set<string>();
  let longest = 0;
  const spans = [...quotes].sort((a, b) => a.start - b.start);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1;
  for (const m of sorted) {
    // The furthest end of the quotes opening before the mention: inside one when it reaches past it.
    while (k < spans.length && (spans[k] as MarkedQuoteDraft).start <= m.start) reach = Math.max(reach, (spans[k++] as MarkedQuoteDraft).end);
    if (reach < m.end) {
      names.add(input.lower.slice(m.start, m.end));
      longest = Math.max(longest, m.end - m.start);
    }
  }
  return { longest, names };
}

/** The work names read outside quotes, and the longest one's length: a longer quote is no name (and is not sliced). */
interface WorkNames {
  longest: number;
  names: Set<string>;
}

/** True when the quote's words are a work's name; `“Squid Game,” the series`: the comma inside the marks is the sentence's. */
function namesWork(input: NormalizedText, q: MarkedQuoteDraft, work: WorkNames | null): boolean {
  if (!work || q.end - q.start > work.longest + 1) return false;
  return work.names.has(input.lower.slice(q.start, q.end).replace(TRAILING_PUNCTUATION, ''));
}

/**
 * True when a quote in the document's title line reports someone's words: news headlines put a
 * claim in marks ("Singer 'facing eviction'", "Film output 'falls' 40%", "Baywatch dubbed 'worst
 * import'"), so two words or more, or a verb, make it speech; a lone noun stays a term.
 */
function headlineClaim(ann: Annotation, q: MarkedQuoteDraft, title: Span | null, words: string): boolean {
  if (!title || q.open.start < title.start || q.close.end > title.end) return false;
  if (wordCount(words) >= 2) return true;
  const { tokens } = ann;
  for (let t = firstAtOrAfter(tokens, q.start); t < tokens.length && (tokens[t] as { start: number }).start < q.end; t++) {
    const pos = (tokens[t] as { pos: string }).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * True when a work mention covers the quote's words, less one comma or full stop the sentence put
 * inside the marks (`in "The Birds," one`, `go find "Cinderella."`). A full stop counts only when
 * the quote does not open a sentence of its own (`… Ossie. "Ditto."` is a reply), a comma only
 * when no speech verb follows.
 */
function coveredByWork(view: string, ann: Annotation, q: MarkedQuoteDraft, workSpans: ReadonlySet<string>): boolean {
  const last = view[q.end - 1];
  // `“Never,” was her reply`: a comma inside the marks before a speech verb is attributed speech
  // (after a full stop the verb is the next sentence's).
  if ((last !== ',' && last !== '.') || (last === ',' && speechVerbAfterQuote(ann, q))) return false;
  if (last === '.') {
    let k = q.open.start - 1;
    while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
    const prev = view[k];
    // A quote opening the text or a line, or after a sentence's end, is a sentence itself.
    if (prev === undefined || prev === '\n' || prev === '.' || prev === '!' || prev === '?' || prev === '"' || prev === '”' || prev === '’') return false;
  }
  return workSpans.has(`${q.start}:${q.end - 1}`);
}

/**
 * True when a noun for a spoken line stands right before the quote, a comma or colon between or
 * not ("Delia's line “nobody rides for free”", "his catchphrase, “…”"): the words are a line someone says.
 */
function namedLine(ann: Annotation, q: MarkedQuoteDraft): boolean {
  const { tokens } = ann;
  let k = firstAtOrAfter(tokens, q.open.start) - 1;
  const setOff = tokens[k]?.normal === ',' || tokens[k]?.normal === ':';
  if (setOff) k--;
  const noun = tokens[k];
  if (noun === undefined || noun.pos !== 'NOUN' || !LINE_NOUNS.has(noun.normal) || noun.end > q.open.start) return false;
  // After a comma the quote may open a clause of its own ("below the camera line, “X” is …"):
  // only someone's line ("Tyrion's line, “…”", "his best line, “…”") is set off so.
  return !setOff || [1, 2].some((n) => LINE_OWNER_MARKS.has(tokens[k - n]?.normal ?? ''));
}

/** Tokens read back from a quote for the verb of a view that holds it. */
const MAX_VIEW_TOKENS = 20;

/** Subjects of a view that may be a person the text names: third person, never the writer's "I". */
const VIEW_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * True when the quote stands in a view or a stance that a named person or "he" / "she" takes in its
 * sentence ("Ida Moss felt the finale was “rushed”", "She attacked “lazy” critics"), with no other
 * pronoun (but a possessive, "his", "her" before a noun) and no speech verb between the verb and
 * the quote, and a view with a clause ("felt that …"): even one word in marks is then the
 * holder's own word, not the writer's term.
 */
function heldView(ann: Annotation, q: MarkedQuoteDraft): boolean {
  const { tokens } = ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const sentence = tokens[at]?.sentence;
  for (let v = at - 1; v >= 0 && at - v <= MAX_VIEW_TOKENS; v--) {
    const w = tokens[v] as { normal: string; pos: string; sentence: number; value: string };
    // "She apologised for her “…”": a possessive may be the holder's own.
    const own = w.normal === 'his' || (w.normal === 'her' && (tokens[v + 1]?.pos === 'NOUN' || tokens[v + 1]?.pos === 'ADJ'));
    if (w.sentence !== sentence || SPEECH_VERBS.has(w.normal) || (w.pos === 'PRON' && !own && !NOT_REFERRING_PRONOUNS.has(w.normal))) return false;
    const view = VIEW_VERBS.has(w.normal);
    if (!view && !(STANCE_VERBS.has(w.normal) && w.pos === 'VERB')) continue;
    // A view holds the words in a clause ("felt that …", "felt the finale was “…”"); after "thinks
    // in terms of “…”" they are the writer's term for it.
    if (view && tokens[v + 1]?.normal !== 'that' && !clauseVerbBetween(tokens, v + 1, at)) return false;
    let s = v - 1;
    while (s >= 0 && v - s <= 3 && VERB_FILLERS.has((tokens[s] as { normal: string }).normal)) {
      // "X was attacked as “…”": the subject of a passive holds no view.
      if (PASSIVE_AUXILIARIES.has((tokens[s] as { normal: string }).normal)) return false;
      s--;
    }
    const subject = tokens[s];
    if (!subject || subject.sentence !== sentence) return false;
    return VIEW_PRONOUNS.has(subject.normal) || (subject.pos === 'PROPN' && isUpper(subject.value[0] as string));
  }
  return false;
}

/** True when a verb or an auxiliary stands among tokens `from` to `to` (excluded). */
function clauseVerbBetween(tokens: Annotation['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = (tokens[k] as { pos: string }).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** Most words of a quote read as a title by its capitals alone. */
const MAX_TITLE_WORDS = 8;

/**
 * True when a quote of two to eight words is written as a title: each word capitalised but the
 * short ones inside it, no sentence punctuation but a comma the sentence put inside the marks
 * ("Dazed and Confused,"). Speech is written as a sentence is, capitalised at its start only.
 */
function isTitleCased(words: string): boolean {
  const list = words.replace(TRAILING_PUNCTUATION, '').split(/\s+/).filter((w) => w !== '');
  if (list.length < 2 || list.length > MAX_TITLE_WORDS) return false;
  return list.every((w, i) => (i > 0 && TITLE_INNER_WORDS.has(w)) || (isUpper(w[0]) && !/[.!?…,;:]/.test(w)));
}

/** Words before a quote, on its line, read to tell a headline's capitals from a sentence's. */
const HEADLINE_CONTEXT_WORDS = 3;

/**
 * True when the words before the quote on its line are all capitalised ("Actors Discuss
 * Sexposition: “…”"): a headline capitalises every word, so the quote's capitals tell nothing.
 */
function headlineCased(view: string, q: MarkedQuoteDraft): boolean {
  const lineStart = view.lastIndexOf('\n', q.open.start) + 1;
  const from = Math.max(lineStart, q.open.start - 80);
  const before = view.slice(from, q.open.start).split(/\s+/).filter((w) => startsWithLetter(w) && !TITLE_INNER_WORDS.has(w));
  // A line that starts near the quote with fewer words is a heading's start as well.
  if (before.length === 0) return from === lineStart;
  return before.slice(-HEADLINE_CONTEXT_WORDS).every((w) => isUpper(w[0]));
}

/** Gives each quote between marks its kind, in place; `title` is the document's title line, or null when it has none. */
export function assignKinds(input: NormalizedText, ann: Annotation, works: readonly WorkDraft[], quotes: MarkedQuoteDraft[], title: Span | null): void {
  // Work mentions by their span and by their words, keyed only for a text with quotes.
  const mentions = quotes.length > 0 ? works.flatMap((w) => w.mentions) : [];
  const workSpans = new Set(mentions.map((m) => `${m.start}:${m.end}`));
  const workNames = mentions.length > 0 ? namedOutsideQuotes(input, mentions, quotes) : null;
  let verbs: Int32Array | null = null;
  const lastVerb = (): Int32Array => (verbs ??= lastSpeechVerbs(ann.tokens));
  // The paragraph of the latest speech quote: a phrase after someone's words in that paragraph or
  // the next is more of them.
  let speechBlock = -10;
  // The writer's last quote of their own wording: a second one joined to it ("“step back”, not “ignore”") is one too.
  let ownBefore: MarkedQuoteDraft | null = null;
  for (const q of quotes) {
    const words = input.view.slice(q.start, q.end);
    const joined = ownBefore !== null && q.open.start - ownBefore.close.end <= 16 && wordCount(words) <= MAX_OWN_WORDING_WORDS && wordingJoint(input.lower.slice(ownBefore.close.end, q.open.start));
    ownBefore = null;
    // A work's words read elsewhere make a title unless a speech verb says someone speaks them ("“Marilla,” said Anne").
    if (workSpans.has(`${q.start}:${q.end}`) || coveredByWork(input.view, ann, q, workSpans) || (namesWork(input, q, workNames) && !speechVerbNearQuote(ann, q, lastVerb))) q.kind = 'title';
    // Under a speech verb, only a single word between an article and its noun is a label ("a
    // “vast” change"); a longer phrase there is the speaker's words ("in an “angry, vicious” attack").
    else if (isLabel(input, ann, q, words) && (wordCount(words) === 1 || !speechVerbNearQuote(ann, q, lastVerb))) q.kind = 'term';
    // "Notice I say “step back”, not “ignore”": the writer naming their own wording, under the verb that names it.
    else if (joined || ownWording(input, ann, q, words)) {
      q.kind = 'term';
      ownBefore = q;
    }
    // "Led Zeppelin's “Dazed and Confused”": a title by its capitals, unless a speech verb stands
    // before it or attributes it right after ("“Moss Creek,” said Ana").
    // A verb and "by" right after it make the words a work, whoever sang them ("“My Way” sung by X").
    else if (isTitleCased(words) && !headlineCased(input.view, q) && (!speechVerbNearQuote(ann, q, lastVerb) || madeByAfter(ann, q))) q.kind = 'title';
    else if (headlineClaim(ann, q, title, words) || speechVerbNearQuote(ann, q, lastVerb) || closingAttribution(ann, q) || namedLine(ann, q) || heldView(ann, q)) q.kind = 'speech';
    else if (/[.!?…]$/.test(words) || (wordCount(words) >= 3 && !(heldUpPhrase(input.view, ann, q, words) && blockOf(ann, q) - speechBlock > 1))) q.kind = 'speech';
    else q.kind = 'term';
    if (q.kind === 'speech') speechBlock = blockOf(ann, q);
  }
}
