import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { fixtureText, golds, nameKey } from './helpers/fixtures';

const forms = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases].map(nameKey));

for (const gold of golds()) {
  const a = analyzeReview(fixtureText(gold.fixture));
  describe(`${gold.fixture}: characters and people against the gold`, () => {
    it('lists every gold character once, with every alias the text uses, and nothing else', () => {
      const want = gold.characters.map((g) => [...new Set([g.name, ...(g.aliases ?? [])].map(nameKey))].sort());
      const got = a.characters.map((c) => [...forms(c)].sort());
      expect(got.sort()).toEqual(want.sort());
    });
    it('gives the gold descriptors', () => {
      for (const g of gold.characters.filter((x) => x.descriptors)) {
        const c = a.characters.find((x) => forms(x).has(nameKey(g.name)));
        expect(c?.descriptors).toEqual(g.descriptors);
      }
    });
    it('links every character to the actor the gold names', () => {
      for (const g of gold.characters.filter((x) => x.playedBy)) {
        const c = a.characters.find((x) => forms(x).has(nameKey(g.name)));
        const actor = a.people.find((p) => p.id === c?.playedBy);
        expect(actor?.name).toBe(g.playedBy);
        expect(actor?.plays).toContain(c?.id);
      }
    });
    if (gold.people) it('lists the gold people with their roles', () => {
      const got = a.people.map((p) => [[...forms(p)].sort(), p.roles]);
      const want = (gold.people ?? []).map((g) => [[...new Set([g.name, ...(g.aliases ?? [])].map(nameKey))].sort(), g.roles]);
      expect(got.sort()).toEqual(want.sort());
    });
  });
}
