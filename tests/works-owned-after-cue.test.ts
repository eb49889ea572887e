import { describe } from 'vitest';
import { worksTable as table } from './helpers/works-table';

describe("the work after its maker's possessive, when a staging, performing or version word leads", () => {
  table([
    // One word, a name's shape or a title opening with "I" is the work after such a cue.
    { text: "The maestro conducted Anton Varga's Lorna at the Prague State Opera.", found: ['Lorna'], none: ['Lorna at the Prague State Opera'] },
    { text: "The film is an adaptation of Marlowe's Edward IV set in the 1930s.", found: ['Edward IV'] },
    { text: "Her first hit was a version of Dean Corr's I Can't Stop Dreaming.", found: ["I Can't Stop Dreaming"] },
    { text: "The pair performed a cover of the Kestrels' Over The Hill by Bono.", found: ['Over The Hill'], none: ['Over The Hill by Bono'] },
    { text: "She sang Ann Tolley's Candle in the Storm at the memorial.", found: ['Candle in the Storm'] },
    // Not a noun's modifier, not a pair of players, not a part of a work, no cue, no place.
    { text: "The choir staged Verdi's Requiem mass in the cathedral.", found: [], none: ['Requiem'] },
    { text: "The pair looked like a version of Marco Zeffi's Olivia and Leonard.", found: [], none: ['Olivia and Leonard'] },
    { text: "Fans waited for the adaptation of Copper's Iron Tower Arc.", found: [], none: ['Iron Tower Arc'] },
    { text: "He praised Anton Varga's Lorna in his speech.", found: [], none: ['Lorna'] },
    { text: "The orchestra performed Elgar's London in the spring.", found: [], none: ['London'] },
  ]);
});
