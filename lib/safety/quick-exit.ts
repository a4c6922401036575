/**
 * Leaves the app at once: blanks the page in the same frame, forgets the title, marks this tab as exited, and
 * replaces the current history entry with a neutral page (an outside site when online; a neutral page of the app
 * when offline). Pages of the app check the mark before they paint, so Back never shows case content again in
 * this tab; opening the app again on purpose clears the mark (see buildExitGuardScript).
 */
export const EXIT_FLAG_KEY = 'app.exited';

/** Where the quick exit goes when there is a connection. It receives no referrer (see the layout's meta tag). */
export const NEUTRAL_SITE_URL = 'https://www.google.com/';

/** The app's own neutral page, used when offline. It says nothing about the app. */
export function neutralPagePath(locale: string): string {
  return `/${locale}/weather/`;
}

/** Performs the quick exit. */
export function quickExit(locale: string): void {
  const blank = document.createElement('div');
  blank.setAttribute('style', 'position:fixed;inset:0;background:#fff;z-index:2147483647');
  document.body.appendChild(blank);
  document.body.style.visibility = 'hidden';
  document.title = '';
  try {
    sessionStorage.setItem(EXIT_FLAG_KEY, '1');
  } catch {
    // Without session storage the Back guard cannot work, but leaving must never fail.
  }
  const isOnline = typeof navigator === 'undefined' || navigator.onLine !== false;
  window.location.replace(isOnline ? NEUTRAL_SITE_URL : neutralPagePath(locale));
}

/**
 * The script every app page runs before it paints. In a tab that has used the quick exit, a page reached by
 * history (Back, Forward, a reopened tab, a reload, or a page restored from the back/forward cache) is hidden and
 * replaced by the neutral page, so the journey never shows again that way. A page opened on purpose (its address
 * typed, a link or bookmark, the home-screen icon: a navigation of type 'navigate') clears the mark and shows as
 * usual: otherwise the tab would be stuck on the neutral page until it was closed.
 *
 * A restore from the back/forward cache keeps the navigation type of the page's first load ('navigate'), so
 * `pageshow` with `persisted` is always treated as history. Browsers without Navigation Timing level 2 fall back to
 * the older `performance.navigation`; with neither, the page is treated as reached by history (the safe side).
 */
export function buildExitGuardScript(locale: string): string {
  const key = JSON.stringify(EXIT_FLAG_KEY);
  const target = JSON.stringify(neutralPagePath(locale));
  return `(function(){var K=${key};function marked(){try{return !!sessionStorage.getItem(K)&&location.pathname.indexOf('/weather/')<0}catch(e){return false}}function leave(){document.documentElement.style.visibility='hidden';location.replace(${target})}function byHistory(){try{var n=performance.getEntriesByType('navigation')[0];if(n&&n.type)return n.type==='back_forward'||n.type==='reload'}catch(e){}try{var o=performance.navigation;if(o)return o.type!==0}catch(e){}return true}if(marked()){if(byHistory())leave();else try{sessionStorage.removeItem(K)}catch(e){}}addEventListener('pageshow',function(e){if(e.persisted&&marked())leave()})})();`;
}
