import { expect, signIn, test } from './desk-fixture';

/** The State Council's 2025 notice as a manager would save it (CSV date,kind,name). */
const notice2025 = [
  'date,kind,name',
  '2025-01-01,holiday,元旦',
  ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => `2025-${d},holiday,春节`),
  '2025-01-26,workday,春节',
  '2025-02-08,workday,春节',
  ...['04-04', '04-05', '04-06'].map((d) => `2025-${d},holiday,清明节`),
  ...['05-01', '05-02', '05-03', '05-04', '05-05'].map((d) => `2025-${d},holiday,劳动节`),
  '2025-04-27,workday,劳动节',
  ...['05-31', '06-01', '06-02'].map((d) => `2025-${d},holiday,端午节`),
  ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07', '10-08'].map((d) => `2025-${d},holiday,国庆节、中秋节`),
  '2025-09-28,workday,国庆节、中秋节',
  '2025-10-11,workday,国庆节、中秋节',
].join('\n');
const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('#17.7 a manager imports a year’s holiday notice as a file: a partial year is refused with what is missing, a whole one is previewed and confirmed (zh-CN, English)', async ({ page, desk }) => {
  test.slow(); // two previews and an import in two languages; not a wait on speed
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-rules').click();
  await page.getByRole('tab', { name: '工作日历' }).click();
  const input = page.getByTestId('calendar-import').locator('input[type=file]');

  await input.setInputFiles(
    file(
      'partial-2025.csv',
      notice2025
        .split('\n')
        .filter((l) => !l.includes('国庆'))
        .join('\n'),
    ),
  );
  await expect(page.getByTestId('calendar-problem')).toContainText('2025 年不完整：缺少 中秋节、国庆节');
  await page.screenshot({ path: 'test-results/rules-calendar-partial-zh.png', fullPage: true });

  await input.setInputFiles(file('notice-2025.csv', notice2025));
  await expect(page.getByTestId('calendar-preview')).toContainText('notice-2025.csv：2025 年，共 33 条，33 处改动');
  await expect(page.getByTestId('calendar-preview').getByRole('row')).toHaveCount(34);
  await page.screenshot({ path: 'test-results/rules-calendar-preview-zh.png', fullPage: true });

  await page.getByText('English').click();
  await expect(page.getByTestId('calendar-preview')).toContainText('notice-2025.csv: 2025, 33 rows, 33 changes');
  await page.screenshot({ path: 'test-results/rules-calendar-preview-en.png', fullPage: true });
  await page.getByTestId('calendar-confirm').click();
  await expect(page.getByTestId('calendar-imported')).toContainText('The 2025 holiday notice is imported (33 changes).');

  // The same file again changes nothing.
  await input.setInputFiles(file('notice-2025.csv', notice2025));
  await expect(page.getByTestId('calendar-preview')).toContainText('the same as stored: nothing to import');
  await expect(page.getByTestId('calendar-confirm')).toBeDisabled();
});
