/** Recognises pages that hold no creator because TikTok blocked or emptied them. */
export function blockedReason(doc: Document): string | null {
  const title = (doc.title || '').trim();
  if (/security check|verify to continue|captcha/i.test(title)) return `captcha: ${title}`;
  if (doc.querySelector('#captcha-verify-image, .captcha_verify_container, [id^="captcha"]')) {
    return 'captcha';
  }
  return null;
}
