import type { LanguageTemplate } from './template';

export const vi: LanguageTemplate = {
  language: 'vi',
  genericCreator: 'bạn',
  listSeparator: '; ',
  briefHeading: 'Yêu cầu nội dung:',
  sampleHeading: 'Mẫu sản phẩm:',
  productWithRates: '{name} ({rates})',
  commissionRate: 'hoa hồng {rate}',
  adsCommissionRate: 'hoa hồng quảng cáo {rate}',
  rateSeparator: ', ',
  disclosureTag: '#quangcao',
  body: `Chào {creator},

Chúng tôi muốn mời bạn tham gia chương trình hợp tác "{collaboration}".
Sản phẩm và hoa hồng: {products}.
Thời hạn hợp tác đến ngày {endDate}.
Thỏa thuận:
- {videos} video ngắn giới thiệu sản phẩm
- {lives} buổi LIVE có ghim sản phẩm
- Đăng trong vòng {postingWindowDays} ngày sau khi chấp nhận lời mời
- Mẫu miễn phí: vui lòng đăng trong vòng {samplePostingDays} ngày sau khi nhận mẫu
- Vui lòng gửi kịch bản hoặc bản nháp trước; chúng tôi phản hồi trong {reviewHours} giờ
- Phí cố định: {flatFeeUsd} USD cho thời gian quảng bá {promotionDays} ngày
- Tối đa {editRounds} lần chỉnh sửa sau khi chúng tôi duyệt
- Sử dụng nội dung: {usage}
- Nếu không đăng nội dung như đã thỏa thuận: {breach}
- Nếu {stopLossConsecutive} video hoặc buổi LIVE liên tiếp có ROI dưới {stopLossRoi}, mỗi bên đều có thể kết thúc hợp tác
- Vui lòng ghi rõ đây là nội dung hợp tác có trả phí ({disclosureTag})
{briefHeading}
- Điểm nổi bật: {sellingPoints}
- Bắt buộc thể hiện: {mustShow}
- Hashtag: {hashtags}
- Link sản phẩm: {productLink}
- Độ dài video: khoảng {videoSeconds} giây
- Vui lòng đăng trước ngày {postBy}
{sampleHeading}
- {sampleQuantity} sản phẩm cho mỗi nhà sáng tạo
- Vận chuyển: {sampleShipping}
- Phí vận chuyển: {shippingPaidBy}
Liên hệ: {email}
Cảm ơn bạn!`,
  usage: {
    none: 'chúng tôi sẽ không sử dụng lại video của bạn',
    organic: 'chúng tôi có thể đăng lại video của bạn trên kênh của shop trong {days} ngày',
    'organic-and-ads': 'chúng tôi có thể đăng lại video của bạn và chạy quảng cáo trong {days} ngày',
  },
  breach: {
    'pay-sample-cost': 'bạn hoàn lại chi phí mẫu',
    'return-sample': 'bạn gửi trả lại mẫu',
    'end-collaboration': 'hợp tác chấm dứt',
  },
  shipping: {
    'sample-request': 'yêu cầu mẫu miễn phí trên TikTok Shop; chúng tôi duyệt và gửi mẫu',
    'seller-ships': 'chúng tôi gửi mẫu trực tiếp cho bạn',
    'buy-and-refund': 'bạn mua sản phẩm tại shop và chúng tôi hoàn tiền sau khi đăng nội dung',
  },
  shippingPaidBy: {
    seller: 'chúng tôi chịu',
    creator: 'bạn chịu',
  },
};
