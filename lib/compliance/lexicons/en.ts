import type { LexiconEntry } from '../types';

const ID_ABSOLUTE = 'market.md §Content policy: ID "Exaggerated Claims" (seller-id 4843034870187792)';
const VN_ABSOLUTE = 'market.md §Content policy: VN/ID "Absolute Claims" (seller-vn 6837770400581377)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754; thucblog)';

/** Words after which "#1" is a sequence number, not a ranking claim ("part #1", "day #1"). */
const SEQUENCE_WORDS = ['part', 'day', 'ep', 'episode', 'tip', 'step', 'video', 'chapter', 'round', 'vol', 'week', 'lesson', 'hint', 'pov', 'take', 'look', 'outfit', 'q', 'question', 'fact', 'reason', 'rule'];

export const EN_LEXICON: readonly LexiconEntry[] = [
  {
    id: 'en.number-one',
    category: 'superlative',
    phrases: ['number one', 'number 1', 'top 1', 'no.1', 'no1'],
    patterns: [
      // "No 1" with a space only when a claim follows (plain "no 1 cares" is texting for "no one")
      { source: '(?<![\\p{L}\\p{N}])no 1(?=\\s+(?:brand|product|seller|best|bestseller|choice|skincare|serum|in|on)(?![\\p{L}]))', first: ['n'] },
      { source: '(?<![\\p{L}\\p{N}])№\\s*1(?![\\p{N}])', first: ['№'] },
    ],
    exceptAfter: ['fan', 'fans', 'supporter', 'priority', 'rule', 'question', 'reason', 'thing', 'tip', 'mistake', 'cares', 'knows'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'en.hash-one',
    category: 'superlative',
    phrases: [],
    patterns: [{ source: '#\\s?1(?![\\p{N}])(?![.,]\\p{N})', first: ['#'] }],
    exceptBefore: SEQUENCE_WORDS,
    exceptAfter: ['fan', 'fans'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'en.the-best',
    category: 'superlative',
    phrases: ['the best', 'best in the world', 'best in asia', 'best on tiktok', 'best selling product', 'the only product', 'the only brand', 'the first brand'],
    // idioms that are not product claims
    exceptAfter: ['of luck', 'of both worlds', 'day', 'days', 'friend', 'friends', 'time', 'times', 'part', 'moment', 'moments', 'memories', 'feeling', 'thing that happened', 'i can', 'we can', 'you can', 'version of yourself', 'for last'],
    exceptBefore: ['all', 'do', 'did', 'doing', 'try', 'tried', 'trying'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §5 lint / ${ID_ABSOLUTE}`,
  },
  {
    id: 'en.cheapest',
    category: 'price',
    phrases: ['cheapest', 'lowest price', 'lowest prices', 'lowest price guaranteed', 'best price guaranteed', 'cheaper than anywhere', 'price match guarantee'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'en.guaranteed-efficacy',
    category: 'efficacy',
    phrases: ['100% effective', '100 percent effective', 'guaranteed results', 'guaranteed to work', 'works 100%', 'miracle cure', 'miracle cream', 'no side effects', 'instant results', 'permanent whitening', 'permanently whiten', 'prevents cancer', 'cure all your ailments', '100% natural', '100% organic'],
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'en.cures',
    category: 'efficacy',
    // "cured" is left out: cured ham, cured meat
    phrases: ['cure', 'cures', 'curing', 'heals acne', 'heal acne', 'heals eczema', 'treats acne', 'reverses aging'],
    // curing UV gel / resin / concrete is a craft step, not a medical claim
    exceptAfter: ['for boredom', 'boredom', 'gel', 'the gel', 'your gel', 'resin', 'the resin', 'time', 'under', 'concrete', 'it under', 'each layer'],
    exceptBefore: ['uv', 'gel', 'nail', 'cement', 'concrete', 'resin', 'led', 'lamp'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §1 P2 (cure claims); ${VN_ABSOLUTE}`,
  },
  {
    id: 'en.other-platform',
    category: 'platform',
    phrases: ['cheaper than shopee', 'cheaper than lazada', 'cheaper than tokopedia', 'cheaper than amazon', 'cheaper than temu', 'better than shopee', 'better than lazada', 'shopee', 'lazada', 'tokopedia', 'taobao', 'temu'],
    source: 'research/market.md',
    ref: PLATFORM,
  },
];
