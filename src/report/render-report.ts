/**
 * `renderReport`: one self-contained HTML page for an analysis. No scripts, no network: the text
 * with sections outlined and coloured by sentiment, mentions highlighted (hover shows the canonical
 * name and aliases), quotes marked with their speakers, a key to the colours, and a sidebar listing
 * characters (with their actors), people, works, quotes, warnings, a per-section sentiment table and
 * the sentiment curve through the document, paragraph by paragraph.
 */
import { analyzeReview } from '../analyze-review';
import { expectedType } from '../errors';
import { textChecksum } from '../text/checksum';
import { plural } from '../text/plural';
import { escapeHtml } from './escape-html';
import { DEFAULT_MAX_LENGTH, type QuoteKind, type ReviewAnalysis, type Sentiment, type SpeakerVia, type Span } from '../types';

const escape = escapeHtml;

/** An inline mark in the text: its span and the tags that open and close it. */
interface Mark extends Span {
  open: string;
  close: string;
}

/**
 * Text of the document as the page shows it: escaped, and the `<br>` / `<br />` markup of scraped
 * reviews (IMDb's) shown as the line break it stands for, as the analysis reads it, not as markup.
 */
const shown = (s: string): string => escape(s).replace(/&lt;br ?\/?&gt;/gi, '\n');

const moodClass = (s: Sentiment): string => `mood-${escape(s.label)}`;
const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

/** How a speaker was found, in words a reader knows, and a longer note for the hover. */
const VIA_WORDS: Readonly<Record<SpeakerVia, readonly [string, string]>> = {
  verb: ['said …', 'the text names them with a speech verb: “… said Kim”, “Kim told reporters”'],
  dash: ['signed with a dash', 'the quote is signed with a dash: “…” — Kim'],
  script: ['script line', 'a line of a script: “Kim: …”'],
  pronoun: ['he or she, named before', 'a “he said” or “she said” after the speaker was named'],
  context: ['from the text around it', 'no speech verb: the speaker is the one the text is about there'],
};
/** What a quotation is, in words a reader knows. */
const KIND_WORDS: Readonly<Record<QuoteKind, string>> = { speech: 'spoken words', dialogue: 'script line', term: 'a term in quotes', title: 'a title in quotes' };

/** The reader's words for how a speaker was found (an unknown value, from an edited analysis, as it is). */
const viaWords = (via: string): readonly [string, string] => VIA_WORDS[via as SpeakerVia] ?? [via, via];
const kindWords = (kind: string): string => KIND_WORDS[kind as QuoteKind] ?? kind;

