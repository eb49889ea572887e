/** The output contract's invariants, as a list of problems (empty when the analysis keeps them). */
import type { ReviewAnalysis, Span } from '../../src/types';

export function contractProblems(text: string, a: ReviewAnalysis): string[] {
  const problems: string[] = [];
  const isSpan = (s: Span): boolean => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  const check = (what: string, s: Span, expected?: string): void => {
    if (!isSpan(s)) problems.push(`${what}: bad span ${s.start}..${s.end}`);
    else if (expected !== undefined && text.slice(s.start, s.end) !== expected) problems.push(`${what}: slice ${JSON.stringify(text.slice(s.start, s.end))} is not ${JSON.stringify(expected)}`);
  };
  if (a.schemaVersion !== 1) problems.push('schemaVersion is not 1');
  if (a.title) check('title', a.title, a.title.text);

  // Sections: ordered, disjoint, and every non-blank character inside one.
  const covered = new Uint8Array(text.length);
  let last = 0;
  a.sections.forEach((s, i) => {
    if (s.id !== `s${i}`) problems.push(`section ${i} has id ${s.id}`);
    check(s.id, s);
    if (s.start < last) problems.push(`${s.id} overlaps the section before`);
    last = s.end;
    covered.fill(1, s.start, s.end);
    if (s.heading) {
      check(`${s.id} heading`, s.heading, s.heading.text);
      if (s.heading.text !== s.heading.text.trim()) problems.push(`${s.id} heading is not trimmed`);
      if (s.heading.start < s.start || s.heading.end > s.end) problems.push(`${s.id} heading outside its section`);
    } else if (i > 0) problems.push(`${s.id} has no heading but is not the first section`);
    let p = s.heading ? s.heading.end : s.start;
    for (const para of s.paragraphs) {
      check(`${s.id} paragraph`, para);
      if (para.start < p || para.end > s.end) problems.push(`${s.id} paragraph out of order or outside`);
      p = para.end;
    }
  });
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && /\S/.test(text[i] as string) && text[i] !== '\uFEFF') {
      problems.push(`character ${i} (${JSON.stringify(text[i])}) is in no section`);
      break;
    }
  }

  const ids = new Set<string>();
  for (const [list, prefix] of [[a.characters, 'c'], [a.people, 'p'], [a.works, 'w'], [a.quotes, 'q']] as const) {
    list.forEach((x, i) => {
      if (x.id !== `${prefix}${i}`) problems.push(`${prefix}${i} has id ${x.id}`);
      ids.add(x.id);
    });
  }
  const key = (s: string): string => s.toLowerCase().replace(/[\s\-‐‑–—.'’‘`]/g, '');
  for (const e of [...a.characters, ...a.people]) {
    const forms = new Set([e.name, ...e.aliases].map(key));
    for (const m of e.mentions) {
      check(`${e.id} mention`, m);
      if (!forms.has(key(text.slice(m.start, m.end)))) problems.push(`${e.id} mention ${JSON.stringify(text.slice(m.start, m.end))} is not a form of ${e.name}`);
    }
  }
  for (const c of a.characters) if (c.playedBy && !ids.has(c.playedBy)) problems.push(`${c.id} playedBy ${c.playedBy} is unknown`);
  for (const p of a.people) for (const c of p.plays) if (!ids.has(c)) problems.push(`${p.id} plays unknown ${c}`);
  for (const w of a.works) for (const m of w.mentions) check(`${w.id} mention`, m);
  const sectionIds = new Set(a.sections.map((s) => s.id));
  for (const q of a.quotes) {
    check(q.id, q, q.text);
    if (!sectionIds.has(q.sectionId)) problems.push(`${q.id} names unknown section ${q.sectionId}`);
    if (q.speaker?.characterId && !ids.has(q.speaker.characterId)) problems.push(`${q.id} names an unknown character`);
    if (q.speaker?.personId && !ids.has(q.speaker.personId)) problems.push(`${q.id} names an unknown person`);
  }
  for (const s of [a.sentiment, ...a.sections.map((x) => x.sentiment), ...a.quotes.map((x) => x.sentiment), ...a.characters.map((x) => x.sentiment)]) {
    if (!(s.score >= -1 && s.score <= 1) || !['positive', 'negative', 'neutral', 'mixed'].includes(s.label)) problems.push(`bad sentiment ${JSON.stringify(s)}`);
  }
  return problems;
}
