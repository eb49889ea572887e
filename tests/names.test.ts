import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { isHyphenatedName } from '../src/stages/find-names';

const allNames = (text: string) => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('hyphenated given names', () => {
  it.each(['Cheong-San', 'Nam-ra', 'Su-hyeok', 'On-Jo', 'In-soo', 'bae-soo', 'Gwi-Nam', 'Jean-Luc'])('%s is a name shape', (w) => {
    expect(isHyphenatedName(w)).toBe(true);
  });
  it.each(['Anti-Hero', 'Co-Star', 'Sci-Fi', 'Hip-Hop', 'In-Depth', 'Well-Written', 'X-Men'])('%s is not', (w) => {
    expect(isHyphenatedName(w)).toBe(false);
  });
});

describe('names found', () => {
  it.each([
    ['I think Cheong-San did a great job.', ['Cheong-San']],
    ['The scientist Lee Byeong-Chan made the virus.', ['Lee Byeong-Chan']],
    ['The actor Jeon bae-soo was great.', ['Jeon bae-soo']],
    ['He bit Mi-Jin’s friend and Nam-ra’s father.', ['Mi-Jin', 'Nam-ra']],
    ['The teacher Mrs.Park shouted.', ['Mrs.Park']],
    ['Later Dr. Watson arrived, and Dr. Watson left.', ['Dr. Watson']],
    ['As On-Jo says, hope matters.', ['On-Jo']],
    ['We meet Owen early. Later, Owen returns to the house.', ['Owen']],
  ])('%j', (text, want) => {
    expect(allNames(text)).toEqual(want);
  });
});

describe('not names', () => {
  it.each([
    ['I relate to the theme of Bullying and bullying is bad.', 'Bullying'],
    ['It doesn’t work hahaha, God! So funny.', 'God'],
    ['Netflix released it. Netflix loves zombies.', 'Netflix'],
    ['They were rescuing Hyosan High School’s students at Hyosan High School.', 'Hyosan High School'],
    ['Netflix viewers love South Korean shows and South Korean actors.', 'South Korean'],
    ['The Funniest Scene\n\nIt was the Funniest Scene ever.', 'Funniest Scene'],
  ])('%j has no %s', (text, notName) => {
    expect(allNames(text)).not.toContain(notName);
  });
});

describe('aliases merge', () => {
  it('merges case, hyphen and space variants', () => {
    const a = analyzeReview('Cheong-San runs. I know it is Cheong San. Cheongsan returns. Cheong-san wins.');
    expect(a.characters).toHaveLength(1);
    expect(a.characters[0]?.name).toBe('Cheong-San');
    expect([...(a.characters[0]?.aliases ?? [])].sort()).toEqual(['Cheong San', 'Cheong-san', 'Cheongsan']);
    expect(a.characters[0]?.mentions).toHaveLength(4);
  });
  it('joins a lone family name to the full name it starts', () => {
    const a = analyzeReview('Filmmaker Lee Jae-Gyu planned it. Lee Jae-gyu always envisioned more. Lee has not said no.');
    expect(a.people.map((p) => [p.name, [...p.aliases].sort()])).toEqual([['Lee Jae-Gyu', ['Lee', 'Lee Jae-gyu']]]);
  });
});

describe('actors and roles', () => {
  const text = 'In the lead, Yoon Chan-young starred as Cheong San, Jo Yi-hyun as Nam Ra, Park Ji-Hu as On Jo and Yoo In-soo as Gwi-nam.';
  const a = analyzeReview(text);
  it('reads every actor as a person', () => {
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([
      ['Yoon Chan-young', ['actor']],
      ['Jo Yi-hyun', ['actor']],
      ['Park Ji-Hu', ['actor']],
      ['Yoo In-soo', ['actor']],
    ]);
  });
  it('links every role to its actor', () => {
    const actorOf = (name: string) => a.people.find((p) => p.id === a.characters.find((c) => c.name === name)?.playedBy)?.name;
    expect(['Cheong San', 'Nam Ra', 'On Jo', 'Gwi-nam'].map(actorOf)).toEqual(['Yoon Chan-young', 'Jo Yi-hyun', 'Park Ji-Hu', 'Yoo In-soo']);
    expect(a.people[0]?.plays).toEqual([a.characters[0]?.id]);
  });
  it('reads a cast list as actors', () => {
    const b = analyzeReview('The rest of the cast included Lee Kyu-hyung, Kim Byung-chul, Jeon bae-soo and Ahn Ji-ho.');
    expect(b.people.map((p) => p.name)).toEqual(['Lee Kyu-hyung', 'Kim Byung-chul', 'Jeon bae-soo', 'Ahn Ji-ho']);
    expect(b.characters).toEqual([]);
  });
  it('reads the author of a webtoon', () => {
    const b = analyzeReview('It is based on a popular webtoon by Joo Dong-geun, titled Now At Our School.');
    expect(b.people.map((p) => [p.name, p.roles])).toEqual([['Joo Dong-geun', ['author']]]);
    expect(b.works.map((w) => w.title)).toEqual(['Now At Our School']);
  });
  it('tells which section mentions which character', () => {
    const b = analyzeReview('Intro\n\nCheong-San runs.\n\nEnding\n\nNam-ra waits for Cheong-San.');
    expect(b.sections.map((s) => s.characterIds.map((id) => b.characters.find((c) => c.id === id)?.name))).toEqual([['Cheong-San'], ['Cheong-San', 'Nam-ra']]);
  });
});

describe('Korean full names, one mention', () => {
  it.each([
    ['I really liked Yoo Duk Hwa in this drama.', 'Yoo Duk Hwa'],
    ['Honestly, Oh Eun Ji was annoying.', 'Oh Eun Ji'],
    ['The scene where Kim So Eun cries hurt.', 'Kim So Eun'],
    ['Then Kang Chul walked in.', 'Kang Chul'],
    ['I adored Song Joong Ki here.', 'Song Joong Ki'],
    ['We loved Kevin Lee as the lawyer.', 'Kevin Lee'],
  ])('%j → %s', (text, name) => {
    expect(allNames(text)).toEqual([name]);
  });
  it.each([
    ['The Song Remains the same.', 'Song Remains'],
    ['We watched Go On again.', 'Go On'],
    ['I saw Big Bang live.', 'Big Bang'],
  ])('%j has no %s', (text, notName) => {
    expect(allNames(text)).not.toContain(notName);
  });
});
