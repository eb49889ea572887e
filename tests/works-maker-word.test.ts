import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("one word after the possessive of a plain maker", () => {
  table([
    // A maker reviews name by the surname alone, or a name the text writes after a maker's noun
    // or "directed by": the one word after its possessive is the work.
    { text: "The plot borrows a lot from Kubrick's Moonfall, only with less patience.", found: ['Moonfall'] },
    { text: "Sir Alfred Hitchcock's Lifebuoy did the same trick with a single room.", found: ['Lifebuoy'] },
    { text: 'The season opened with the composer Ilse Marten\'s Corsair, and the hall was full.', found: ['Corsair'] },
    { text: "I was reminded of director Petra Lind's Shoreline from a decade ago.", found: ['Shoreline'] },
    { text: "The film was directed by Oren Basky. Years later Basky's Lantern became a cult hit.", found: ['Lantern'] },
    // A prize, a noun's modifier, a given name the story follows, an owner not shown to be a maker,
    // a plural's possessive, a creator's possessive in talk of anime: no work.
    { text: "The film was directed by Oren Basky, and Basky's Oscar came far too late.", found: [], none: ['Oscar'] },
    { text: "The novelist Vera Holt's Harvest trilogy sold well in the north.", found: [], none: ['Harvest'] },
    { text: "Fellini's Marta is a lost girl, and Marta never finds her way home.", found: [], none: ['Marta'] },
    { text: "Dana Moss's Joker was the best thing in the whole sorry affair.", found: [], none: ['Joker'] },
    { text: "The songs were fine, but the Kestrels' Lantern dragged on for too long.", found: [], none: ['Lantern'] },
    { text: "The anime keeps the manga's pace, and Oda's Kaido looks as fierce as in the manga chapters.", found: [], none: ['Kaido'] },
  ]);
});
