import { expect, signIn, test } from './desk-fixture';

// A fresh demo day per test on a shared, busy machine: generous time, never a short window.
test.describe.configure({ timeout: 300_000 });

test.describe('#18.10 smaller defects', () => {
  test('#18.10 the page has a favicon: no 404 in the console', async ({ page, desk }) => {
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await signIn(page, desk);
    await expect(page.getByTestId('operator-badge')).toBeVisible();
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const res = await page.request.get(new URL(icon!, page.url()).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(missing).toEqual([]);
  });

  test('#18.10 the empty Scores tab says what to do, not only "场次"', async ({ page, desk }) => {
    await signIn(page, desk);
    await page.getByTestId('nav-scores').click();
    await expect(page.getByTestId('scores-empty')).toContainText('请在上方选择考试日期和场次');
    await page.getByText('English').click();
    await expect(page.getByTestId('scores-empty')).toContainText('choose the exam date and the session');
  });

  test('#18.10 session dropdowns show the whole label with its subject codes', async ({ page, desk }) => {
    await signIn(page, desk);
    await page.getByTestId('nav-scores').click();
    const select = page.getByTestId('scores-session');
    await select.click();
    await page.getByRole('option').first().click();
    await expect(select).toHaveValue(/TCCP-/);
    const cut = await select.evaluate((el: HTMLInputElement) => el.scrollWidth > el.clientWidth);
    expect(cut).toBe(false);
  });

  test('#18.10 English apostrophes are narrow Latin glyphs, not full-width ("rule’ s")', async ({ page, desk }) => {
    await signIn(page, desk);
    await page.getByText('English').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const [quote, han] = await page.locator('body').evaluate((el) => {
      const width = (text: string) => {
        const s = document.createElement('span');
        s.textContent = text;
        el.appendChild(s);
        const w = s.getBoundingClientRect().width;
        s.remove();
        return w;
      };
      return [width('’’’’'), width('中中中中')];
    });
    expect(quote).toBeLessThan(han * 0.5);
  });

  test('#18.10 after the desk restarts an old tab asks to open the new address (zh-CN and English), not "Bad or missing desk token"', async ({ page, desk }) => {
    await signIn(page, desk);
    await expect(page.getByTestId('operator-badge')).toBeVisible();
    // What a restart leaves behind: this tab's token is not the desk's any more.
    await page.evaluate(() => sessionStorage.setItem('exam-desk.token', 'token-of-the-previous-start'));
    await page.reload();
    await expect(page.getByRole('dialog')).toContainText('考务前台已重新启动');
    await expect(page.getByText(/desk token/i)).toHaveCount(0);
    await page.screenshot({ path: 'test-results/stale-desk-zh.png' });
    await page.evaluate(() => localStorage.setItem('exam-desk.lang', 'en'));
    await page.reload();
    await expect(page.getByRole('dialog')).toContainText('The desk has restarted');
    await expect(page.getByText(/desk token/i)).toHaveCount(0);
    await page.screenshot({ path: 'test-results/stale-desk-en.png' });
  });
});