/** The first words of `text`, for a page title: at most `max` characters, cut at a word, with "…". */
function firstWords(text: string, max = 60): string {
  const flat = text.slice(0, max * 4).replace(/<br ?\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  let end = space > max / 2 ? space : max;
  while (end > 0 && ' ,;:.–—-'.includes(cut[end - 1] as string)) end--;
  return `${cut.slice(0, end)}…`;
}

/**
 * The page's title and a note on where it came from: the document's own title; else its most
 * mentioned work; else its first words.
 */
function pageTitle(a: ReviewAnalysis, text: string): { title: string; note: string } {
  if (a.title) return { title: a.title.text, note: '' };
  const work = a.works.reduce<ReviewAnalysis['works'][number] | null>((best, w) => (!best || w.mentions.length > best.mentions.length ? w : best), null);
  if (work) return { title: `On ${work.title}`, note: 'The text has no title line: named after the work it mentions most.' };
  const words = firstWords(text);
  return words ? { title: words, note: 'The text has no title line: named by its first words.' } : { title: 'An empty text', note: '' };
}

/** The inline marks: quotes, character and person mentions, work titles. */
function inlineMarks(a: ReviewAnalysis): Mark[] {
  const marks: Mark[] = [];
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name} (${viaWords(q.speaker.via)[0]})` : 'speaker not named';
    marks.push({ start: q.start, end: q.end, open: `<span class="quote kind-${escape(q.kind)}" title="${escape(`${kindWords(q.kind)} — ${who}`)}">`, close: '</span>' });
  }
  for (const [list, cls] of [[a.characters, 'character'], [a.people, 'person']] as const) {
    for (const e of list) {
      const title = e.aliases.length ? `${e.name} (also ${e.aliases.join(', ')})` : e.name;
      for (const m of e.mentions) marks.push({ start: m.start, end: m.end, open: `<mark class="${cls}" title="${escape(title)}">`, close: '</mark>' });
    }
  }
  for (const w of a.works) for (const m of w.mentions) marks.push({ start: m.start, end: m.end, open: `<cite class="work" title="${escape(w.title)}">`, close: '</cite>' });
  // Outer marks first; a mark that would cross another's edge is left out, so the HTML nests.
  return marks.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The text of `[from, to)` with the marks inside it, escaped and properly nested. */
function markedText(text: string, marks: readonly Mark[], from: number, to: number): string {
  let out = '';
  let pos = from;
  const open: Mark[] = [];
  const closeUpTo = (at: number): void => {
    for (let top = open[open.length - 1]; top && top.end <= at; top = open[open.length - 1]) {
      out += shown(text.slice(pos, top.end)) + top.close;
      pos = top.end;
      open.pop();
    }
  };
  for (const m of marks) {
    if (m.end > to || m.end <= m.start) continue;
    closeUpTo(m.start);
    const parent = open[open.length - 1];
    if ((parent && m.end > parent.end) || m.start < pos) continue;
    out += shown(text.slice(pos, m.start)) + m.open;
    pos = m.start;
    open.push(m);
  }
  closeUpTo(to);
  return out + shown(text.slice(pos, to));
}

/** A section's name in the chart: its heading, whole; "Opening" for the text before the first one. */
const sectionLabel = (s: ReviewAnalysis['sections'][number], only: boolean): string => (s.heading ? s.heading.text : only ? 'The whole text' : 'Opening (before the first heading)');

/** The per-section sentiment as a table: full labels (wrapped), the label and score in words, a bar. */
function sectionTable(a: ReviewAnalysis): string {
  const rows = a.sections.map((s) => {
    const width = Math.min(50, Math.round(Math.abs(s.sentiment.score) * 50));
    const side = s.sentiment.score >= 0 ? `left:50%` : `right:50%`;
    const label = sectionLabel(s, a.sections.length === 1);
    return `<tr title="${escape(`${label}: ${s.sentiment.label} ${signed(s.sentiment.score)}`)}"><th scope="row">${escape(label)}</th><td class="${moodClass(s.sentiment)}">${escape(s.sentiment.label)} ${signed(s.sentiment.score)}</td><td class="bar-track" aria-hidden="true"><span class="bar ${moodClass(s.sentiment)}" style="${side};width:${width}%"></span></td></tr>`;
  });
  return `<table class="chart"><caption>Sentiment by section, from −1 (negative) to +1 (positive)</caption><thead><tr><th scope="col">Section</th><th scope="col">Sentiment</th><th scope="col"><span class="sr">Bar</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A stretch of the text the curve gives a point to: one paragraph, or a run of them in a long text. */
interface Stretch extends Span {
  /** 1-based numbers of the first and last paragraph in it. */
  first: number;
  last: number;
}

/** The most points the curve draws: a longer text gives each point a run of paragraphs. */
const CURVE_POINTS = 60;

/**
 * The body paragraphs of the text (blank lines, or IMDb's `<br /><br />`, between them; heading
 * lines left out), grouped into at most {@link CURVE_POINTS} stretches.
 */
function stretches(a: ReviewAnalysis, text: string): Stretch[] {
  const plain = text.replace(/<br ?\/?>/gi, (m) => `\n${' '.repeat(m.length - 1)}`);
  // Where each heading line starts, and where it ends: a paragraph that opens with one starts after it.
  const headings = new Map(a.sections.flatMap((s) => (s.heading ? [[s.heading.start, s.heading.end] as const] : [])));
  if (a.title) headings.set(a.title.start, a.title.end);
  const paragraphs: Span[] = [];
  const add = (from: number, to: number): void => {
    const body = plain.slice(from, to);
    let start = from + body.length - body.trimStart().length;
    const end = from + body.trimEnd().length;
    const heading = headings.get(start);
    if (heading !== undefined && heading <= end) {
      const rest = plain.slice(heading, end);
      start = heading + rest.length - rest.trimStart().length;
    }
    if (end > start) paragraphs.push({ start, end });
  };
  let from = 0;
  for (const m of plain.matchAll(/\n[ \t]*\n/g)) {
    add(from, m.index);
    from = m.index + m[0].length;
  }
  add(from, plain.length);
  const per = Math.ceil(paragraphs.length / CURVE_POINTS);
  const out: Stretch[] = [];
  for (let i = 0; i < paragraphs.length; i += per) {
    const last = Math.min(paragraphs.length, i + per) - 1;
    out.push({ start: (paragraphs[i] as Span).start, end: (paragraphs[last] as Span).end, first: i + 1, last: last + 1 });
  }
  return out;
}

/**
 * The sentiment curve through the document: each paragraph (or run of paragraphs) analysed on its
 * own, drawn as a line around zero. Every point has a hover note and the whole an accessible summary.
 */
function sentimentCurve(a: ReviewAnalysis, text: string): string {
  const parts = stretches(a, text);
  if (parts.length < 2) return '';
  const works = a.works.map((w) => w.title);
  const scores = parts.map((p) => {
    const piece = text.slice(p.start, p.end);
    return analyzeReview(piece, { works, maxLength: Math.max(DEFAULT_MAX_LENGTH, piece.length) }).sentiment;
  });
  const W = 300;
  const H = 80;
  const x = (i: number): number => 8 + (i * (W - 16)) / (parts.length - 1);
  const y = (score: number): number => H / 2 - Math.max(-1, Math.min(1, score)) * (H / 2 - 6);
  const points = scores.map((s, i) => `${x(i).toFixed(1)},${y(s.score).toFixed(1)}`).join(' ');
  const dots = scores.map((s, i) => {
    const p = parts[i] as Stretch;
    const which = p.first === p.last ? `Paragraph ${p.first}` : `Paragraphs ${p.first}–${p.last}`;
    const note = `${which}: ${s.label} ${signed(s.score)} — “${firstWords(text.slice(p.start, p.end), 50)}”`;
    return `<circle class="dot ${moodClass(s)}" cx="${x(i).toFixed(1)}" cy="${y(s.score).toFixed(1)}" r="3.5"><title>${escape(note)}</title></circle>`;
  });
  const positive = scores.filter((s) => s.label === 'positive').length;
  const negative = scores.filter((s) => s.label === 'negative').length;
  const summary = `Sentiment of ${plural(parts.length, 'stretch', 'stretches')} of the text, in order: ${positive} positive, ${negative} negative, ${parts.length - positive - negative} neutral or mixed; it starts ${scores[0]?.label} and ends ${scores[scores.length - 1]?.label}.`;
  return `<h2>Sentiment through the text</h2><svg class="curve" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escape(summary)}"><line class="zero" x1="0" y1="${H / 2}" x2="${W}" y2="${H / 2}"></line><polyline points="${points}"></polyline>${dots.join('')}</svg><p class="note">Each dot is ${parts.length === scores.length && parts.every((p) => p.first === p.last) ? 'a paragraph' : 'a run of paragraphs'}, read on its own (hover for its words); above the line is positive.</p>`;
}

/** "a", "a or b", "a, b or c". */
const orList = (xs: readonly string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

function sidebar(a: ReviewAnalysis, text: string): string {
  const people = new Map(a.people.map((p) => [p.id, p.name]));
  const list = (items: string[]): string => `<ul>${items.join('')}</ul>`;
  const count = (n: number): string => `<span class="count" title="${plural(n, 'mention')}">×${n}</span>`;
  const characters = a.characters.map((c) => {
    const actor = c.playedBy ? ` <span class="actor">played by ${escape(people.get(c.playedBy) ?? '')}</span>` : '';
    const aliases = c.aliases.length ? ` <span class="aliases">(${escape(c.aliases.join(', '))})</span>` : '';
    const descriptors = c.descriptors.length ? ` <span class="descriptor">${escape(c.descriptors.join(', '))}</span>` : '';
    return `<li><b class="${moodClass(c.sentiment)}">${escape(c.name)}</b>${aliases}${actor}${descriptors} ${count(c.mentions.length)}</li>`;
  });
  const persons = a.people.map((p) => `<li><b>${escape(p.name)}</b>${p.roles.length ? ` <span class="role">${escape(p.roles.join(', '))}</span>` : ''} ${count(p.mentions.length)}</li>`);
  const works = a.works.map((w) => `<li><cite>${escape(w.title)}</cite> ${count(w.mentions.length)}</li>`);
  const quotes = a.quotes.map((q) => {
    const words = q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text;
    const [via, how] = q.speaker ? viaWords(q.speaker.via) : ['', ''];
    const who = q.speaker ? ` — <b>${escape(q.speaker.name)}</b> <span class="via" title="${escape(how)}">${escape(via)}</span>` : '';
    return `<li class="kind-${escape(q.kind)}">“${shown(words)}”${who}</li>`;
  });
  const rating = a.rating ? `<p>Rating: <b>${escape(a.rating.value)}/${escape(a.rating.scale)}</b></p>` : '';
  const warnings = a.warnings.map((w) => `<li><span class="code">${escape(w.code)}</span> ${escape(w.message)}</li>`);
  // Panels with something in them; the empty ones are named in one line instead of each standing empty.
  const panels: [string, string[]][] = [['Characters', characters], ['People', persons], ['Works', works], ['Quotes', quotes]];
  const found = panels.filter(([, items]) => items.length).map(([name, items]) => `\n<h2>${name}</h2>${list(items)}`);
  const missing = panels.filter(([, items]) => !items.length).map(([name]) => name.toLowerCase());
  const counts = [plural(a.characters.length, 'character'), plural(a.people.length, 'person', 'people'), plural(a.works.length, 'work'), plural(a.quotes.length, 'quote')];
  return `<aside>
<h2>Overview</h2>
<p>Sentiment: <b class="${moodClass(a.sentiment)}">${escape(a.sentiment.label)} ${signed(a.sentiment.score)}</b></p>${rating}
<p class="stats">${plural(a.stats.words, 'word')} · ${plural(a.stats.sentences, 'sentence')} · ${plural(a.stats.paragraphs, 'paragraph')} · ${plural(a.sections.length, 'section')}</p>
<p class="found">${counts.join(' · ')}</p>
<h2>Key</h2>${legend(a)}${a.sections.length > 1 ? `\n<h2>Sentiment by section</h2>${sectionTable(a)}` : ''}
${sentimentCurve(a, text)}${found.join('')}${missing.length ? `\n<p class="none">No ${orList(missing)} found in this text.</p>` : ''}${warnings.length ? `\n<h2>Warnings</h2>${list(warnings)}` : ''}
</aside>`;
}

/** The key to the page's colours and marks: section edges, then the marks this page uses. */
function legend(a: ReviewAnalysis): string {
  const moods = ['positive', 'negative', 'mixed', 'neutral'].map((m) => `<span class="key edge mood-${m}">${m}</span>`).join(' ');
  const marks: string[] = [];
  if (a.characters.length) marks.push('<span class="key key-character">a character</span>');
  if (a.people.length) marks.push('<span class="key key-person">a real person</span>');
  if (a.works.length) marks.push('<span class="key key-work">a work’s title</span>');
  const kinds = new Set(a.quotes.map((q) => q.kind));
  for (const kind of ['speech', 'dialogue', 'term', 'title'] as const) if (kinds.has(kind)) marks.push(`<span class="key key-quote kind-${kind}">${KIND_WORDS[kind]}</span>`);
  return `<p class="legend">Sections are edged by their sentiment: ${moods}${marks.length ? `<br>Marked in the text: ${marks.join(' ')}` : ''}<br>Hover a mark or a dot for more.</p>`;
}

const STYLE = `
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232b;background:#f6f7f9;display:flex;gap:24px;padding:24px;box-sizing:border-box}
main{flex:1 1 60%;min-width:0}aside{flex:0 0 34%;max-width:460px;background:#fff;border-radius:10px;padding:8px 20px 20px;box-shadow:0 1px 3px #0002;align-self:flex-start;position:sticky;top:24px;max-height:calc(100vh - 48px);overflow:auto}
h1{font-size:22px;margin:0 0 16px}h2{font-size:14px;text-transform:uppercase;letter-spacing:.05em;color:#596270;margin:20px 0 8px}
section.sec{white-space:pre-wrap;background:#fff;border-radius:10px;border-left:6px solid #c3c9d2;padding:26px 16px 12px;margin:0 0 14px;box-shadow:0 1px 3px #0001;position:relative}
section.sec::before{content:attr(data-label);position:absolute;right:12px;top:6px;font-size:11px;color:#596270;white-space:nowrap}
section.mood-positive{border-left-color:#2e9d5b}section.mood-negative{border-left-color:#d2473a}section.mood-mixed{border-left-color:#d79a1c}section.mood-neutral{border-left-color:#9aa3ae}
.gap{white-space:pre-wrap}
mark.character{background:#ffe58a;border-radius:3px;padding:0 1px}mark.person{background:#bfe0ff;border-radius:3px;padding:0 1px}
mark:hover{outline:2px solid #1d232b}cite.work{font-style:italic;background:#eadcff;border-radius:3px}
.quote{background:#e8f5ec;border-bottom:2px solid #2e9d5b}.quote.kind-term{background:#f1f1f1;border-bottom-color:#9aa3ae}.quote.kind-dialogue{background:#e6f0ff;border-bottom-color:#3a78d2}.quote.kind-title{background:#f3eaff;border-bottom-color:#8a5cd2}
ul{padding-left:18px;margin:0}li{margin:3px 0}.none{color:#596270;margin:16px 0 0;font-size:13px}.count,.via,.role,.aliases,.actor,.descriptor,.stats,.found,.code,.note{color:#596270;font-size:13px}.found{margin-top:-6px}
b.mood-positive,td.mood-positive{color:#2e7d4b}b.mood-negative,td.mood-negative{color:#b53a2f}b.mood-mixed,td.mood-mixed{color:#a87510}
.subtitle{color:#596270;font-size:13px;margin:-10px 0 12px}
.legend{font-size:12px;color:#3b424c;margin:0;line-height:2}
.key{padding:1px 5px;border-radius:3px;white-space:nowrap}.key.edge{border-left:5px solid #9aa3ae;background:#f6f7f9}.key.edge.mood-positive{border-left-color:#2e9d5b}.key.edge.mood-negative{border-left-color:#d2473a}.key.edge.mood-mixed{border-left-color:#d79a1c}
.key-character{background:#ffe58a}.key-person{background:#bfe0ff}.key-work{font-style:italic;background:#eadcff}
.key-quote{background:#e8f5ec;border-bottom:2px solid #2e9d5b}.key-quote.kind-term{background:#f1f1f1;border-bottom-color:#9aa3ae}.key-quote.kind-dialogue{background:#e6f0ff;border-bottom-color:#3a78d2}.key-quote.kind-title{background:#f3eaff;border-bottom-color:#8a5cd2}
table.chart{width:100%;border-collapse:collapse;font-size:12px}table.chart caption{text-align:left;color:#596270;font-size:12px;margin-bottom:4px}
table.chart th,table.chart td{padding:3px 4px;text-align:left;vertical-align:middle;border-top:1px solid #eef0f3}table.chart thead th{color:#596270;font-weight:600;border-top:0}
table.chart tbody th{font-weight:400;color:#1d232b;width:48%;overflow-wrap:anywhere}table.chart td{white-space:nowrap}
td.bar-track{position:relative;width:30%;min-width:60px;background:linear-gradient(90deg,transparent calc(50% - 1px),#c3c9d2 calc(50% - 1px),#c3c9d2 calc(50% + 1px),transparent calc(50% + 1px))}
.bar{position:absolute;top:calc(50% - 5px);height:10px;border-radius:5px;min-width:2px;background:#9aa3ae}.bar.mood-positive{background:#2e9d5b}.bar.mood-negative{background:#d2473a}.bar.mood-mixed{background:#d79a1c}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
svg.curve{width:100%;height:auto;background:#fafbfc;border-radius:6px}svg.curve .zero{stroke:#c3c9d2;stroke-width:1}svg.curve polyline{fill:none;stroke:#596270;stroke-width:1.5}
svg.curve .dot{fill:#9aa3ae}svg.curve .dot.mood-positive{fill:#2e9d5b}svg.curve .dot.mood-negative{fill:#d2473a}svg.curve .dot.mood-mixed{fill:#d79a1c}
`;

/** Checks one value of an analysis; throws `review-lens: expected PATH to be …, got …` when it is not. */
type Check = (value: unknown, path: string) => void;

const must = (ok: boolean, path: string, what: string, value: unknown): void => {
  if (!ok) throw expectedType(`${path} to be ${what}`, value);
};
const str: Check = (v, p) => must(typeof v === 'string', p, 'a string', v);
const num: Check = (v, p) => must(typeof v === 'number' && Number.isFinite(v), p, 'a finite number', v);
const offset: Check = (v, p) => must(Number.isInteger(v) && (v as number) >= 0, p, 'an offset (an integer ≥ 0)', v);
const nullOr = (check: Check): Check => (v, p) => v === null || check(v, p);
const arrayOf = (check: Check): Check => (v, p) => {
  must(Array.isArray(v), p, 'an array', v);
  (v as unknown[]).forEach((x, i) => check(x, `${p}[${i}]`));
};
const shape = (fields: Readonly<Record<string, Check>>): Check => (v, p) => {
  must(v !== null && typeof v === 'object' && !Array.isArray(v), p, 'an object', v);
  for (const key of Object.keys(fields)) (fields[key] as Check)((v as Record<string, unknown>)[key], `${p}.${key}`);
};
const span = { start: offset, end: offset };
const sentiment = shape({ score: num, label: str });
const entity = { id: str, name: str, aliases: arrayOf(str), mentions: arrayOf(shape(span)) };

/** The fields the report reads, with the types it reads them as (ids and labels are printed too). */
const ANALYSIS: Check = shape({
  title: nullOr(shape({ ...span, text: str, kind: str })),
  sections: arrayOf(shape({ ...span, id: str, heading: nullOr(shape({ ...span, text: str, kind: str })), sentiment })),
  characters: arrayOf(shape({ ...entity, descriptors: arrayOf(str), playedBy: nullOr(str), sentiment })),
  people: arrayOf(shape({ ...entity, roles: arrayOf(str) })),
  works: arrayOf(shape({ id: str, title: str, mentions: arrayOf(shape(span)) })),
  quotes: arrayOf(shape({ ...span, id: str, text: str, kind: str, speaker: nullOr(shape({ name: str, via: str })) })),
  sentiment,
  rating: nullOr(shape({ value: num, scale: num })),
  stats: shape({ characters: offset, words: num, sentences: num, paragraphs: num }),
  warnings: arrayOf(shape({ code: str, message: str })),
  textChecksum: (v, p) => v === undefined || str(v, p),
});

/**
 * Refuses a text that is not the analysed one: by its length, then by the analysis's
 * `textChecksum`. An analysis without one (built by hand, or by a version before it) is checked by
 * the texts of its title, headings and quotes instead, which a text of the same length can still
 * pass where none of them differs.
 */
function checkSameText(analysis: ReviewAnalysis, text: string): void {
  if (analysis.stats.characters !== text.length) {
    throw new RangeError(`review-lens: expected the text that was analysed (${analysis.stats.characters} characters), got ${text.length} characters`);
  }
  const expected = (analysis as Partial<ReviewAnalysis>).textChecksum;
  if (expected !== undefined) {
    const got = textChecksum(text);
    if (got !== expected) throw new RangeError(`review-lens: expected the text that was analysed (checksum ${expected}), got another text of the same length (checksum ${got})`);
    return;
  }
  const spans = [...(analysis.title ? [analysis.title] : []), ...analysis.sections.flatMap((s) => (s.heading ? [s.heading] : [])), ...analysis.quotes];
  const differs = spans.find((x) => text.slice(x.start, x.end) !== x.text);
  if (differs) {
    throw new RangeError(`review-lens: expected the text that was analysed (${JSON.stringify(differs.text.slice(0, 40))} at ${differs.start}), got ${JSON.stringify(text.slice(differs.start, Math.min(differs.end, differs.start + 40)))} there`);
  }
}

/**
 * Renders an analysis and its text as one self-contained HTML page (no scripts, no network).
 * Every string it prints is escaped, the analysis's own fields included.
 *
 * @param analysis - What {@link analyzeReview} returned for `text`.
 * @param text - The very text that was analysed (the offsets index it).
 * @returns The HTML page, as a string.
 * @throws TypeError when `text` is not a string or `analysis` is not an analysis (the message names
 * the first field of the wrong type, e.g. `analysis.characters[0].aliases`).
 * @throws RangeError when `text` is not the text that was analysed (another length, or another
 * `textChecksum`).
 *
 * @example
 * ```ts
 * import { analyzeReview, renderReport } from 'review-lens';
 * const html = renderReport(analyzeReview(text), text);
 * ```
 */
export function renderReport(analysis: ReviewAnalysis, text: string): string {
  if (typeof text !== 'string') throw expectedType('text to be a string', text);
  if (analysis === null || typeof analysis !== 'object' || !Array.isArray((analysis as Partial<ReviewAnalysis>).sections)) {
    throw expectedType('analysis to be what analyzeReview returned', analysis);
  }
  ANALYSIS(analysis, 'analysis');
  checkSameText(analysis, text);
  const marks = inlineMarks(analysis);
  let body = '';
  let pos = 0;
  let k = 0;
  for (const s of analysis.sections) {
    if (text.slice(pos, s.start).trim()) body += `<div class="gap">${shown(text.slice(pos, s.start))}</div>`;
    // The marks of this section: a slice of the sorted list, so the whole page is one pass.
    while (k < marks.length && (marks[k] as Mark).start < s.start) k++;
    let j = k;
    while (j < marks.length && (marks[j] as Mark).start < s.end) j++;
    const label = `${s.heading ? `${s.heading.kind} · ` : ''}${s.sentiment.label} ${signed(s.sentiment.score)}`;
    body += `<section class="sec ${moodClass(s.sentiment)}" id="${escape(s.id)}" data-label="${escape(label)}">${markedText(text, marks.slice(k, j), s.start, s.end)}</section>`;
    k = j;
    pos = s.end;
  }
  if (pos < text.length && text.slice(pos).trim()) body += `<div class="gap">${shown(text.slice(pos))}</div>`;
  const { title, note } = pageTitle(analysis, text);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(title)}</h1>${note ? `<p class="subtitle">${escape(note)}</p>` : ''}${body}</main>${sidebar(analysis, text)}</body></html>
`;
}
