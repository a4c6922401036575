import { LOCALES } from '@/lib/i18n/config';
import { LANGUAGE_NAMES } from '@/lib/i18n/language-names';

// Without JavaScript the language cannot be chosen for the person, so offer all three.
export default function RootPage() {
  return (
    <noscript>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <a href={`/${l}/`} hrefLang={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </noscript>
  );
}
