import { expect, signIn, test } from './desk-fixture';

test('a manager plans a demo session, moves a candidate with the keyboard, and a failed seat moves its candidate', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('scores-session').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('seating-generate').click();
  await expect(page.getByTestId('plan-info')).toContainText('同科目相邻');
  await page.screenshot({ path: 'test-results/seating-map-zh.png', fullPage: true });

  // Keyboard move: focus A03 (occupied), Enter picks, → to the next seat, Enter drops: a reason, then moved.
  const a03 = page.getByTestId('seat-A03');
  const occupant = await a03.getAttribute('data-occupant');
  expect(occupant).not.toBe('');
  await a03.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('seat-reason').fill('考生视力原因，调到靠近窗户的座位');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('seat-A04')).toHaveAttribute('data-occupant', occupant!);
  // The reason dialog has finished closing (and handed focus back) before the next key.
  await expect(page.getByTestId('seat-reason')).toHaveCount(0);

  // Fault: F on the candidate's seat; they move to the nearest free working seat.
  await page.getByTestId('seat-A04').focus();
  await expect(page.getByTestId('seat-A04')).toBeFocused();
  await page.keyboard.press('f');
  await page.getByTestId('seat-reason').fill('主机无法开机');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fault-outcome')).toContainText('已从 A04 调到最近的空闲座位');
  await expect(page.getByTestId('seat-A04')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator(`[data-occupant="${occupant}"]`)).toHaveCount(1);
  await page.screenshot({ path: 'test-results/seating-fault-zh.png', fullPage: true });
  await page.getByText('English').click();
  await expect(page.getByTestId('plan-info')).toContainText('same-subject neighbours');
  await page.screenshot({ path: 'test-results/seating-map-en.png', fullPage: true });
});

test('a manager edits a room (an aisle, a broken seat), creates a session, and an overlapping session is refused', async ({ page, desk }) => {
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('tab-rooms').click();
  await page.getByTestId('room-new').click();
  await page.getByTestId('room-code').fill('D');
  await page.getByTestId('room-name').fill('考场D');
  // Column 3 becomes an aisle (seat -> wheelchair -> out -> gap), B05 is out of service.
  for (const row of ['A', 'B', 'C', 'D', 'E', 'F']) for (let i = 0; i < 3; i++) await page.getByTestId(`cell-${row}03`).click();
  await page.getByTestId('cell-B05').click();
  await page.getByTestId('cell-B05').click();
  await expect(page.getByTestId('cell-B05')).toHaveAttribute('data-kind', 'out');
  await page.getByTestId('room-save').click();
  await expect(page.getByTestId('rooms-done')).toContainText('可用座位 29 个');
  await page.screenshot({ path: 'test-results/room-editor-zh.png', fullPage: true });

  await page.getByTestId('session-room').click();
  await page.getByRole('option', { name: '考场D' }).click();
  await page.getByTestId('session-date').fill('2026-12-06');
  await page.getByTestId('session-start').fill('09:00');
  await page.getByTestId('session-create').click();
  await expect(page.getByTestId('rooms-done')).toContainText('场次已创建');
  await page.getByTestId('session-start').fill('10:00');
  await page.getByTestId('session-create').click();
  // Said in the operator's language, not in the server's English.
  await expect(page.getByTestId('rooms-error')).toContainText('考场 D 在该时间已有场次，同一考场的场次不能重叠');
  await expect(page.getByTestId('rooms-done')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/room-overlap-zh.png', fullPage: true });
});

test('#18.6 a fault on the wheelchair seat offers a free regular seat and BOOK-7 as choices; nobody is rebooked without asking', async ({ page, desk }) => {
  test.slow(); // a long flow (two operators' sign-ins); not a wait on speed
  await signIn(page, desk, 'manager', 'demo-manager-1');
  await page.getByTestId('nav-seating').click();
  await page.getByTestId('scores-session').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('seating-generate').click();
  await expect(page.getByTestId('plan-info')).toContainText('同科目相邻');
  const a01 = page.getByTestId('seat-A01');
  // The session's wheelchair candidate sits on its only wheelchair seat.
  await expect(a01).not.toHaveAttribute('data-occupant', '');
  const occupant = await a01.getAttribute('data-occupant');
  await a01.focus();
  await expect(a01).toBeFocused();
  await page.keyboard.press('f');
  await page.getByTestId('seat-reason').fill('升降桌故障');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fault-outcome')).toContainText('本场已无空闲的无障碍座位');
  await expect(page.getByTestId('choose-rebook')).toBeVisible();
  await page.screenshot({ path: 'test-results/seating-choice-zh.png', fullPage: true });
  await page.getByText('English').click();
  await expect(page.getByTestId('choose-rebook')).toContainText('Rebook to another session (BOOK-7)');
  await expect(page.getByTestId('fault-outcome')).toContainText('no wheelchair seat is free');
  await page.screenshot({ path: 'test-results/seating-choice-en.png', fullPage: true });
  await page.getByTestId('fault-choice').getByRole('button').first().click();
  await expect(page.getByTestId('fault-outcome')).toContainText('now sits on the regular seat');
  await expect(page.locator(`[data-occupant="${occupant}"]`)).toHaveCount(1);
  await expect(page.getByTestId('fault-choice')).toHaveCount(0);
});
