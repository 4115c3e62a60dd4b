import type { LanguageTemplate } from './template';

export const ms: LanguageTemplate = {
  language: 'ms',
  genericCreator: 'anda',
  listSeparator: '; ',
  productWithRates: '{name} ({rates})',
  commissionRate: 'komisen {rate}',
  adsCommissionRate: 'komisen iklan {rate}',
  rateSeparator: ', ',
  disclosureTag: '#iklan',
  body: `Hai {creator},

Kami ingin menjemput anda menyertai kolaborasi kami "{collaboration}".
Produk dan komisen: {products}.
Kolaborasi berjalan sehingga {endDate}.
Perkara yang dipersetujui:
- {videos} video pendek yang menampilkan produk
- {lives} sesi LIVE dengan produk disematkan
- Siarkan dalam masa {postingWindowDays} hari selepas menerima jemputan ini
- Sampel percuma: sila siarkan dalam masa {samplePostingDays} hari selepas menerima sampel
- Sila hantar skrip atau draf video dahulu; kami membalas dalam masa {reviewHours} jam
- Yuran tetap: {flatFeeUsd} USD untuk tempoh promosi {promotionDays} hari
- Maksimum {editRounds} pusingan suntingan selepas semakan kami
- Penggunaan kandungan: {usage}
- Jika kandungan yang dipersetujui tidak disiarkan: {breach}
- Jika {stopLossConsecutive} video atau LIVE berturut-turut mencatat ROI di bawah {stopLossRoi}, mana-mana pihak boleh menamatkan kolaborasi
- Sila tandakan kandungan sebagai kerjasama berbayar ({disclosureTag})
Pertanyaan: {email}
Terima kasih!`,
  usage: {
    none: 'kami tidak akan menggunakan semula video anda',
    organic: 'kami boleh menyiarkan semula video anda di saluran kedai kami selama {days} hari',
    'organic-and-ads': 'kami boleh menyiarkan semula video anda dan menjadikannya iklan selama {days} hari',
  },
  breach: {
    'pay-sample-cost': 'kos sampel dicaj semula',
    'return-sample': 'sampel dipulangkan kepada kami',
    'end-collaboration': 'kolaborasi ditamatkan',
  },
};
