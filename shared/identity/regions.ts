/**
 * A few real county-level address codes (GB/T 2260) used by the generators, so that generated ID
 * numbers look like the ones a center sees. Not a complete table: validation checks only the
 * province (first two digits), see cn-id.ts.
 */
export const SAMPLE_REGION_CODES = [
  '110101', // 北京市东城区
  '110105', // 北京市朝阳区
  '120101', // 天津市和平区
  '210102', // 沈阳市和平区
  '310104', // 上海市徐汇区
  '310115', // 上海市浦东新区
  '320106', // 南京市鼓楼区
  '330106', // 杭州市西湖区
  '350203', // 厦门市思明区
  '370202', // 青岛市市南区
  '420111', // 武汉市洪山区
  '430104', // 长沙市岳麓区
  '440106', // 广州市天河区
  '440304', // 深圳市福田区
  '440305', // 深圳市南山区
  '500103', // 重庆市渝中区
  '510107', // 成都市武侯区
  '530102', // 昆明市五华区
  '610113', // 西安市雁塔区
  '650102', // 乌鲁木齐市天山区
] as const;
