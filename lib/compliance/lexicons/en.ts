import type { LexiconEntry } from '../types';

const ID_ABSOLUTE = 'market.md §Content policy: ID "Exaggerated Claims" (seller-id 4843034870187792)';
const VN_ABSOLUTE = 'market.md §Content policy: VN/ID "Absolute Claims" (seller-vn 6837770400581377)';
const PLATFORM = 'market.md §Content policy: comparisons with other platforms (seller-vn 4924400659498754; thucblog)';
const TH_MISLEADING = 'market.md §Content policy: TH "Misleading Content" — exaggerated claims, unrealistic timelines (seller-th 4881274146408193)';
const ID_HUNDRED = 'market.md §Content policy: ID "Exaggerated Product Descriptions" — "100% Natural / 100% Organic" without proof (seller-id 6835094312912642)';

/** Effects a guarantee, a "permanently" or a "100%" can be about (a product's effect, not a delivery or a fabric). */
const EFFECTS = ['result', 'results', 'effect', 'effects', 'effective', 'work', 'works', 'whiten', 'whitening', 'whiter', 'lighten', 'lightening', 'brighter', 'fade', 'fades', 'remove', 'removes', 'removal', 'acne', 'pimples', 'scars', 'dark spots', 'pigmentation', 'wrinkles', 'clear skin', 'glow', 'glowing', 'weight', 'lose', 'slim', 'slimmer', 'hair growth', 'cure', 'cures', 'heal', 'heals'];

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
    phrases: ['the best', 'best in the world', 'best in asia', 'best on tiktok', 'best selling product', 'the only product', 'the only brand', 'the first brand', "world's best", 'world’s best', "world's first", 'world’s first', 'the first and only', 'most effective'],
    // idioms and advice that are not about a product ("the best way to travel", "the best day")
    exceptAfter: ['of luck', 'of both worlds', 'day', 'days', 'friend', 'friends', 'time', 'times', 'part', 'moment', 'moments', 'memories', 'feeling', 'thing that happened', 'i can', 'we can', 'you can', 'version of yourself', 'for last', 'way', 'ways', 'place to', 'places to', 'view', 'views', 'trip', 'mom', 'mum', 'dad', 'wife', 'husband', 'team', 'fans', 'family', 'vibes', 'weekend', 'advice', 'people'],
    exceptBefore: ['all', 'do', 'did', 'doing', 'try', 'tried', 'trying'],
    source: 'PRODUCT.md',
    ref: `PRODUCT.md §5 lint / ${ID_ABSOLUTE}`,
  },
  {
    id: 'en.bestseller',
    category: 'superlative',
    phrases: ['best selling', 'bestselling', 'bestseller', 'best seller', 'top selling', 'top seller'],
    // a writer's or a band's credential, not a product claim
    exceptAfter: ['author', 'authors', 'novelist', 'writer', 'writers', 'poet', 'artist', 'band', 'singer', 'songwriter', 'musician'],
    source: 'research/market.md',
    ref: `${ID_ABSOLUTE}: "Top selling product in TikTok Shop"`,
  },
  {
    id: 'en.cheapest',
    category: 'price',
    phrases: ['cheapest', 'lowest price', 'lowest prices', 'lowest price guaranteed', 'best price guaranteed', 'cheaper than anywhere', 'price match guarantee'],
    // travel and how-to advice is not a shop's price claim ("cheapest way to travel Europe")
    exceptAfter: ['way', 'ways', 'flight', 'flights', 'route', 'routes', 'place', 'places', 'city', 'cities', 'country', 'countries', 'destination', 'destinations', 'trip', 'trips', 'time', 'times', 'day', 'days', 'month', 'months', 'airline', 'airlines', 'train', 'trains', 'bus', 'hostel', 'hostels', 'hotel', 'hotels', 'eats', 'date'],
    source: 'research/market.md',
    ref: ID_ABSOLUTE,
  },
  {
    id: 'en.guaranteed-efficacy',
    category: 'efficacy',
    phrases: ['100% effective', '100 percent effective', 'guaranteed results', 'guaranteed to work', 'works 100%', 'miracle cure', 'miracle cream', 'no side effects', 'instant results', 'permanent whitening', 'permanently whiten', 'prevents cancer', 'cure all your ailments', '100% natural', '100% organic', '100% safe', 'completely safe', 'absolutely safe'],
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'en.guarantee',
    category: 'efficacy',
    // "guaranteed" about an effect; "satisfaction guaranteed", "guaranteed delivery" are service terms
    phrases: ['guaranteed', 'guarantee', 'guarantees'],
    about: { words: [...EFFECTS, 'safe'] },
    source: 'research/market.md',
    ref: VN_ABSOLUTE,
  },
  {
    id: 'en.permanent',
    category: 'efficacy',
    // about an effect: "permanent marker", "permanent makeup artist", "permanent hair colour" are not claims
    phrases: ['permanent', 'permanently'],
    about: { words: [...EFFECTS, 'white skin', 'gone', 'clear', 'melasma'] },
    source: 'research/market.md',
    ref: `${VN_ABSOLUTE}; market.md §Content policy: "ผิวขาวถาวร" (permanently white skin)`,
  },
  {
    id: 'en.hundred-percent',
    category: 'efficacy',
    // inside a claim: "100% safe", "results 100%"; not "100% cotton", "battery 100%", "100% honest review"
    phrases: ['100%', '100 %', '100 percent', '100 per cent'],
    about: { words: [...EFFECTS, 'safe', 'natural', 'organic', 'guaranteed', 'proven', 'chemical free', 'side effects'], reach: 12 },
    source: 'research/market.md',
    ref: ID_HUNDRED,
  },
  {
    id: 'en.days-to-effect',
    category: 'efficacy',
    phrases: [],
    patterns: [
      {
        // "results in 7 days", "whiter skin in 3 days", "lose 5 kg in 2 weeks"
        source:
          '(?:results?|see (?:a |the )?difference|whiter|clearer|brighter|lighter|slimmer|glowing|smoother|acne[ -]?free|clear skin|lose \\d{1,3} ?(?:kg|kgs|lbs?|pounds))(?: skin)? (?:in|within|after) (?:just |only )?(?:\\d{1,3}|one|two|three|five|seven|ten|fourteen|thirty) (?:days?|weeks?|hours?|nights?)(?![\\p{L}])',
        first: ['result', 'see ', 'whiter', 'clearer', 'brighter', 'lighter', 'slimmer', 'glowing', 'smoother', 'acne', 'clear skin', 'lose '],
      },
    ],
    // "exam results in 3 days" is news, not a claim
    exceptBefore: ['exam', 'test', 'election', 'lab', 'blood test', 'match'],
    source: 'research/market.md',
    ref: TH_MISLEADING,
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
