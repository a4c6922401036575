import 'i18next';

import type { RESOURCES } from '@/locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof RESOURCES;
  }
}
