/**
 * The fields of a sponsor roster (../shared/formats/README.md) and the headers sponsors use for
 * them, in English and Chinese. A mapping says which column of a file holds which field.
 */
export const IMPORT_FIELDS = [
  'booking_id',
  'candidate_name',
  'name_pinyin',
  'id_type',
  'id_number',
  'phone',
  'email',
  'sponsor',
  'program_profile',
  'subject_code',
  'subject_name',
  'level',
  'part',
  'exam_date',
  'start_time',
  'duration_min',
  'center_code',
  'order_id',
  'order_paid_at',
  'order_amount_fen',
  'coupon_code',
  'coupon_discount_fen',
  'redeem_code',
  'booked_at',
  'attempt_no',
  'accommodations',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these a booking cannot be admitted at the desk. */
export const REQUIRED_FIELDS: readonly ImportField[] = [
  'booking_id',
  'candidate_name',
  'id_type',
  'id_number',
  'sponsor',
  'program_profile',
  'subject_code',
  'part',
  'exam_date',
  'start_time',
  'duration_min',
  'center_code',
  'order_id',
  'order_amount_fen',
  'booked_at',
];

const ALIASES: Record<ImportField, string[]> = {
  booking_id: ['booking id', 'booking', 'booking no', 'appointment id', '预约号', '预约编号', '预约id', '预约单号', '预约码'],
  candidate_name: ['name', 'candidate', 'candidate name', '姓名', '考生姓名', '考生', '名字'],
  name_pinyin: ['pinyin', 'name pinyin', '拼音', '姓名拼音', '拼音姓名'],
  id_type: ['document type', 'id type', '证件类型', '证件种类'],
  id_number: ['document number', 'id no', 'id number', '证件号码', '证件号', '身份证号', '身份证号码'],
  phone: ['mobile', 'telephone', 'phone number', '手机', '手机号', '手机号码', '电话', '联系电话'],
  email: ['e-mail', 'mail', '邮箱', '电子邮件', '电子邮箱', '邮件'],
  sponsor: ['vendor', 'exam sponsor', '主办方', '考试主办方', '主办单位', '厂商', '认证厂商'],
  program_profile: ['profile', 'policy', 'policy profile', '政策', '政策配置', '考试政策', '政策方案', '项目'],
  subject_code: ['subject', 'exam code', '科目代码', '科目编号', '考试代码'],
  subject_name: ['exam name', '科目名称', '考试名称', '科目'],
  level: ['级别', '等级', '认证级别'],
  part: ['exam part', '考试部分', '部分', '考试类型'],
  exam_date: ['date', '考试日期', '日期'],
  start_time: ['time', 'start', '开始时间', '考试时间'],
  duration_min: ['duration', 'minutes', '时长', '考试时长', '时长(分钟)', '考试时长(分钟)'],
  center_code: ['center', 'test center', '考点代码', '考点编号', '考点'],
  order_id: ['order', 'order no', '订单号', '订单编号'],
  order_paid_at: ['paid at', '支付时间', '付款时间'],
  order_amount_fen: ['amount', 'amount fen', '订单金额', '金额', '金额(分)', '订单金额(分)'],
  coupon_code: ['coupon', '优惠券', '优惠码', '优惠券码'],
  coupon_discount_fen: ['discount', '优惠金额', '优惠金额(分)'],
  redeem_code: ['redeem', '兑换码'],
  booked_at: ['booking time', '预约时间'],
  attempt_no: ['attempt', '第几次', '考试次数', '次数'],
  accommodations: ['accommodation', '特殊安排', '便利措施', '特殊需求'],
};

/** The header aliases of a field (English and Chinese), for documentation and tests. */
export function aliasesOf(field: ImportField): readonly string[] {
  return ALIASES[field];
}

/** Header text compared loosely: case, spaces, underscores, full-width brackets and a BOM ignored. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}

const LOOKUP = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) {
  LOOKUP.set(headerKey(f), f);
  for (const a of ALIASES[f]) LOOKUP.set(headerKey(a), f);
}

/** Field → column index, or null. */
export type ImportMapping = Partial<Record<ImportField, number | null>>;

/** Guesses the mapping from the header row; a preset (field → header text) wins where it matches. */
export function autoMap(headers: readonly string[], preset?: Partial<Record<ImportField, string>>): ImportMapping {
  const mapping: ImportMapping = {};
  const keys = headers.map(headerKey);
  for (const f of IMPORT_FIELDS) {
    const wanted = preset?.[f];
    const fromPreset = wanted === undefined ? -1 : keys.indexOf(headerKey(wanted));
    if (fromPreset >= 0) {
      mapping[f] = fromPreset;
      continue;
    }
    const i = keys.findIndex((k) => LOOKUP.get(k) === f);
    mapping[f] = i >= 0 ? i : null;
  }
  return mapping;
}

export function missingRequired(mapping: ImportMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null || mapping[f] === undefined);
}
