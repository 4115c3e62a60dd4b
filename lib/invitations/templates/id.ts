import type { LanguageTemplate } from './template';

export const id: LanguageTemplate = {
  language: 'id',
  genericCreator: 'Kak',
  listSeparator: '; ',
  briefHeading: 'Brief konten:',
  sampleHeading: 'Sampel:',
  productWithRates: '{name} ({rates})',
  commissionRate: 'komisi {rate}',
  adsCommissionRate: 'komisi iklan {rate}',
  rateSeparator: ', ',
  disclosureTag: '#iklan',
  body: `Halo {creator},

Kami ingin mengundang Anda ke kolaborasi kami "{collaboration}".
Produk dan komisi: {products}.
Kolaborasi berlaku sampai {endDate}.
Yang kami sepakati:
- {videos} video pendek yang menampilkan produk
- {lives} sesi LIVE dengan produk disematkan
- Unggah dalam {postingWindowDays} hari setelah menerima undangan ini
- Sampel gratis: mohon unggah dalam {samplePostingDays} hari setelah sampel diterima
- Mohon kirim naskah atau draf video terlebih dahulu; kami membalas dalam {reviewHours} jam
- Biaya tetap: {flatFeeUsd} USD untuk periode promosi {promotionDays} hari
- Maksimal {editRounds} kali revisi setelah peninjauan kami
- Penggunaan konten: {usage}
- Jika konten yang disepakati tidak diunggah: {breach}
- Jika {stopLossConsecutive} video atau LIVE berturut-turut menghasilkan ROI di bawah {stopLossRoi}, kedua pihak dapat mengakhiri kolaborasi
- Mohon tandai konten sebagai kerja sama berbayar ({disclosureTag})
{briefHeading}
- Keunggulan produk: {sellingPoints}
- Wajib ditampilkan: {mustShow}
- Tagar: {hashtags}
- Tautan produk: {productLink}
- Durasi video: sekitar {videoSeconds} detik
- Mohon unggah paling lambat {postBy}
{sampleHeading}
- {sampleQuantity} unit per kreator
- Pengiriman: {sampleShipping}
- Ongkos kirim: {shippingPaidBy}
Pertanyaan: {email}
Terima kasih!`,
  usage: {
    none: 'kami tidak akan menggunakan ulang video Anda',
    organic: 'kami dapat mengunggah ulang video Anda di kanal toko kami selama {days} hari',
    'organic-and-ads': 'kami dapat mengunggah ulang video Anda dan menjadikannya iklan selama {days} hari',
  },
  breach: {
    'pay-sample-cost': 'biaya sampel ditagihkan kembali',
    'return-sample': 'sampel dikembalikan kepada kami',
    'end-collaboration': 'kolaborasi berakhir',
  },
  shipping: {
    'sample-request': 'ajukan sampel gratis di TikTok Shop; kami setujui dan kirimkan',
    'seller-ships': 'kami kirim sampel langsung ke Anda',
    'buy-and-refund': 'Anda membeli produk di toko kami dan kami kembalikan dananya setelah konten diunggah',
  },
  shippingPaidBy: {
    seller: 'ditanggung oleh kami',
    creator: 'ditanggung oleh Anda',
  },
};
