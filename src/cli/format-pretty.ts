/** The CLI's `--pretty` output: a short summary a person can read in a terminal. */
import { plural } from '../text/plural';
import type { ReviewAnalysis, Sentiment } from '../types';

const clip = (s: string, n: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};
const mood = (s: Sentiment): string => `${s.label} ${s.score >= 0 ? '+' : ''}${s.score.toFixed(2)}`;

/** Formats one analysis as a human summary: title, sections with sentiment, names, quotes with speakers. */
export function formatPretty(a: ReviewAnalysis, label: string): string {
  const lines: string[] = [];
  lines.push(`== ${label}`);
  lines.push(`Title: ${a.title ? a.title.text : '(none)'}`);
  lines.push(`Sentiment: ${mood(a.sentiment)}   ${plural(a.stats.words, 'word')}, ${plural(a.stats.sentences, 'sentence')}, ${plural(a.stats.paragraphs, 'paragraph')}`);
  lines.push(`Sections (${a.sections.length}):`);
  for (const s of a.sections) {
    const head = s.heading ? `[${s.heading.kind}] ${clip(s.heading.text, 60)}` : '(before the first heading)';
    lines.push(`  ${s.id.padEnd(4)} ${head.padEnd(72)} ${mood(s.sentiment)}`);
  }
  const names = (xs: { name: string; aliases: string[] }[]): string => xs.map((x) => (x.aliases.length ? `${x.name} (${x.aliases.join(', ')})` : x.name)).join('; ');
  lines.push(`Characters (${a.characters.length}):${a.characters.length ? "" : " -"}`);
  for (const c of a.characters) {
    const actor = c.playedBy ? a.people.find((p) => p.id === c.playedBy)?.name : undefined;
    lines.push(`  ${names([c])}${actor ? `, played by ${actor}` : ''}${c.descriptors.length ? ` – ${c.descriptors.join(', ')}` : ''}  ×${c.mentions.length}  ${mood(c.sentiment)}`);
  }
  lines.push(`People (${a.people.length}): ${a.people.map((p) => `${names([p])}${p.roles.length ? ` [${p.roles.join(', ')}]` : ''}`).join('; ') || '-'}`);
  lines.push(`Works (${a.works.length}): ${a.works.map((w) => `${w.title} ×${w.mentions.length}`).join('; ') || '-'}`);
  lines.push(`Quotes (${a.quotes.length}):`);
  for (const q of a.quotes) {
    const who = q.speaker ? ` — ${q.speaker.name} (${q.speaker.via})` : '';
    lines.push(`  ${q.id.padEnd(4)} ${q.kind.padEnd(8)} “${clip(q.text, 70)}”${who}`);
  }
  return lines.join('\n');
}
