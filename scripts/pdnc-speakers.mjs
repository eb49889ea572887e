// Speaker attribution measured on the Project Dialogism Novel Corpus (../shared/corpus/quotes/pdnc),
// novel by novel (the counting is in scripts/pdnc-measure.mjs).
//   node scripts/pdnc-speakers.mjs        (after npm run build)
import { analyzeReview } from '../dist/index.js';
import { measurePdnc, PDNC_ROOT } from './pdnc-measure.mjs';

const result = measurePdnc(analyzeReview);
if (!result) {
  console.log(`pdnc-speakers: ${PDNC_ROOT} not found; nothing to measure`);
  process.exit(0);
}
for (const { novel, counts: n, chars, ms } of result.novels) {
  console.log(`${novel.padEnd(18)} explicit ${n.explicit}: found ${n.found}, speaker right ${n.right}, wrong ${n.wrong}, none ${n.none}  (${(n.right / n.explicit).toFixed(3)})  [${(chars / 1e6).toFixed(2)} MB in ${(ms / 1000).toFixed(1)} s]`);
}
const t = result.total;
console.log(`explicit quotations ${t.explicit}: found ${t.found} (${(t.found / t.explicit).toFixed(3)}), speaker right ${t.right} (${(t.right / t.explicit).toFixed(3)} of all, ${(t.right / (t.right + t.wrong)).toFixed(3)} of those attributed), wrong ${t.wrong}; non-explicit (anaphoric, implicit) quotations given a speaker: ${t.otherAttributed} of ${t.other}, right ${t.otherRight} (${(t.otherRight / t.otherAttributed).toFixed(3)})`);
