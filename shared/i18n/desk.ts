import type { DomainMessages } from './messages';

/** Check-in desk controls that are not about the rules: camera, keyboard hints, panels. */
export const deskMessages: DomainMessages = {
  'zh-CN': {
    reveal: { button: '显示完整证件号（记入审计）', reason: '原因（必填，至少 5 个字）', show: '显示', purged: '（已按保留期限清除）' },
    camera: { start: '打开摄像头', capture: '拍照', retake: '重拍', off: '关闭摄像头', unavailable: '无法使用摄像头：{{message}}', taken: '已拍照' },
    yes: '是',
    no: '否',
    pickCandidate: '扫描准考证或输入考生信息后，按 Enter 打开考生。',
    refresh: '刷新',
    session: '场次',
    admitHint: 'Ctrl+Enter 签到入场',
    backToSearch: 'Esc 返回搜索',
    checkedBy: '核验人：{{by}}，{{at}}',
  },
  en: {
    reveal: { button: 'Show the full number (audited)', reason: 'Reason (required, 5+ characters)', show: 'Show', purged: '(purged after the retention period)' },
    camera: { start: 'Start camera', capture: 'Take photo', retake: 'Retake', off: 'Camera off', unavailable: 'The camera cannot be used: {{message}}', taken: 'Photo taken' },
    yes: 'Yes',
    no: 'No',
    pickCandidate: 'Scan an admission ticket or type a candidate’s details, then press Enter to open them.',
    refresh: 'Refresh',
    session: 'Session',
    admitHint: 'Ctrl+Enter admits',
    backToSearch: 'Esc returns to the search',
    checkedBy: 'Checked by {{by}} at {{at}}',
  },
};
