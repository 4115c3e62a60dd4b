import type { LanguageTemplate } from './template';

export const th: LanguageTemplate = {
  language: 'th',
  genericCreator: 'ครีเอเตอร์',
  listSeparator: '; ',
  productWithRates: '{name} ({rates})',
  commissionRate: 'ค่าคอมมิชชัน {rate}',
  adsCommissionRate: 'ค่าคอมมิชชันโฆษณา {rate}',
  rateSeparator: ', ',
  disclosureTag: '#โฆษณา',
  body: `สวัสดีค่ะ {creator}

เราขอเชิญคุณร่วมแคมเปญ "{collaboration}"
สินค้าและค่าคอมมิชชัน: {products}
ระยะเวลาร่วมงานถึงวันที่ {endDate}
ข้อตกลง:
- วิดีโอสั้น {videos} คลิปที่นำเสนอสินค้า
- ไลฟ์ {lives} ครั้งพร้อมปักหมุดสินค้า
- โพสต์ภายใน {postingWindowDays} วันหลังตอบรับคำเชิญ
- สินค้าตัวอย่างฟรี: กรุณาโพสต์ภายใน {samplePostingDays} วันหลังได้รับสินค้า
- กรุณาส่งสคริปต์หรือวิดีโอฉบับร่างก่อน เราจะตอบกลับภายใน {reviewHours} ชั่วโมง
- ค่าจ้างคงที่: {flatFeeUsd} USD ระยะเวลาโปรโมท {promotionDays} วัน
- แก้ไขได้สูงสุด {editRounds} รอบหลังการตรวจของเรา
- การใช้คอนเทนต์: {usage}
- หากไม่โพสต์คอนเทนต์ตามที่ตกลง: {breach}
- หากวิดีโอหรือไลฟ์ {stopLossConsecutive} ครั้งติดต่อกันมี ROI ต่ำกว่า {stopLossRoi} ทั้งสองฝ่ายสามารถยุติความร่วมมือได้
- กรุณาระบุว่าเป็นคอนเทนต์ร่วมงานแบบมีค่าตอบแทน ({disclosureTag})
ติดต่อ: {email}
ขอบคุณค่ะ`,
  usage: {
    none: 'เราจะไม่นำวิดีโอของคุณไปใช้ซ้ำ',
    organic: 'เราอาจโพสต์วิดีโอของคุณซ้ำในช่องทางของร้านเป็นเวลา {days} วัน',
    'organic-and-ads': 'เราอาจโพสต์วิดีโอของคุณซ้ำและใช้เป็นโฆษณาเป็นเวลา {days} วัน',
  },
  breach: {
    'pay-sample-cost': 'เรียกเก็บค่าสินค้าตัวอย่างคืน',
    'return-sample': 'ส่งสินค้าตัวอย่างคืนให้เรา',
    'end-collaboration': 'สิ้นสุดความร่วมมือ',
  },
};
