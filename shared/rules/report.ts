/** REP-1: per-subject counts of the center report. Pure: rows in, figures out. */
export interface AttemptRow {
  subject: string;
  attended: boolean;
  passed: boolean;
}

export interface SubjectReport {
  subject: string;
  registered: number;
  attended: number;
  passed: number;
  /** passed / attended in percent with one decimal, null when nobody attended. */
  passRate: number | null;
}

export function subjectReport(rows: readonly AttemptRow[]): SubjectReport[] {
  const by = new Map<string, SubjectReport>();
  for (const row of rows) {
    let r = by.get(row.subject);
    if (!r) {
      r = { subject: row.subject, registered: 0, attended: 0, passed: 0, passRate: null };
      by.set(row.subject, r);
    }
    r.registered += 1;
    if (row.attended) r.attended += 1;
    if (row.attended && row.passed) r.passed += 1;
  }
  return [...by.values()].map((r) => ({ ...r, passRate: r.attended === 0 ? null : Math.round((r.passed / r.attended) * 1000) / 10 })).sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
}
