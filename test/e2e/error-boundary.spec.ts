import type { Page } from '@playwright/test';
import { expect, signIn, test } from './desk-fixture';

/**
 * The loopback transport posts every call to /ipc as { channel, payload }. Answering one channel
 * with a value of the wrong shape makes the screen that reads it throw while rendering, the way a
 * bug would, without any test hook in the app.
 */
async function breakChannel(page: Page, channel: string): Promise<() => Promise<void>> {
  const url = '**/ipc';
  await page.route(url, async (route) => {
    const body = route.request().postDataJSON() as { channel?: string } | null;
    if (body?.channel === channel) await route.fulfill({ json: { ok: true, value: 'not a list' } });
    else await route.fallback();
  });
  return () => page.unroute(url);
}

test('a screen that throws while rendering shows the boundary in zh-CN and English; header and navigation stay usable, and both ways back work (#16)', async ({ page, desk }) => {
  await signIn(page, desk);
  await expect(page.getByTestId('operator-badge')).toBeVisible();
  await expect(page.getByTestId('sessions-table')).toBeVisible();
  const repair = await breakChannel(page, 'incidents.list');

  const failed = page.getByTestId('screen-failed');
  await page.getByTestId('nav-incidents').click();
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('此页面出错，未能显示');
  await expect(failed).toContainText('其他页面和左侧导航仍可使用');
  // The error's own message (property names survive minification).
  await expect(page.getByTestId('screen-failed-message')).toContainText('map is not a function');
  await page.screenshot({ path: 'test-results/screen-failed-zh.png' });

  // The header still works: switching language rewords the fallback.
  await page.getByText('English').click();
  await expect(failed).toContainText('This screen failed to show');
  await expect(failed).toContainText('The other screens and the navigation still work.');
  await expect(page.getByTestId('screen-failed-retry')).toHaveText('Load this screen again');
  await page.screenshot({ path: 'test-results/screen-failed-en.png' });

  // Navigation still works, and changing route resets the boundary.
  await page.getByTestId('nav-today').click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('sessions-table')).toBeVisible();

  // The way back to Today from the fallback.
  await page.getByTestId('nav-incidents').click();
  await expect(failed).toBeVisible();
  await page.getByTestId('screen-failed-today').click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('sessions-table')).toBeVisible();
  await expect(page).toHaveURL(/#\/today$/);

  // Once the desk answers properly again, "load this screen again" asks anew and the screen shows.
  await page.getByTestId('nav-incidents').click();
  await expect(failed).toBeVisible();
  await repair();
  await page.getByTestId('screen-failed-retry').click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('incident-open-only')).toBeVisible();
  await expect(page).toHaveURL(/#\/incidents$/);
});
