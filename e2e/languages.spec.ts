import { expect, test } from '@playwright/test';

const CASES = [
  { browserLocale: 'pt-BR', lang: 'pt', heading: /^Aconteceu algo na internet/ },
  { browserLocale: 'es-MX', lang: 'es', heading: /^Algo pasó en internet/ },
  { browserLocale: 'fr-FR', lang: 'en', heading: /^Something happened online/ },
] as const;

for (const { browserLocale, lang, heading } of CASES) {
  test.describe(`a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`lands on /${lang}/ from the root address`, async ({ page }) => {
      await page.goto('/en/weather/');
      await page.goto('/');
      await expect(page).toHaveURL(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The root page replaced itself: Back skips it.
      await page.goBack();
      await expect(page).toHaveURL('/en/weather/');
    });
  });
}

test.describe('the language switch', () => {
  test.use({ locale: 'en-GB' });

  test('moves to the same screen in another language and is remembered', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Português' }).click();
    await expect(page).toHaveURL('/pt/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(page.getByRole('button', { name: /Sair agora/ })).toBeVisible();

    await page.goto('/');
    await expect(page).toHaveURL('/pt/');

    await page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL('/es/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Algo pasó en internet/);
  });

  test('is on every screen, in the header', async ({ page }) => {
    for (const path of ['/en/', '/es/', '/pt/']) {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('navigation')).toBeVisible();
    }
  });
});
