import type { DomainMessages } from './messages';

/**
 * Refusals the main process words for the screen (DomainError's `say`). The English `message` of
 * the error stays for logs and the CLI; test/ipc/error-words.test.ts requires a key here, in both
 * languages, for every CONFLICT, REFUSED and VALIDATION the main process throws.
 */
export const errorMessages: DomainMessages = {
  'zh-CN': {
    center: {
      exists: '本工作台已有考点 {{code}}，请在“设置 → 考点”中修改。',
      missing: '还没有设置考点：请先在“设置 → 初始设置”中设置考点（或运行 desk init）。',
      zoneLocked: '时区保持为 {{zone}}：已安排 {{sessions}} 个场次、{{appointments}} 个预约，它们的本地日期和时间按该时区确定，修改时区会使它们错位。',
      unknownProfile: '没有名为 {{profiles}} 的政策配置；请从工作台随附的配置中选择。',
    },
    accounts: {
      alreadySetUp: '本工作台已有操作员，请联系考点负责人为您添加账号。',
      samePassword: '新密码不能与当前密码相同。',
      usernameTaken: '用户名“{{username}}”已被使用。',
      notYourself: '不能停用自己，也不能取消自己的负责人角色。',
      lastManager: '工作台至少要保留一位有效的考点负责人。',
      lockedOut: '密码错误次数过多，该账号已锁定至 {{until}}（考点时间）。考点负责人可以在“设置 → 操作员”中为该账号重设密码，立即解除锁定。',
      disabled: '该账号已停用，请联系考点负责人。',
    },
    checkin: {
      rulesUndecided: '规则无法判定此次准入：{{detail}}',
      idRulesUndecided: '规则无法判定此次身份核验：{{detail}}',
      windowOpen: '该场次签到窗口仍开放（{{rule}}）：{{until}} 前到达的考生仍可入场。',
      photoSize: '照片大小须在 1 字节到 {{max}} 字节之间。',
      photoType: '照片不是 {{type}} 图片。',
      offlineLeasedElsewhere: '暂时连不上考点服务器：离线时本工作台只能为分配给本台的场次准入，该考生的场次（{{session}}）分配给了工作台 {{desk}}。考点负责人可填写理由强制准入。',
      offlineNotLeased: '暂时连不上考点服务器：离线时本工作台只能为分配给本台的场次准入，该考生的场次（{{session}}）没有分配给任何工作台。考点负责人可填写理由强制准入。',
    },
    backup: {
      failed: '备份到 {{folder}} 失败：{{detail}}',
      fullPath: '备份文件夹须为完整路径（例如 E:\\exam-desk-backups），而不是“{{folder}}”。',
    },
    exchange: {
      alreadySent: '该导出已于 {{at}} 标记为已发送。',
      noRoom: '第 {{line}} 行：{{date}} {{time}} 没有空闲考场安排预约 {{booking}}，请先添加考场或场次。',
      importRunning: '另一份名单正在导入（{{since}} UTC 开始），请等它完成后再试。',
      noCenter: '还没有设置考点，不能导入名单：请先在“设置 → 初始设置”中设置考点（代码须与名单的 center_code 一致）和考场。',
      missingColumns: '文件缺少以下列：{{fields}}。请先设置列对应关系，未导入任何数据。',
      problems: '文件中有 {{count}} 处问题，未导入任何数据。第一处：第 {{line}} 行{{column}}：{{detail}}',
      fileTooLarge: '文件大小为 {{size}} MB，名单文件最大为 {{limit}} MB。请拆分为较小的文件（例如每天一个）分别导入。未导入任何数据。',
      needsConfirmation: '此次导入将变更 {{count}} 个今天已安排、已排座、或将换人或改日期的预约：{{list}}。请核对后确认变更。未导入任何数据。',
    },
    rules: {
      outsideCalendar: '工作日历还没有 {{year}} 年（{{date}}），无法计算工作日。请考点负责人在“考试规则 → 工作日历”中录入 {{year}} 年的国务院放假安排后再试。',
    },
    recovery: {
      notDamaged: '数据库没有损坏。如需回到某个备份，请关闭工作台后运行“npm run desk -- restore”。',
      lockedOut: '密码错误次数过多，恢复操作已锁定至 {{until}}（考点时间）。请由备份中的另一位考点负责人操作，或到时再试。',
    },
    scores: {
      locked: '该成绩已发布并锁定，需由考点负责人填写原因后更正。',
      aboveMax: '分数 {{value}} 超过本部分满分 {{max}}。',
      resolved: '考点负责人已裁定该成绩。',
      enteredTwice: '该成绩已由两位操作员录入。',
      noDisagreement: '只有两次录入不一致的成绩才需要负责人裁定。',
      correctReleased: '只能更正已发布的成绩；未发布的成绩请重新录入。',
      absentNoScore: '缺考考生没有分数；到考考生必须有分数。',
      cancelLive: '只能取消有效的成绩。',
      notAdmitted: '{{name}} 未入场（没有签到记录），不能录入分数，只能记为缺考。如当天使用纸质应急签到，请考点负责人先按签字的签到表补录入场。',
      paperAlreadyAdmitted: '{{name}} 已入场（{{at}}），未做任何记录。',
      paperNotBooked: '{{name}} 的预约状态为“{{state}}”，只有已预约的考生可以补录入场。',
      paperArrivalLate: '到达时间 {{date}} {{time}} 晚于场次结束时间或尚未到来。',
      rulesUndecided: '规则无法确定此成绩的发布日期：{{detail}}',
      missingColumns: '文件缺少以下列：{{fields}}。未导入任何数据。',
      problems: '文件中有 {{count}} 处问题，未导入任何数据。第一处：第 {{line}} 行{{column}}：{{detail}}',
    },
    seating: {
      doesNotFit: '该场次超出考场容量：缺 {{seats}} 个座位、{{wheelchair}} 个无障碍座位。未做任何编排。',
      notSeated: '只能调动本场次已安排座位的考生。',
      seatNotWorking: '座位 {{seat}} 不可用。',
      needsWheelchair: '{{name}} 需要无障碍座位，{{seat}} 不是。',
      otherNeedsWheelchair: '{{name}} 需要无障碍座位。',
      alreadyFailed: '座位 {{seat}} 已标记为故障。',
      seatTaken: '座位 {{seat}} 已有考生；未安排座位的考生只能安排到空座。',
      stillSeated: '{{name}} 仍有可用座位（{{seat}}）；BOOK-7 改约只适用于本场无法安排座位的考生。',
    },
    incidents: {
      notInSession: '该考生不在这个场次。',
      inFuture: '{{date}} {{time}} 还没有到，事件时间不能晚于现在。',
      alreadyClosed: '事件 {{id}} 已经关闭。',
    },
    centerlink: {
      notJoined: '本工作台没有加入考点服务器，独立工作（以 --center 地址 --desk 名称 启动即可加入）。',
      offline: '考点服务器 {{server}} 自 {{since}} 起没有响应；本工作台按本机副本继续工作，联系恢复后再操作。',
      unreachable: '考点服务器 {{server}} 没有响应，未做任何修改。请检查网络后重试。',
      unknownDesk: '没有名为 {{desk}} 的工作台加入考点服务器。',
    },
    rooms: {
      noCenter: '还没有设置考点：请先在“设置 → 初始设置”中设置考点，再添加考场。',
      codeTaken: '已有考场使用代码 {{code}}。',
      seatsInUse: '座位 {{seats}} 上有已安排的考生（或其记录），请先在座位编排中调走。未做任何修改。',
      overlap: '考场 {{room}} 在该时间已有场次，同一考场的场次不能重叠。',
    },
    centerServer: {
      nonceReused: '工作台 {{desk}} 发来的准入编号已用于另一个预约；一个编号只对应一次准入。',
      conflictResolved: '该冲突已由 {{by}} 于 {{at}} 处理。',
      nothingToSwap: '预约 {{code}} 在考点服务器上已没有准入记录，该冲突只能按“保留第一次”处理。',
    },
  },
  en: {
    center: {
      exists: 'This desk already has its center {{code}}; change it in Settings → Center.',
      missing: 'No center is set up yet: set it up first in Settings → Set-up (or with desk init).',
      zoneLocked: 'The time zone stays {{zone}}: {{sessions}} sessions and {{appointments}} bookings are scheduled, and their local dates and times were fixed in it; changing it would move them.',
      unknownProfile: 'There is no policy profile {{profiles}}; choose among the profiles the desk ships.',
    },
    accounts: {
      alreadySetUp: 'This desk already has operators; ask a manager to add you.',
      samePassword: 'The new password must differ from the current one.',
      usernameTaken: 'The user name "{{username}}" is taken.',
      notYourself: 'You cannot disable yourself or take away your own manager role.',
      lastManager: 'The desk needs at least one active manager.',
      lockedOut: 'Too many wrong passwords: this account is locked until {{until}} (center time). A manager can reset its password under Settings → Operators to unlock it now.',
      disabled: 'This account is disabled; ask a manager.',
    },
    checkin: {
      rulesUndecided: 'The rules cannot decide this admission: {{detail}}',
      idRulesUndecided: 'The rules cannot decide this identity check: {{detail}}',
      windowOpen: 'The check-in window of this session is still open ({{rule}}): candidates arriving until {{until}} may still be admitted.',
      photoSize: 'The photo must be between 1 byte and {{max}} bytes.',
      photoType: 'The photo is not a {{type}} image.',
      offlineLeasedElsewhere:
        'The center server cannot be reached: offline, this desk admits only candidates of the sessions assigned to it, and this session ({{session}}) is assigned to desk {{desk}}. A manager may override with a written reason.',
      offlineNotLeased:
        'The center server cannot be reached: offline, this desk admits only candidates of the sessions assigned to it, and this session ({{session}}) is assigned to no desk. A manager may override with a written reason.',
    },
    backup: {
      failed: 'The backup to {{folder}} failed: {{detail}}',
      fullPath: 'The backup folder must be a full path (for example E:\\exam-desk-backups), not "{{folder}}".',
    },
    exchange: {
      alreadySent: 'This export was already marked sent at {{at}}.',
      noRoom: 'Line {{line}}: no room is free at {{date}} {{time}} for booking {{booking}}; add a room or a session first.',
      importRunning: 'Another roster import has been running since {{since}} UTC; wait for it to finish, then try again.',
      noCenter: "No center is set up yet, so a roster cannot be imported: first set up the center (its code as in the roster's center_code) and its rooms in Settings → Set-up.",
      missingColumns: 'The file has no column for {{fields}}; map them first. Nothing was imported.',
      problems: '{{count}} problem(s) in the file; nothing was imported. First: line {{line}}{{column}}: {{detail}}',
      fileTooLarge: 'The file is {{size}} MB; a roster may be at most {{limit}} MB. Split it into smaller files (for example one per day) and import each. Nothing was imported.',
      needsConfirmation: 'This import would change {{count}} booking(s) already planned for today, seated, or given to another person or date: {{list}}. Check them, then confirm the changes. Nothing was imported.',
    },
    rules: {
      outsideCalendar:
        'The working-day calendar has no {{year}} yet ({{date}}), so working days cannot be counted. A manager must enter the {{year}} official holiday schedule under Rules → Working-day calendar, then try again.',
    },
    recovery: {
      notDamaged: 'The database is not damaged. To go back to a backup, close the desk and run "npm run desk -- restore".',
      lockedOut: 'Too many wrong passwords: restoring is locked until {{until}} (center time). Another manager of the backup can do it, or try again then.',
    },
    scores: {
      locked: 'This result is released and locked; a manager corrects it with a reason.',
      aboveMax: "The score {{value}} is above this part's maximum of {{max}}.",
      resolved: 'A manager has already resolved this score.',
      enteredTwice: 'Two operators have already entered this score.',
      noDisagreement: 'Only a score whose two entries disagree needs a manager.',
      correctReleased: 'Only a released result is corrected; a held one is re-entered.',
      absentNoScore: 'An absent candidate has no score; a present one has a score.',
      cancelLive: 'Only a live result can be cancelled.',
      notAdmitted: '{{name}} was never admitted (no check-in): no score can be recorded, only "absent". If the day ran on the paper fallback pack, a manager first records the admission from the signed sheet.',
      paperAlreadyAdmitted: '{{name}} is already admitted ({{at}}); nothing was recorded.',
      paperNotBooked: 'The booking of {{name}} is "{{state}}"; only a booked candidate can be admitted from the sheet.',
      paperArrivalLate: 'An arrival at {{date}} {{time}} is after the session ended or still to come.',
      rulesUndecided: 'The rules cannot date this result: {{detail}}',
      missingColumns: 'The file has no column for {{fields}}. Nothing was imported.',
      problems: '{{count}} problem(s) in the file; nothing was imported. First: line {{line}}{{column}}: {{detail}}',
    },
    seating: {
      doesNotFit: 'The session does not fit this room: {{seats}} seat(s) and {{wheelchair}} wheelchair seat(s) missing. Nothing was planned.',
      notSeated: 'Only a seated candidate of this session can be moved.',
      seatNotWorking: 'Seat {{seat}} is not working.',
      needsWheelchair: '{{name}} needs a wheelchair seat; {{seat}} is not one.',
      otherNeedsWheelchair: '{{name}} needs a wheelchair seat.',
      alreadyFailed: 'Seat {{seat}} is already marked failed.',
      seatTaken: 'Seat {{seat}} is taken; an unseated candidate is seated on a free seat.',
      stillSeated: '{{name}} has a working seat ({{seat}}); BOOK-7 rebooks only a candidate this session cannot seat.',
    },
    incidents: {
      notInSession: 'This candidate is not booked in this session.',
      inFuture: '{{date}} {{time}} has not come yet; an incident cannot be later than now.',
      alreadyClosed: 'Incident {{id}} is already closed.',
    },
    centerlink: {
      notJoined: 'This desk is not joined to a center server and works alone (start it with --center URL --desk NAME to join).',
      offline: 'The center server {{server}} has not answered since {{since}}; this desk works from its copy. Try again once it answers.',
      unreachable: 'The center server {{server}} did not answer; nothing was changed. Check the network and try again.',
      unknownDesk: 'No desk named {{desk}} has joined the center server.',
    },
    rooms: {
      noCenter: 'No center is set up yet: set up the center first in Settings → Set-up, then add rooms.',
      codeTaken: 'Another room already has the code {{code}}.',
      seatsInUse: 'Seats {{seats}} hold planned candidates (or their history); move them in the seat plan first. Nothing was changed.',
      overlap: 'Room {{room}} already has a session at that time; sessions in one room may not overlap.',
    },
    centerServer: {
      nonceReused: 'The admission number sent by desk {{desk}} was already used for another appointment; one number names one admission.',
      conflictResolved: 'This conflict was already resolved by {{by}} at {{at}}.',
      nothingToSwap: 'Appointment {{code}} has no admission at the center server any more; this conflict can only be resolved as “kept first”.',
    },
  },
};
