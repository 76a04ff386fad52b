import type { DomainMessages } from './messages';

/** The recovery screen shown when the database failed its check at start-up. */
export const recoveryMessages: DomainMessages = {
  'zh-CN': {
    title: '数据库恢复',
    damaged: '数据库文件已损坏，未被打开',
    kept: '为避免写坏数据，本机不会继续使用这个文件。恢复备份时它会被原样保留，不会删除。',
    offer: '最新的完好备份：{{time}}（{{zone}}）',
    lost: '{{time}} 之后在本机所做的操作不在这份备份里，恢复后请核对并补录。',
    who: '请考点负责人输入这份备份中的负责人账号和密码：',
    username: '用户名',
    password: '密码',
    restore: '恢复 {{time}} 的备份',
    done: '已恢复 {{time}} 的备份，并记入审计日志。',
    keptAt: '损坏的文件保存在：',
    redo: '请先核对今天的签到和成绩，补录备份时间之后的操作。',
    continue: '继续登录',
    none: '在 {{folder}} 中没有通过检查的备份。损坏的文件未被改动。请联系技术支持，或在命令行指定其他位置的备份：',
  },
  en: {
    title: 'Database recovery',
    damaged: 'The database file is damaged and was not opened',
    kept: 'To avoid writing into a broken file, the desk will not use it. Restoring a backup keeps it aside as it is; it is never deleted.',
    offer: 'Newest good backup: {{time}} ({{zone}})',
    lost: 'Anything done on this desk after {{time}} is not in this backup: check and re-enter it after the restore.',
    who: 'The center manager signs with a manager account and password of this backup:',
    username: 'User name',
    password: 'Password',
    restore: 'Restore the backup of {{time}}',
    done: 'The backup of {{time}} was restored and the restore was recorded in the audit log.',
    keptAt: 'The damaged file is kept at:',
    redo: "Check today's admissions and scores first, and re-enter what was done after the backup.",
    continue: 'Continue to sign in',
    none: 'There is no backup in {{folder}} that passes its check. The damaged file has not been touched. Call support, or restore a backup from another place on the command line:',
  },
};
