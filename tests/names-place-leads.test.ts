// The first word of a two-word place (`Los Angeles`, `Hong Kong`, `New York`) is cut from the
// place's last word, which is no name; alone it is no one either. All names and wording invented.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const names = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
};

describe('the first word of a two-word place is no name', () => {
  it.each([
    ['Mara leaves her farm for a flat in Los Angeles. Years later, Los Angeles still feels foreign to her and she misses the goats.', 'Los'],
    ['The heist crew lands in Hong Kong, and Hong Kong at night gives the film its best shots.', 'Hong'],
    ['Orrin grew up in Albany, New York, and the film keeps returning to New York’s old piers.', 'New'],
    ['Tess drives to Las Vegas with her brother; Las Vegas is where the plan falls apart.', 'Las'],
  ])('%j has no %j', (text, lead) => {
    expect(names(text)).not.toContain(lead);
  });
  it.each([
    ['Mara Quint leaves her farm for a flat in Los Angeles. Years later, Los Angeles still feels foreign to her.', 'Mara Quint'],
    ['Tess Ardley drives to Las Vegas with her brother; Las Vegas is where the plan falls apart.', 'Tess Ardley'],
  ])('%j still has %j', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
