import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY, LOCALES } from './config';

/**
 * The tiny script the root page runs before anything paints: it picks the language (saved choice, then
 * `navigator.languages`, then English, the same rules as `detectLocale`) and replaces the address with that
 * language's start page, so there is no flash of the wrong language and no entry left in history.
 */
export function buildLocaleRedirectScript(): string {
  const locales = JSON.stringify(LOCALES);
  return `(function(){var L=${locales},d=${JSON.stringify(DEFAULT_LOCALE)},s=null;
try{s=localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})}catch(e){}
function pick(){if(L.indexOf(s)>=0)return s;var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];
for(var i=0;i<n.length;i++){var p=String(n[i]).trim().toLowerCase().split(/[-_]/)[0];if(L.indexOf(p)>=0)return p}return d}
location.replace('/'+pick()+'/'+location.search+location.hash)})();`;
}
