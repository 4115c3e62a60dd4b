import { Window } from 'happy-dom';

/** Parses HTML with happy-dom (no scripts run, nothing fetched) at the given URL. */
export function parseHtml(html: string, url = 'https://www.tiktok.com/'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
