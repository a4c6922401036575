import { expect, type Page } from '@playwright/test';

/** Opens a section of a long screen (results, pack, check your answers) as a person would: a tap on its heading. */
export async function openSection(page: Page, id: string): Promise<void> {
  const section = page.locator(`details[data-section="${id}"]`);
  if ((await section.getAttribute('open')) === null) await section.locator('> summary').click();
  await expect(section).toHaveAttribute('open', '');
}
