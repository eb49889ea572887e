import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { fixtureText, golds, nameKey } from './helpers/fixtures';

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

for (const gold of golds()) {
  const a = analyzeReview(fixtureText(gold.fixture));
  const entities = [...a.characters, ...a.people];
  describe(`${gold.fixture}: quotes against the gold`, () => {
    it('finds every gold quote with an accepted kind', () => {
      for (const g of gold.quotes) {
        const q = a.quotes.find((x) => norm(x.text) === norm(g.text));
        expect(q, g.text).toBeDefined();
        expect([g.kind, ...(g.alsoKinds ?? [])]).toContain(q?.kind);
      }
    });
    it('names the gold speaker, and none where the gold has none', () => {
      for (const g of gold.quotes) {
        const q = a.quotes.find((x) => norm(x.text) === norm(g.text));
        if (g.speaker === null) {
          if (g.kind === 'speech') expect(q?.speaker, g.text).toBeNull();
          continue;
        }
        const linked = entities.find((e) => e.id === (q?.speaker?.characterId ?? q?.speaker?.personId));
        const names = [q?.speaker?.name ?? '', ...(linked ? [linked.name, ...linked.aliases] : [])].map(nameKey);
        const goldEntity = [...gold.characters, ...(gold.people ?? [])].find((e) => nameKey(e.name) === nameKey(g.speaker as string));
        const forms = [g.speaker, ...(goldEntity?.aliases ?? [])].map(nameKey);
        expect(names.some((n) => forms.includes(n)), `${g.text} → ${q?.speaker?.name}`).toBe(true);
      }
    });
    it('lists quotes in document order, each in its own section', () => {
      const starts = a.quotes.map((q) => q.start);
      expect([...starts].sort((x, y) => x - y)).toEqual(starts);
      for (const q of a.quotes) expect(a.sections.find((s) => s.id === q.sectionId)?.quoteIds).toContain(q.id);
    });
  });
}
