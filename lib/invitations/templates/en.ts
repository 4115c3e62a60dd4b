import type { LanguageTemplate } from './template';

export const en: LanguageTemplate = {
  language: 'en',
  genericCreator: 'there',
  listSeparator: '; ',
  briefHeading: 'Content brief:',
  sampleHeading: 'Samples:',
  productWithRates: '{name} ({rates})',
  commissionRate: '{rate}',
  adsCommissionRate: 'Ads {rate}',
  rateSeparator: ', ',
  disclosureTag: '#ad',
  body: `Hi {creator},

We would love to invite you to our collaboration "{collaboration}".
Products and commission: {products}.
The collaboration runs until {endDate}.
What we agree on:
- {videos} short video(s) featuring the product
- {lives} LIVE session(s) with the product pinned
- Post within {postingWindowDays} days of accepting this invitation
- Free sample: please post within {samplePostingDays} days of receiving it
- Please send your script or draft first; we reply within {reviewHours} hours
- Flat fee: {flatFeeUsd} USD for a promotion period of {promotionDays} days
- Up to {editRounds} round(s) of edits after our review
- Use of your content: {usage}
- If the agreed content is not posted: {breach}
- If {stopLossConsecutive} videos or LIVEs in a row return an ROI below {stopLossRoi}, either side may end the collaboration
- Please mark the content as a paid partnership ({disclosureTag})
{briefHeading}
- Selling points: {sellingPoints}
- Must show: {mustShow}
- Hashtags: {hashtags}
- Product link: {productLink}
- Video length: about {videoSeconds} seconds
- Please post by {postBy}
{sampleHeading}
- {sampleQuantity} unit(s) per creator
- Shipping: {sampleShipping}
- Shipping cost: {shippingPaidBy}
Questions: {email}
Thank you!`,
  usage: {
    none: 'we will not reuse your videos',
    organic: 'we may repost your videos on our shop channels for {days} days',
    'organic-and-ads': 'we may repost your videos and run them as ads for {days} days',
  },
  breach: {
    'pay-sample-cost': 'the sample cost is charged back',
    'return-sample': 'the sample is returned to us',
    'end-collaboration': 'the collaboration ends',
  },
  shipping: {
    'sample-request': 'request the free sample in TikTok Shop; we approve and ship it',
    'seller-ships': 'we ship the sample to you directly',
    'buy-and-refund': 'you buy the product in our shop and we refund it once the content is posted',
  },
  shippingPaidBy: {
    seller: 'paid by us',
    creator: 'paid by you',
  },
};
