// How often each pass of the pipeline finds anything, over the benchmark corpus and IMDb reviews:
// a pass that runs on every document and changes nothing in most could be skipped by a cheap test.
//   node bench/pass-hits.mjs [--docs N] [NAME ...]
// Copies the stages build (bench/build/stages.js, made by `npm run build`) to
// bench/build/pass-hits.js with each named top-level function wrapped, and runs the pipeline once
// over N documents (default 1,000). Per pass it prints: the documents where it found something, the
// calls that did, the calls, and its CPU time (each call's CPU clock is read twice, a few
// microseconds that dominate a pass called once per run of words; compare passes called alike).
// A call found something when it returned a non-empty array, set or map (or an object holding
// one, or true), grew an array it was handed, or changed an entity list it was handed (kinds,
// roles, links, descriptors, mentions). A pass that changes other data (pieces, a mask) reads as
// finding nothing: check its code before gating it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDocuments } from './corpus.mjs';
import { csvObjects } from '../scripts/csv.mjs';

/** The passes counted when none is named: the works, names and tie passes and the later stages. */
const DEFAULT_PASSES = [
  // findWorks' passes over the runs, then its passes over the text.
  'readQuotedRun', 'readFollower', 'readGenreLead', 'readMadeBy', 'readWrittenBy', 'readHostedShow', 'readYear', 'readRepeatable', 'readShape', 'readStoryHead',
  'readCalled', 'readWorkVerb', 'readBracket', 'readStarBracket', 'readKindBracket', 'readBracketKind', 'readRoleIn', 'readCrewOrSeries', 'readPrizeLead',
  'readWonBest', 'readPrizeCount', 'readWentTo', 'readYearPossessive', 'readMakerPossessive', 'readMakerWord', 'readChannelPossessive', 'readChannelBracket',
  'readPart', 'readAppositive', 'readKindApposed', 'readOwnedKindComma', 'readStyleSuffix', 'readColonPair', 'readNumberedColon', 'readDashPair',
  'readWorkPartOwner', 'readWorkPartOf', 'readKnownTitle', 'readRomanised', 'readSequelNumeral', 'readHeroAndThe', 'readJoinedPair', 'readOpeningSubject',
  'readChartPlace', 'readRecordNoun', 'readChartWith', 'readOwnedAfterCue', 'readPlayedIn',
  'quotedTitles', 'capitalTitles', 'emphasisedTitles', 'cuedTitles', 'repeatedTitles', 'joinedShapeTitles', 'knownTitles', 'romanisedTitles', 'sequelBaseTitles',
  'joinedPairTitles', 'filmographyTitles', 'listMates', 'bandNames', 'agedNames', 'workMentions', 'heroMentionsApart', 'initialsMentions', 'subtitleMentions',
  // findNames' steps.
  'findPieces', 'judgePieces', 'applyCues', 'acceptNames', 'joinSplitNames', 'mergeForms', 'kindMentions', 'dropNewsWords', 'noOnes', 'weighKinds', 'takeLeadingNumbers',
  // tieNames' passes.
  'applyKnownNames', 'tieDescriptors', 'mergeRomanisations', 'mergeTrailingS', 'mergeSpellingSlips', 'mergeLoneSlips', 'mergeReversedNames', 'claimLoneNames',
  'extendLoneNames', 'mergePetForms', 'mergeFullPetForms', 'dropFilmographyLinks', 'linkCasting', 'linkCastingAs', 'linkCastingPlays', 'linkCastingOpener',
  'linkCastingPronoun', 'mergeKnownAs', 'createCastParts', 'linkTitleRoles', 'linkTitleParts', 'linkTitleBrackets', 'mergeHeroNames', 'releaseRealParts',
  'releaseRealKin', 'tieBracketOtherNames',
  // The later stages.
  'heroTitledWorks', 'findQuotes', 'attributeSpeakers', 'opinionHits', 'scoreSentiment', 'summarizeSentiment', 'assemble',
];

