import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountsContract } from '../../shared/accounts/contract';
import { recordIdCheckSchema } from '../../shared/checkin/contract';
import { importRequest } from '../../shared/exchange/import-contract';
import { fieldIssues, type FieldIssue } from '../../shared/forms/field-issues';
import { resourcesFor } from '../../shared/i18n/resources';
import { roomsContract } from '../../shared/seating/rooms-contract';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'zh-CN', fallbackLng: false, resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') }, interpolation: { escapeValue: false } });
});
/** The words a form field shows, in a language. */
const words = (issues: Record<string, FieldIssue>, lng: 'zh-CN' | 'en') => Object.fromEntries(Object.entries(issues).map(([f, i]) => [f, i18n.getFixedT(lng)(i.key, i.values ?? {})]));

describe('form fields are checked by the shared request schemas, in the operator language', () => {
  it('operators: a short username and password are named on their fields in zh-CN and English', () => {
    const issues = fieldIssues(accountsContract['accounts.create'].request, { username: 'a', displayName: '', role: 'proctor', password: 'short' });
    expect(words(issues, 'zh-CN')).toEqual({ username: '至少 2 个字符。', displayName: '必填。', password: '至少 8 个字符。' });
    expect(words(issues, 'en')).toEqual({ username: 'At least 2 characters.', displayName: 'Required.', password: 'At least 8 characters.' });
  });

  it("operators: a username with a space gets the format's words, not the schema's English", () => {
    const issues = fieldIssues(accountsContract['accounts.create'].request, { username: 'li li', displayName: '李', role: 'proctor', password: 'long-enough-1' });
    expect(words(issues, 'zh-CN')).toEqual({ username: '只能用字母、数字、点、短横线或下划线。' });
    expect(words(issues, 'en')).toEqual({ username: 'Letters, digits, dot, dash or underscore only.' });
  });

  it('a request the desk would accept has no field issue', () => {
    expect(fieldIssues(accountsContract['accounts.create'].request, { username: 'li', displayName: '李监考', role: 'proctor', password: 'proctor-pass-1' })).toEqual({});
  });

  it('rooms and sessions: a bad room code, a missing room, a day that does not exist, a bad time', () => {
    const room = fieldIssues(roomsContract['rooms.save'].request, { roomId: null, code: 'D 1', name: '考场D', rows: 6, cols: 6, proctor: null, cells: [] });
    expect(words(room, 'zh-CN')).toEqual({ code: '只能用字母、数字或短横线。' });
    const session = fieldIssues(roomsContract['sessions.create'].request, { roomId: undefined, date: '2026-02-30', start: '9点', durationMin: 120 });
    expect(words(session, 'zh-CN')).toEqual({ roomId: '必填。', date: '须为存在的日期，格式 YYYY-MM-DD。', start: '时间格式如 09:00。' });
    expect(words(session, 'en')).toEqual({ roomId: 'Required.', date: 'A day that exists, written YYYY-MM-DD.', start: 'A time like 09:00.' });
  });

  it('identity check: request fields are put on the form fields that hold them', () => {
    const request = {
      appointmentId: 1,
      documentType: 'CN_ID',
      documentNumber: '1'.repeat(65),
      expiryDate: '2034-13-01',
      longTerm: false,
      originalPresented: true,
      nameOnDocument: '王'.repeat(101),
      photoMatches: true,
      staffCheck: 'pass',
    };
    const issues = fieldIssues(recordIdCheckSchema, request, { documentNumber: 'number', expiryDate: 'expiry' });
    expect(words(issues, 'zh-CN')).toEqual({ number: '最多 64 个字符。', expiry: '须为存在的日期，格式 YYYY-MM-DD。', nameOnDocument: '最多 100 个字符。' });
  });

  it('import mapping: a column past the last the desk reads is named on its field', () => {
    const issues = fieldIssues(importRequest.pick({ mapping: true }), { mapping: { candidate_name: 501, booking_id: 0 } });
    expect(words(issues, 'en')).toEqual({ 'mapping.candidate_name': 'At most 500.' });
  });
});
