/** A ~1 MB Markdown document for the protocol test and the server benchmark. */

export const wrongClaim = "Suzhou's GDP reached 2.5 trillion yuan in 2021.";

const prose = [
  'The old town keeps its canals, its stone bridges and its gardens, and visitors walk along the water in the evening.',
  'Writers who describe the region often compare the canal towns with one another and with the larger cities nearby.',
  '园林与运河构成了这座古城的风貌，游客们常在傍晚沿河散步，欣赏小桥流水的景色。',
  'Silk weaving, embroidery and tea have long been part of local life, and many families still keep the old crafts 😀.',
];

export interface LargeDocument {
  text: string;
  /** Number of wrong claims, one per `every` paragraphs. */
  wrong: number;
}

/**
 * About `bytes` UTF-8 bytes of Markdown: headed sections of prose paragraphs (English, Chinese,
 * emoji), with `wrongClaim` as every `every`-th paragraph.
 */
export function largeDocument(bytes = 1_000_000, every = 40): LargeDocument {
  const parts: string[] = [];
  let size = 0;
  let wrong = 0;
  for (let i = 0; size < bytes; i++) {
    let paragraph: string;
    if (i % 25 === 0) paragraph = `## Section ${i / 25 + 1}`;
    else if (i % every === every - 1) {
      paragraph = wrongClaim;
      wrong++;
    } else paragraph = `${prose[i % prose.length]} ${prose[(i + 1) % prose.length]}`;
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return { text: `${parts.join('\n\n')}\n`, wrong };
}
