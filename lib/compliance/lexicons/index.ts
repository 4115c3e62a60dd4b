import type { ComplianceLanguage, LexiconEntry } from '../types';
import { EN_LEXICON } from './en';
import { ID_LEXICON } from './id';
import { MS_LEXICON } from './ms';
import { TH_LEXICON } from './th';
import { VI_LEXICON } from './vi';
import { ZH_LEXICON } from './zh';

export const LEXICONS: Readonly<Record<ComplianceLanguage, readonly LexiconEntry[]>> = {
  zh: ZH_LEXICON,
  en: EN_LEXICON,
  id: ID_LEXICON,
  ms: MS_LEXICON,
  th: TH_LEXICON,
  vi: VI_LEXICON,
};
