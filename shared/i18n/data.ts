import type { DomainMessages } from './messages';

/** The Data screen: exports for sponsors and the outbox. */
export const dataMessages: DomainMessages = {
  'zh-CN': {
    title: '数据导入导出',
    export: {
      title: '导出给主办方',
      kind: '内容',
      kinds: { attendance: '出勤情况', idchecks: '身份核验结果', results: '成绩' },
      format: '格式',
      date: '日期',
      run: '导出',
      done: '已导出 {{rows}} 行：{{file}}（已放入待发送列表）',
      hint: '导出文件中的证件号码只保留后四位；以 = + - @ 开头的单元格已做防公式处理。',
    },
    outbox: {
      title: '待发送与已导出',
      empty: '还没有导出记录。',
      file: '文件',
      rows: '行数',
      created: '导出时间',
      by: '导出人',
      sent: '发送',
      notSent: '待发送',
      markSent: '标记为已发送',
    },
    import: { pending: '名单导入（CSV/XLSX）将在工单 #8 中完成。' },
  },
  en: {
    title: 'Data',
    export: {
      title: 'Export for the sponsor',
      kind: 'Content',
      kinds: { attendance: 'Attendance', idchecks: 'Identity-check outcomes', results: 'Results' },
      format: 'Format',
      date: 'Date',
      run: 'Export',
      done: 'Exported {{rows}} rows: {{file}} (queued in the outbox)',
      hint: 'Document numbers keep only their last 4 characters; cells starting with = + - @ are neutralised so spreadsheets do not run them.',
    },
    outbox: {
      title: 'Outbox and past exports',
      empty: 'Nothing exported yet.',
      file: 'File',
      rows: 'Rows',
      created: 'Exported at',
      by: 'By',
      sent: 'Sent',
      notSent: 'Waiting',
      markSent: 'Mark as sent',
    },
    import: { pending: 'Roster import (CSV/XLSX) arrives with issue #8.' },
  },
};