const args = process.argv.slice(2);
const docLimit = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 1000;
const named = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--docs');
const passes = named.length > 0 ? named : DEFAULT_PASSES;

const build = join(import.meta.dirname, 'build');
let source = readFileSync(join(build, 'stages.js'), 'utf8');
const found = passes.filter((name) => new RegExp(`^function ${name}\\(`, 'm').test(source));
const missing = passes.filter((name) => !found.includes(name));
if (missing.length > 0) console.log(`(not a top-level function of the build, not counted: ${missing.join(', ')})`);

// The wrapper, put into the copy's module scope, where a function declaration's name can be bound
// to another function: every call inside the build then goes through it.
const wrapper = `
const passStats = (globalThis.passHits = new Map());
const entityPrint = (list) => {
  if (!Array.isArray(list) || list.length === 0 || typeof list[0] !== 'object' || list[0] === null || !('mentions' in list[0])) return null;
  let s = '';
  for (const e of list) {
    s += e.kind + '|' + (e.playedBy ?? '') + '|' + (e.roles ?? []).join(',') + '|' + (e.descriptors ?? []).join(',') + ':';
    for (const m of e.mentions) s += m.start + '-' + m.end + ',';
    s += ';';
  }
  return s;
};
const nonEmpty = (r) => {
  if (r === true) return true;
  if (Array.isArray(r)) return r.length > 0;
  if (r instanceof Set || r instanceof Map) return r.size > 0;
  if (r !== null && typeof r === 'object') return Object.values(r).some((v) => (Array.isArray(v) ? v.length > 0 : v instanceof Set || v instanceof Map ? v.size > 0 : false));
  return false;
};
const counted = (name, pass) => function (...a) {
  let st = passStats.get(name);
  if (!st) passStats.set(name, (st = { calls: 0, hits: 0, docs: new Set(), us: 0 }));
  const prints = a.map(entityPrint);
  const lengths = a.map((x) => (Array.isArray(x) ? x.length : -1));
  const t0 = process.cpuUsage();
  const r = pass.apply(this, a);
  const t = process.cpuUsage(t0);
  st.us += t.user + t.system;
  st.calls++;
  let hit = nonEmpty(r);
  for (let i = 0; i < a.length && !hit; i++) hit = (lengths[i] >= 0 && a[i].length !== lengths[i]) || (prints[i] !== null && entityPrint(a[i]) !== prints[i]);
  if (hit) {
    st.hits++;
    st.docs.add(globalThis.passHitsDocument);
  }
  return r;
};
${found.map((name) => `${name} = counted(${JSON.stringify(name)}, ${name});`).join('\n')}
`;
source = source.replace(/\nexport \{/, `\n${wrapper}\nexport {`);
const copy = join(build, 'pass-hits.js');
writeFileSync(copy, source);
const S = await import(pathToFileURL(copy).href);

// The benchmark corpus, then IMDb reviews up to the count.
const docs = corpusDocuments().docs.slice();
const imdb = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'reviews', 'imdb-first-999.csv');
try {
  for (const row of csvObjects(readFileSync(imdb, 'utf8'))) docs.push(row.review);
} catch {
  console.log('(no IMDb reviews: the benchmark corpus alone)');
}
const n = Math.min(docLimit, docs.length);
const opts = S.resolveOptions(undefined);
for (let i = 0; i < n; i++) {
  globalThis.passHitsDocument = i;
  S.runPipeline(docs[i], opts);
}
console.log(`${n} documents; per pass: documents where it found anything, calls that did / calls, CPU ms`);
const rows = [...globalThis.passHits].sort((a, b) => b[1].us - a[1].us);
for (const [name, st] of rows) {
  console.log(`${name.padEnd(24)} ${String(st.docs.size).padStart(5)} docs  ${String(st.hits).padStart(6)} / ${String(st.calls).padStart(7)} calls  ${(st.us / 1000).toFixed(0).padStart(6)} ms`);
}
