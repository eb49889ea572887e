/**
 * `renderReport`: one self-contained HTML page for an analysis. No scripts, no network: the text
 * with sections outlined and coloured by sentiment, mentions highlighted (hover shows the canonical
 * name and aliases), quotes marked with their speakers, and a sidebar listing characters (with their
 * actors), people, works, quotes, warnings and a per-section sentiment chart.
 */
import { expectedType } from '../errors';
import { textChecksum } from '../text/checksum';
import type { ReviewAnalysis, Sentiment, Span } from '../types';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Every value printed into the page goes through here, the analysis's own fields too: a caller may
 * have edited the analysis or built it by hand, so a name or a label is as untrusted as the text.
 */
const escape = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** An inline mark in the text: its span and the tags that open and close it. */
interface Mark extends Span {
  open: string;
  close: string;
}

const moodClass = (s: Sentiment): string => `mood-${escape(s.label)}`;
const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

/** The inline marks: quotes, character and person mentions, work titles. */
function inlineMarks(a: ReviewAnalysis): Mark[] {
  const marks: Mark[] = [];
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name} (${q.speaker.via})` : 'speaker unknown';
    marks.push({ start: q.start, end: q.end, open: `<span class="quote kind-${escape(q.kind)}" title="${escape(`${q.kind} — ${who}`)}">`, close: '</span>' });
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
      out += escape(text.slice(pos, top.end)) + top.close;
      pos = top.end;
      open.pop();
    }
  };
  for (const m of marks) {
    if (m.end > to || m.end <= m.start) continue;
    closeUpTo(m.start);
    const parent = open[open.length - 1];
    if ((parent && m.end > parent.end) || m.start < pos) continue;
    out += escape(text.slice(pos, m.start)) + m.open;
    pos = m.start;
    open.push(m);
  }
  closeUpTo(to);
  return out + escape(text.slice(pos, to));
}

function sidebar(a: ReviewAnalysis): string {
  const people = new Map(a.people.map((p) => [p.id, p.name]));
  const list = (items: string[], empty: string): string => (items.length ? `<ul>${items.join('')}</ul>` : `<p class="none">${empty}</p>`);
  const characters = a.characters.map((c) => {
    const actor = c.playedBy ? ` <span class="actor">played by ${escape(people.get(c.playedBy) ?? '')}</span>` : '';
    const aliases = c.aliases.length ? ` <span class="aliases">(${escape(c.aliases.join(', '))})</span>` : '';
    const descriptors = c.descriptors.length ? ` <span class="descriptor">${escape(c.descriptors.join(', '))}</span>` : '';
    return `<li><b class="${moodClass(c.sentiment)}">${escape(c.name)}</b>${aliases}${actor}${descriptors} <span class="count">×${c.mentions.length}</span></li>`;
  });
  const persons = a.people.map((p) => `<li><b>${escape(p.name)}</b>${p.roles.length ? ` <span class="role">${escape(p.roles.join(', '))}</span>` : ''} <span class="count">×${p.mentions.length}</span></li>`);
  const works = a.works.map((w) => `<li><cite>${escape(w.title)}</cite> <span class="count">×${w.mentions.length}</span></li>`);
  const quotes = a.quotes.map((q) => {
    const words = q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text;
    const who = q.speaker ? ` — <b>${escape(q.speaker.name)}</b> <span class="via">${escape(q.speaker.via)}</span>` : '';
    return `<li class="kind-${escape(q.kind)}">“${escape(words)}”${who}</li>`;
  });
  const bars = a.sections.map((s) => {
    const width = Math.min(50, Math.round(Math.abs(s.sentiment.score) * 50));
    const side = s.sentiment.score >= 0 ? `left:50%` : `right:50%`;
    const label = s.heading ? s.heading.text : '(opening)';
    return `<div class="bar-row" title="${escape(`${label}: ${s.sentiment.label} ${signed(s.sentiment.score)}`)}"><span class="bar-label">${escape(label.length > 34 ? `${label.slice(0, 33)}…` : label)}</span><span class="bar-track"><span class="bar ${moodClass(s.sentiment)}" style="${side};width:${width}%"></span></span></div>`;
  });
  const rating = a.rating ? `<p>Rating: <b>${escape(a.rating.value)}/${escape(a.rating.scale)}</b></p>` : '';
  const warnings = a.warnings.map((w) => `<li><span class="code">${escape(w.code)}</span> ${escape(w.message)}</li>`);
  return `<aside>
<h2>Overview</h2>
<p>Sentiment: <b class="${moodClass(a.sentiment)}">${escape(a.sentiment.label)} ${signed(a.sentiment.score)}</b></p>${rating}
<p class="stats">${escape(a.stats.words)} words · ${escape(a.stats.sentences)} sentences · ${a.sections.length} sections</p>
<h2>Sentiment by section</h2><div class="chart">${bars.join('')}</div>
<h2>Characters</h2>${list(characters, 'none found')}
<h2>People</h2>${list(persons, 'none found')}
<h2>Works</h2>${list(works, 'none found')}
<h2>Quotes</h2>${list(quotes, 'none found')}${warnings.length ? `\n<h2>Warnings</h2>${list(warnings, '')}` : ''}
</aside>`;
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
ul{padding-left:18px;margin:0}li{margin:3px 0}.none{color:#8a929c;margin:0}.count,.via,.role,.aliases,.actor,.descriptor,.stats,.code{color:#596270;font-size:13px}
b.mood-positive{color:#2e7d4b}b.mood-negative{color:#b53a2f}b.mood-mixed{color:#a87510}
.chart{display:grid;gap:4px}.bar-row{display:grid;grid-template-columns:150px 1fr;gap:8px;align-items:center;font-size:12px}.bar-label{overflow:hidden;white-space:nowrap;text-overflow:ellipsis;color:#3b424c}
.bar-track{position:relative;height:12px;background:linear-gradient(90deg,transparent calc(50% - 1px),#c3c9d2 calc(50% - 1px),#c3c9d2 calc(50% + 1px),transparent calc(50% + 1px));border-radius:6px}
.bar{position:absolute;top:1px;height:10px;border-radius:5px;min-width:2px;background:#9aa3ae}.bar.mood-positive{background:#2e9d5b}.bar.mood-negative{background:#d2473a}.bar.mood-mixed{background:#d79a1c}
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
  stats: shape({ characters: offset, words: num, sentences: num }),
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
    if (text.slice(pos, s.start).trim()) body += `<div class="gap">${escape(text.slice(pos, s.start))}</div>`;
    // The marks of this section: a slice of the sorted list, so the whole page is one pass.
    while (k < marks.length && (marks[k] as Mark).start < s.start) k++;
    let j = k;
    while (j < marks.length && (marks[j] as Mark).start < s.end) j++;
    const label = `${s.heading ? `${s.heading.kind} · ` : ''}${s.sentiment.label} ${signed(s.sentiment.score)}`;
    body += `<section class="sec ${moodClass(s.sentiment)}" id="${escape(s.id)}" data-label="${escape(label)}">${markedText(text, marks.slice(k, j), s.start, s.end)}</section>`;
    k = j;
    pos = s.end;
  }
  if (pos < text.length && text.slice(pos).trim()) body += `<div class="gap">${escape(text.slice(pos))}</div>`;
  const title = analysis.title ? analysis.title.text : 'review-lens report';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escape(title)}</h1>${body}</main>${sidebar(analysis)}</body></html>
`;
}
