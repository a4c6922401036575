/**
 * Leaves the app at once: blanks the page in the same frame, forgets the title, marks this tab as exited, and
 * replaces the current history entry with a neutral page (an outside site when online; a neutral page of the app
 * when offline). Pages of the app check the mark before they paint, so Back never shows case content again in
 * this tab.
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
 * The script every app page runs before it paints: if this tab has used the quick exit, hide everything and go to
 * the neutral page instead of showing case content (also when a page comes back from the back/forward cache).
 */
export function buildExitGuardScript(locale: string): string {
  const key = JSON.stringify(EXIT_FLAG_KEY);
  const target = JSON.stringify(neutralPagePath(locale));
  return `(function(){function g(){try{if(sessionStorage.getItem(${key})&&location.pathname.indexOf('/weather/')<0){document.documentElement.style.visibility='hidden';location.replace(${target});}}catch(e){}}g();addEventListener('pageshow',function(e){if(e.persisted)g()});})();`;
}
