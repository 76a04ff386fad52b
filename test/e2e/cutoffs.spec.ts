import { expect, signIn, test } from './desk-fixture';
import { openCheckin } from './scan-helpers';

// A fresh demo day per test on a shared, busy machine: generous time, never a short window.
test.describe.configure({ timeout: 300_000 });

test.describe('check-in cut-offs at 08:20 (#18.10)', () => {
  test('DAY-1 Today and Check-in count down to each session’s cut-off from the desk clock', async ({ page, desk }) => {
    await signIn(page, desk);
    await page.getByTestId('nav-today').click();
    const today = page.getByTestId('cutoffs');
    // 09:00 sessions: DAY-1 cut-off 08:30, 10 minutes after the desk's 08:20 (the clock ticks on).
    await expect(today.getByTestId('cutoff-row').first()).toContainText(/DAY-1 08:30 截止，还剩 (09|10):\d\d/);
    await expect(today.getByTestId('cutoff-offer')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/cutoffs-today-zh.png', fullPage: true });
    await openCheckin(page);
    await expect(page.getByTestId('cutoffs').getByTestId('cutoff-row').first()).toContainText('08:30');
    await page.getByText('English').click();
    await expect(page.getByTestId('cutoffs').getByTestId('cutoff-row').first()).toContainText(/DAY-1 closes 08:30, (09|10):\d\d left/);
  });
});

test.describe('check-in cut-offs at 09:01 (#18.10)', () => {
  test.use({ clock: '2026-12-05T09:01:00+08:00' });

  test('DAY-1 at the start time the desk offers to close the window, listing who has not come; closing marks them absent', async ({ page, desk }) => {
    await signIn(page, desk);
    await openCheckin(page);
    const row = page.getByTestId('cutoffs').getByTestId('cutoff-row').first();
    await expect(row).toContainText('08:30');
    await row.getByTestId('cutoff-offer').click();
    const list = row.getByTestId('cutoff-not-come');
    await expect(list).toContainText(desk.morning[0]!.name);
    await page.screenshot({ path: 'test-results/cutoffs-close-offer-zh.png' });
    await list.getByTestId('cutoff-close').click();
    await expect(row.getByTestId('cutoff-closed')).toContainText('缺考');
    // The day reloads (nobody is waiting any more) and what closing did stays on the row.
    await expect(row).not.toContainText('未到');
    await expect(row.getByTestId('cutoff-closed')).toContainText('缺考');
  });
});
