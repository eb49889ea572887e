import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe('the works a maker made, listed after "of"', () => {
  table([
    { text: 'Ito worked as key animator of Glass Harbour, Paper Kites, Iron Meadow and it shows in every cut.', found: ['Glass Harbour', 'Paper Kites', 'Iron Meadow'] },
    // A plural maker names several works: its run splits at each "and".
    { text: 'The writers of Dunmore and Salt Road Nights were both shortlisted this week.', found: ['Dunmore', 'Salt Road Nights'], none: ['Dunmore and Salt Road Nights'] },
    { text: 'The producers of Wavecrest, Tallow and Brightwater met the panel on Friday.', found: ['Wavecrest', 'Tallow', 'Brightwater'] },
    // A singular maker splits only where a side holds two words or more.
    { text: 'The creator of Harrow Lane and Quiet Orchard Days was at the panel.', found: ['Harrow Lane', 'Quiet Orchard Days'] },
    // Two items with a comma and no "and": the second is the maker's name in apposition.
    { text: 'Speaking to fans, the director of Lantern Fields, Maria Okafor, thanked the crew.', found: ['Lantern Fields'], none: ['Maria Okafor'] },
  ]);
});

describe('what a director or producer heads is no work', () => {
  table([
    { text: 'Dan Price, director of Northgate Music, said the tickets sold out in an hour.', found: [], none: ['Northgate Music'] },
    { text: 'Clara Moss, producer of Harbour Opera, said the season would open in May.', found: [], none: ['Harbour Opera'] },
    { text: 'Tom Reyes, director of Eastfield Studios, confirmed the sale.', found: [], none: ['Eastfield Studios'] },
  ]);
});

describe('a maker or a thing in the story after "the original"', () => {
  table([
    // A maker known by the surname alone.
    { text: 'Released twenty years after the original Spielberg, this one cannot compare.', found: [], none: ['Spielberg'] },
    { text: 'Nothing here matches the original Kubrick, which I watched again last week.', found: [], none: ['Kubrick'] },
    // A thing the story names with "the" elsewhere.
    { text: 'They must finish the Sky Forge. The rebels steal the plans to the original Sky Forge and escape.', found: [], none: ['Sky Forge'] },
    // A title lowered to "the X" is still a title when the text also writes "The X" in a sentence.
    { text: 'I saw the Glass Key twice. Unlike The Glass Key this remake drags, and the original Glass Key was tighter.', found: ['Glass Key'] },
    // A qualifying noun after "the X" elsewhere makes no thing of it.
    { text: 'I grew up with the Night Courier books, and the original Night Courier is still the best.', found: ['Night Courier'] },
  ]);
});

describe('a series of works named with "the" before a series noun', () => {
  table([
    { text: 'I have never cared for the Predator franchise, but this entry surprised me.', found: ['Predator'] },
    { text: 'Fans of the Hollowmere anime will find the pacing familiar.', found: ['Hollowmere'] },
    { text: 'Key animator of Rust Bloom, Silver Tide: Reckoning, Ame to Hoshi, she led the team.', found: ['Rust Bloom', 'Silver Tide: Reckoning', 'Ame to Hoshi'] },
    // One word that names a maker or a studio: no work.
    { text: 'I have never found the Ghibli movies all that pretty.', found: [], none: ['Ghibli'] },
    { text: 'Anyone raised on the Kubrick films will be bored here.', found: [], none: ['Kubrick'] },
  ]);
});

describe('a subject called a kind of work that a noun qualifies', () => {
  table([
    { text: 'I wanted to love it. Quillfire is the greatest shonen anime I have ever seen.', found: ['Quillfire'] },
    { text: 'Frankly, Quillfire is the best Mecha Anime of its decade.', found: ['Quillfire'] },
    // A person named by the surname is no work, whatever the noun after.
    { text: 'Hitchcock is a master of the horror film.', found: [] },
    { text: 'Sadly Tom is the best Ghibli director we have.', found: [], none: ['Tom'] },
  ]);
});

describe('the works after a verb of making in the active voice', () => {
  table([
    { text: 'Ines Calder, who directed Paper Lanterns and The Slow Tide, will adapt the novel.', found: ['Paper Lanterns', 'The Slow Tide'] },
    { text: 'Last year she co-wrote Harrow Lane with her brother.', found: ['Harrow Lane'] },
    // One word closing its phrase is the work.
    { text: 'Pell, who produced Wavecrest, was not at the launch.', found: ['Wavecrest'] },
    // A person after the verb is someone the maker worked with, not a work.
    { text: 'In the end she directed Omar Hollis twice.', found: [], none: ['Omar Hollis'] },
    { text: 'Rena Vask is superb. Tom Bale directed Vask in Cold Orchard.', found: [], none: ['Vask in Cold Orchard', 'Vask'] },
    // Passive: what follows is no object.
    { text: 'The series was produced Tuesday by a small team.', found: [] },
  ]);
});

describe("the works after the plural of what someone made and \"include\"", () => {
  table([
    { text: 'Byrne, whose earlier films have included Quiet Orchard Days and Saltmarsh, is up for the prize.', found: ['Quiet Orchard Days', 'Saltmarsh'] },
    { text: 'His credits include Iron Meadow, Glass Harbour and The Long Road Home.', found: ['Iron Meadow', 'Glass Harbour', 'The Long Road Home'] },
    // A title that keeps a number no sequel has ends the list; a word that qualifies a noun is no title.
    { text: 'Their singles include Rain on Glass, Summer 5000, and Harbour Song.', found: ['Rain on Glass'], none: ['Summer'] },
    { text: 'Her production credits included Olympic opening ceremonies.', found: [] },
    // No owner before the plural: no list of someone's works.
    { text: 'Prizes include Gold Medals and Silver Cups this year.', found: [] },
  ]);
});

describe('the works after "worked on"', () => {
  table([
    { text: 'The designer, who also worked on Copper Tide and Bellwether, was nominated.', found: ['Copper Tide', 'Bellwether'] },
    // "worked in" names a place or a trade.
    { text: 'She worked in Leeds for a decade before the move.', found: [] },
  ]);
});
