// The actor↔role links of an analysis as plain pairs, for the casting tables.
import { analyzeReview } from '../../src/index';

/** Each character of `text` that has an actor, as `[character, actor]`, in the analysis's order. */
export function links(text: string): [string, string][] {
  return linksAndWorks(text).links;
}

/** The links of `text` (see {@link links}), sorted by character. */
export function sortedLinks(text: string): [string, string][] {
  return links(text).sort((x, y) => x[0].localeCompare(y[0]));
}

/** The links of `text` (see {@link links}) and the titles of its works, from one analysis. */
export function linksAndWorks(text: string): { links: [string, string][]; works: string[] } {
  const a = analyzeReview(text);
  const links = a.characters.filter((c) => c.playedBy).map((c): [string, string] => [c.name, a.people.find((p) => p.id === c.playedBy)?.name ?? '?']);
  return { links, works: a.works.map((w) => w.title) };
}

/** The characters' and people's names of `text`, and its links as `character <- actor`, from one analysis. */
export function namesAndLinks(text: string): { characters: string[]; people: string[]; links: string[] } {
  const a = analyzeReview(text);
  const byId = new Map(a.people.map((p) => [p.id, p.name]));
  return {
    characters: a.characters.map((c) => c.name),
    people: a.people.map((p) => p.name),
    links: a.characters.filter((c) => c.playedBy).map((c) => `${c.name} <- ${byId.get(c.playedBy as string)}`),
  };
}
