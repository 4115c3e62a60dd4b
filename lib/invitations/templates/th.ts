import type { LanguageTemplate } from './template';

export const th: LanguageTemplate = {
  language: 'th',
  genericCreator: 'ครีเอเตอร์',
  listSeparator: '; ',
  briefHeading: 'บรีฟคอนเทนต์:',
  sampleHeading: 'สินค้าตัวอย่าง:',
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
{briefHeading}
- จุดขาย: {sellingPoints}
- สิ่งที่ต้องแสดง: {mustShow}
- แฮชแท็ก: {hashtags}
- ลิงก์สินค้า: {productLink}
- ความยาววิดีโอ: ประมาณ {videoSeconds} วินาที
- กรุณาโพสต์ภายในวันที่ {postBy}
{sampleHeading}
- {sampleQuantity} ชิ้นต่อครีเอเตอร์
- การจัดส่ง: {sampleShipping}
- ค่าจัดส่ง: {shippingPaidBy}
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
  shipping: {
    'sample-request': 'ขอสินค้าตัวอย่างฟรีใน TikTok Shop แล้วเราจะอนุมัติและจัดส่งให้',
    'seller-ships': 'เราจัดส่งสินค้าตัวอย่างให้คุณโดยตรง',
    'buy-and-refund': 'คุณสั่งซื้อสินค้าในร้านของเรา และเราคืนเงินให้หลังโพสต์คอนเทนต์',
  },
  shippingPaidBy: {
    seller: 'เราเป็นผู้ออก',
    creator: 'คุณเป็นผู้ออก',
  },
};
