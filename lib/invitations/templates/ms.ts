import type { LanguageTemplate } from './template';

export const ms: LanguageTemplate = {
  language: 'ms',
  genericCreator: 'anda',
  listSeparator: '; ',
  briefHeading: 'Taklimat kandungan:',
  sampleHeading: 'Sampel:',
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
{briefHeading}
- Kelebihan produk: {sellingPoints}
- Wajib ditunjukkan: {mustShow}
- Tanda pagar: {hashtags}
- Pautan produk: {productLink}
- Tempoh video: kira-kira {videoSeconds} saat
- Sila siarkan sebelum {postBy}
{sampleHeading}
- {sampleQuantity} unit bagi setiap pencipta
- Penghantaran: {sampleShipping}
- Kos penghantaran: {shippingPaidBy}
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
  shipping: {
    'sample-request': 'mohon sampel percuma di TikTok Shop; kami luluskan dan hantar',
    'seller-ships': 'kami hantar sampel terus kepada anda',
    'buy-and-refund': 'anda membeli produk di kedai kami dan kami pulangkan wang selepas kandungan disiarkan',
  },
  shippingPaidBy: {
    seller: 'ditanggung oleh kami',
    creator: 'ditanggung oleh anda',
  },
};
