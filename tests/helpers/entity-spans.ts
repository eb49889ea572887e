import { analyzeReview } from '../../src/index';

/** Every entity the analysis gives, characters and people: its name and its mentions' spans. */
export function entities(text: string): { name: string; spans: [number, number][] }[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => ({ name: e.name, spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
}

/** The spans of every mention of `name` in `text`, in order. */
export function spansOf(text: string, name: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push([at, at + name.length]);
  return out;
}
