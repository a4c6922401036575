import { expect, type Page } from '@playwright/test';

/** The journey at /<lang>/check/: steps, answers and navigation, by stable ids rather than words. */
export class JourneyPage {
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'es' | 'pt' = 'en',
  ) {}

  async startNew(): Promise<void> {
    await this.page.goto(`/${this.lang}/`);
    await this.page.getByTestId('start-new').click();
    await this.expectStep('safety_now');
  }

  async startPrivate(): Promise<void> {
    await this.page.goto(`/${this.lang}/`);
    await this.page.getByTestId('start-private').click();
    await this.expectStep('safety_now');
  }

  step() {
    return this.page.locator('form.step');
  }

  async expectStep(stepId: string): Promise<void> {
    await expect(this.page.locator(`form.step[data-step="${stepId}"]`)).toBeVisible();
  }

  /** Picks an option of a choice question (radio or checkbox) by option id. */
  async choose(questionId: string, optionId: string): Promise<void> {
    await this.page.locator(`input[name="${questionId}"][value="${optionId}"]`).check();
  }

  async fill(questionId: string, text: string): Promise<void> {
    await this.page.locator(`#${questionId}`).fill(text);
  }

  async continue(): Promise<void> {
    await this.page.getByTestId('continue').click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  }
}
