import { expect, signIn, test } from './desk-fixture';
import { openCheckin, scan } from './scan-helpers';

// A fresh demo day per test on a shared, busy machine: generous time, never a short window.
test.describe.configure({ timeout: 300_000 });

test.use({ viewport: { width: 1366, height: 768 } });

test.describe('scan speed at 08:20 before the 09:00 session (#18 speed)', () => {
  test('a scan asks the desk once (checkin.scan) for the cards and the verdict: no checkin.find for the code and no checkin.verdict', async ({ page, desk }) => {
    const [a, b] = desk.morning;
    await signIn(page, desk);
    await openCheckin(page);
    const asked: { channel: string; query?: string }[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/ipc')) return;
      const body = JSON.parse(r.postData() ?? '{}') as { channel?: string; payload?: { query?: string } };
      asked.push({ channel: body.channel ?? '', query: body.payload?.query });
    });
    for (const p of [a!, b!]) {
      await scan(page, p.admissionCode);
      await expect(page.getByTestId('admission-panel')).toContainText(p.admissionCode);
      await expect(page.getByTestId('scan-verdict')).toHaveAttribute('data-outcome', 'admit');
      await expect(page.getByTestId('idcheck-number')).toBeFocused();
      // The incident form below the verdict comes after it; once it is there the panel is complete.
      await expect(page.getByTestId('checkin-incidents')).toBeVisible();
    }
    const codes = [a!.admissionCode, b!.admissionCode];
    expect(asked.filter((x) => x.channel === 'checkin.scan').map((x) => x.query)).toEqual(codes);
    // Typing may search as it goes (a part of a code); the whole code is never asked for twice.
    expect(asked.filter((x) => x.channel === 'checkin.find' && codes.includes(x.query ?? ''))).toEqual([]);
    expect(asked.filter((x) => x.channel === 'checkin.verdict')).toEqual([]);
  });
});
