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

  for (const [list, prefix] of [[a.characters, 'c'], [a.people, 'p'], [a.works, 'w'], [a.quotes, 'q']] as const) {
    list.forEach((x, i) => {
      if (x.id !== `${prefix}${i}`) problems.push(`${prefix}${i} has id ${x.id}`);
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
  problems.push(...idProblems(a));
  for (const w of a.works) for (const m of w.mentions) check(`${w.id} mention`, m);
  for (const q of a.quotes) check(q.id, q, q.text);
  for (const s of [a.sentiment, ...a.sections.map((x) => x.sentiment), ...a.quotes.map((x) => x.sentiment), ...a.characters.map((x) => x.sentiment)]) {
    if (!(s.score >= -1 && s.score <= 1) || !['positive', 'negative', 'neutral', 'mixed'].includes(s.label)) problems.push(`bad sentiment ${JSON.stringify(s)}`);
  }
  return problems;
}

/**
 * Every id a field names exists and is of the kind the contract says: `playedBy` a person,
 * `plays` characters (and the two agree), a speaker's `characterId` a character and `personId` a
 * person, a quote's `sectionId` the section it stands in, a section's `characterIds` and
 * `quoteIds` exactly the characters mentioned and the quotes standing in it.
 */
function idProblems(a: ReviewAnalysis): string[] {
  const problems: string[] = [];
  const characters = new Map(a.characters.map((c) => [c.id, c]));
  const people = new Map(a.people.map((p) => [p.id, p]));
  const quotes = new Map(a.quotes.map((q) => [q.id, q]));
  const sections = new Map(a.sections.map((s) => [s.id, s]));
  const kindOf = (id: string): string => (characters.has(id) ? 'a character' : people.has(id) ? 'a person' : quotes.has(id) ? 'a quote' : sections.has(id) ? 'a section' : 'unknown');
  const duplicates = (list: readonly string[]): string[] => list.filter((x, i) => list.indexOf(x) !== i);

  for (const c of a.characters) {
    if (c.playedBy === null) continue;
    const actor = people.get(c.playedBy);
    if (!actor) problems.push(`${c.id} playedBy ${c.playedBy}, which is ${kindOf(c.playedBy)}, not a person`);
    else if (!actor.plays.includes(c.id)) problems.push(`${c.id} playedBy ${actor.id}, whose plays does not list ${c.id}`);
  }
  for (const p of a.people) {
    for (const d of duplicates(p.plays)) problems.push(`${p.id} plays ${d} twice`);
    for (const id of p.plays) {
      const role = characters.get(id);
      if (!role) problems.push(`${p.id} plays ${id}, which is ${kindOf(id)}, not a character`);
      else if (role.playedBy !== p.id) problems.push(`${p.id} plays ${id}, whose playedBy is ${role.playedBy}`);
    }
  }
  for (const q of a.quotes) {
    const section = sections.get(q.sectionId);
    if (!section) problems.push(`${q.id} sectionId ${q.sectionId} is ${kindOf(q.sectionId)}, not a section`);
    else if (!section.quoteIds.includes(q.id)) problems.push(`${q.id} stands in ${q.sectionId}, whose quoteIds do not list it`);
    const k = sectionAt(a, q.start);
    if (k >= 0 && a.sections[k]?.id !== q.sectionId) problems.push(`${q.id} starts in ${a.sections[k]?.id} but names ${q.sectionId}`);
    const s = q.speaker;
    if (!s) continue;
    if (s.characterId !== null && !characters.has(s.characterId)) problems.push(`${q.id} speaker characterId ${s.characterId} is ${kindOf(s.characterId)}, not a character`);
    if (s.personId !== null && !people.has(s.personId)) problems.push(`${q.id} speaker personId ${s.personId} is ${kindOf(s.personId)}, not a person`);
    if (s.characterId !== null && s.personId !== null) problems.push(`${q.id} speaker is both ${s.characterId} and ${s.personId}`);
  }
  // Which characters each section mentions, read off the mentions.
  const mentioned = a.sections.map(() => new Set<string>());
  for (const c of a.characters) for (const m of c.mentions) mentioned[sectionAt(a, m.start)]?.add(c.id);
  a.sections.forEach((section, i) => {
    for (const d of [...duplicates(section.characterIds), ...duplicates(section.quoteIds)]) problems.push(`${section.id} lists ${d} twice`);
    for (const id of section.characterIds) {
      if (!characters.has(id)) problems.push(`${section.id} characterIds names ${id}, which is ${kindOf(id)}, not a character`);
      else if (!mentioned[i]?.has(id)) problems.push(`${section.id} lists ${id}, not mentioned in it`);
    }
    for (const id of mentioned[i] ?? []) if (!section.characterIds.includes(id)) problems.push(`${section.id} does not list ${id}, mentioned in it`);
    for (const id of section.quoteIds) {
      const q = quotes.get(id);
      if (!q) problems.push(`${section.id} quoteIds names ${id}, which is ${kindOf(id)}, not a quote`);
      else if (q.sectionId !== section.id) problems.push(`${section.id} lists ${id}, which names ${q.sectionId}`);
    }
  });
  return problems;
}

/** Index of the section holding offset `at`, or -1 (a plain scan, independent of the library's search). */
function sectionAt(a: ReviewAnalysis, at: number): number {
  return a.sections.findIndex((s) => s.start <= at && at < s.end);
}
