import type { Page } from '@playwright/test';
import { expect } from './desk-fixture';

/**
 * A USB scanner: the code typed about 5 ms per key, then Enter, into whatever has the focus
 * (never `fill`: the desk must tell the burst from typing by itself).
 */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Opens the check-in screen and puts the focus in the scan field. */
export async function openCheckin(page: Page): Promise<void> {
  await page.getByTestId('nav-checkin').click();
  await expect(page.getByTestId('checkin-search')).toBeVisible();
  // F2 puts the focus in the scan field from anywhere on the screen.
  await page.keyboard.press('F2');
  await expect(page.getByTestId('checkin-search')).toBeFocused();
}

/** Counts the keys a person presses (the scanner's and the document reader's bursts are not counted). */
export class KeyCounter {
  count = 0;
  constructor(private readonly page: Page) {}
  /** A person's key: held 150 ms, so keys are never closer than a person types (a burst is a scanner's). */
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.page.keyboard.press(key, { delay: 150 });
  }
  async type(text: string): Promise<void> {
    for (const ch of text) await this.press(ch);
  }
}
