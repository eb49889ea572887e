/**
 * `renderIndexReport`: one self-contained HTML page of a cross-review index: per work, a table of
 * its characters and people (by documents, with their forms, actor links and a sentiment bar) and
 * the co-occurrence graph of its most named characters drawn as SVG. No script, no network.
 */
import type { IndexEntity, IndexWork, ReviewIndex } from '../index-build/index-types';
import { plural } from '../text/plural';
import { escapeHtml } from './escape-html';

const escape = escapeHtml;

/** Characters drawn in a work's co-occurrence graph, most documents first. */
const GRAPH_NODES = 24;
/** Forms listed per entity in the table. */
const TABLE_FORMS = 8;
/** Width and height of the graph, in SVG units: room on both sides for the names. */
const WIDTH = 760;
const HEIGHT = 520;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
h2{margin-top:2em;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border-bottom:1px solid #eee;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#f6f6f6}
.num{text-align:right;font-variant-numeric:tabular-nums}.forms{color:#555;font-size:.9em}.kind-person{color:#7a4b00}
.bar{display:flex;width:10em;height:.8em;background:#eee;border-radius:2px;overflow:hidden}
.pos{background:#3a9a4a}.neu{background:#bbb}.mix{background:#c9a227}.neg{background:#c0392b}
svg{max-width:100%;height:auto;border:1px solid #eee}svg text{font:11px system-ui,sans-serif;fill:#222}
svg line{stroke:#6a8caf;stroke-opacity:.55}svg circle{fill:#6a8caf}.note{color:#666;font-size:.9em}`;

/** The stacked sentiment bar of an entity. */
function sentimentBar(e: IndexEntity): string {
  const { positive, neutral, mixed, negative, mean } = e.sentiment;
  const total = positive + neutral + mixed + negative;
  if (!total) return '<span class="note">none</span>';
  const part = (n: number, cls: string): string => (n ? `<span class="${cls}" style="width:${((100 * n) / total).toFixed(1)}%"></span>` : '');
  const title = `mean ${mean}: ${positive} positive, ${neutral} neutral, ${mixed} mixed, ${negative} negative`;
  return `<span class="bar" title="${escape(title)}">${part(positive, 'pos')}${part(neutral, 'neu')}${part(mixed, 'mix')}${part(negative, 'neg')}</span>`;
}

/** The table of a work's entities, most documents first. */
function entityTable(work: IndexWork): string {
  const all = [...work.characters, ...work.people].sort((a, b) => b.documents - a.documents || a.id.localeCompare(b.id));
  const nameOf = new Map(all.map((e) => [e.id, e.name]));
  const rows = all.map((e) => {
    const forms = e.forms.slice(0, TABLE_FORMS).map((f) => `${escape(f.text)} <span class="note">${f.count}</span>`).join(', ');
    const more = e.forms.length > TABLE_FORMS ? ` <span class="note">+${e.forms.length - TABLE_FORMS}</span>` : '';
    const link = e.playedBy ? `played by ${escape(nameOf.get(e.playedBy) ?? e.playedBy)}` : e.plays?.length ? `plays ${escape(e.plays.map((id) => nameOf.get(id) ?? id).join(', '))}` : '';
    const quote = e.quotes[0] ? `“${escape(e.quotes[0].text)}”` : '';
    return `<tr><td><b>${escape(e.name)}</b></td><td class="kind-${escape(e.kind)}">${escape(e.kind)} <span class="note">${e.kindConfidence}</span></td><td class="num">${e.documents}</td><td class="forms">${forms}${more}</td><td>${link}</td><td>${sentimentBar(e)}</td><td>${quote}</td></tr>`;
  });
  return `<table><thead><tr><th>name</th><th>kind</th><th class="num">documents</th><th>forms</th><th>actor</th><th>sentiment</th><th>a line</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The co-occurrence graph of a work's most named characters, nodes on a circle. */
function cooccurrenceGraph(work: IndexWork): string {
  const nodes = work.characters.slice(0, GRAPH_NODES);
  const at = new Map(nodes.map((e, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    return [e.id, { x: WIDTH / 2 + (HEIGHT / 2 - 40) * Math.cos(angle), y: HEIGHT / 2 + (HEIGHT / 2 - 40) * Math.sin(angle) }];
  }));
  const edges = work.cooccurrence.filter((c) => at.has(c.a) && at.has(c.b));
  if (!edges.length) return '<p class="note">No two of its characters are named in one section.</p>';
  const most = Math.max(...edges.map((c) => c.sections));
  const lines = edges.map((c) => {
    const a = at.get(c.a) as { x: number; y: number };
    const b = at.get(c.b) as { x: number; y: number };
    return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${(0.6 + (5 * c.sections) / most).toFixed(2)}"><title>${plural(c.sections, 'section')}</title></line>`;
  });
  const top = Math.max(1, ...nodes.map((e) => e.documents));
  const circles = nodes.map((e) => {
    const p = at.get(e.id) as { x: number; y: number };
    const r = 3 + 9 * Math.sqrt(e.documents / top);
    const anchor = p.x < WIDTH / 2 - 1 ? 'end' : p.x > WIDTH / 2 + 1 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -r - 3 : anchor === 'start' ? r + 3 : 0;
    return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}"><title>${escape(e.name)}: ${plural(e.documents, 'document')}</title></circle><text x="${(p.x + dx).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" text-anchor="${anchor}">${escape(e.name)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escape(`Characters of ${work.title} named in the same section`)}">${lines.join('')}${circles.join('')}</svg>`;
}

/**
 * One self-contained HTML page of a cross-review index: per work, its characters and people by
 * documents (forms, kind, actor links, a sentiment bar, a quoted line) and the co-occurrence graph
 * of its most named characters as SVG. The page has no script and loads nothing (a
 * Content-Security-Policy forbids it); every string from the index is escaped.
 *
 * @param index - What {@link buildIndex} returned (or its JSON read back).
 * @returns The HTML page, as text.
 *
 * @example
 * ```ts
 * import { buildIndex, renderIndexReport } from 'review-lens/index';
 * const html = renderIndexReport(await buildIndex(results));
 * ```
 */
export function renderIndexReport(index: ReviewIndex): string {
  const works = index.works.map((w) => {
    const aliases = w.aliases.length ? ` <span class="note">(${escape(w.aliases.join(', '))})</span>` : '';
    return `<section><h2>${escape(w.title)}${aliases}</h2><p class="note">${plural(w.documents, 'document')} · ${plural(w.characters.length, 'character')} · ${plural(w.people.length, 'person', 'people')}</p>${entityTable(w)}<h3>Named together</h3>${cooccurrenceGraph(w)}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>review-lens index: ${escape(index.works.map((w) => w.title).join(', ') || 'no works')}</title>
<style>${STYLE}</style></head>
<body><h1>Cross-review index</h1><p class="note">${plural(index.works.length, 'work')} · ${plural(index.works.reduce((n, w) => n + w.documents, 0), 'document')}</p>
${works.join('\n')}
</body></html>
`;
}
