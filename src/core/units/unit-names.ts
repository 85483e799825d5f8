/**
 * Standard names of county/district departments, without the `区`/`县`/`市` prefix, with the
 * other spellings met in official tables. Used only to suggest a name, never to reject one.
 */
export interface StandardUnitName {
  name: string;
  aliases: readonly string[];
}

export const STANDARD_UNIT_NAMES: readonly StandardUnitName[] = [
  { name: '政府办', aliases: ['政府办公室', '人民政府办公室', '府办'] },
  { name: '委办', aliases: ['委办公室', '党委办公室'] },
  { name: '委组织部', aliases: ['组织部'] },
  { name: '委宣传部', aliases: ['宣传部'] },
  { name: '委网信办', aliases: ['网信办'] },
  { name: '发改委', aliases: ['发展改革委', '发展和改革委员会', '发改局'] },
  { name: '教体局', aliases: ['教育体育局', '教育局', '教育和体育局'] },
  { name: '科技局', aliases: ['科学技术局', '科技和工信局'] },
  { name: '工信局', aliases: ['工业和信息化局', '工信委'] },
  { name: '公安局', aliases: ['公安分局'] },
  { name: '民政局', aliases: [] },
  { name: '司法局', aliases: [] },
  { name: '财政局', aliases: [] },
  { name: '人社局', aliases: ['人力资源和社会保障局', '人力资源社会保障局'] },
  { name: '自然资源局', aliases: ['自然资源和规划局', '自然资源分局', '资规局'] },
  { name: '生态环境局', aliases: ['生态环境分局', '环保局'] },
  { name: '住建局', aliases: ['住房和城乡建设局', '住房城乡建设局', '城乡建设局'] },
  { name: '交通运输局', aliases: ['交通局', '交运局'] },
  { name: '水利局', aliases: [] },
  { name: '农业农村局', aliases: ['农业局', '农业农村和水利局'] },
  { name: '商务局', aliases: [] },
  { name: '文广旅局', aliases: ['文化广电新闻出版旅游局', '文广新旅局', '文旅局', '文化和旅游局', '文化旅游局'] },
  { name: '卫健委', aliases: ['卫生健康委', '卫生健康委员会', '卫健局', '卫生健康局'] },
  { name: '退役军人事务局', aliases: ['退役军人局'] },
  { name: '应急管理局', aliases: ['应急局'] },
  { name: '审计局', aliases: [] },
  { name: '市场监管局', aliases: ['市场监督管理局', '市监局'] },
  { name: '体育局', aliases: [] },
  { name: '统计局', aliases: [] },
  { name: '医保局', aliases: ['医疗保障局'] },
  { name: '城管局', aliases: ['城市管理局', '城市管理和综合执法局', '城管执法局'] },
  { name: '林业局', aliases: [] },
  { name: '信访局', aliases: [] },
  { name: '大数据管理中心', aliases: ['大数据中心', '数据局', '政务数据管理局'] },
  { name: '行政审批局', aliases: ['审批局', '政务服务中心', '政务服务管理局', '政务服务局'] },
  { name: '融媒体中心', aliases: ['融媒中心'] },
  { name: '档案馆', aliases: ['档案局'] },
  { name: '供销社', aliases: ['供销合作社'] },
  { name: '乡村振兴局', aliases: [] },
  { name: '住房公积金管理中心', aliases: ['公积金中心'] },
];

/**
 * Units managed from above (垂直管理): tables write them with or without the local prefix, and both
 * are right, so no prefix is ever suggested for them.
 */
export const VERTICAL_UNIT_NAMES: readonly string[] = ['税务局', '税务分局', '气象局', '烟草专卖局', '供电公司', '供电局', '邮政管理局', '邮政公司', '消防救援大队', '海关', '人民银行', '调查队', '国家统计局调查队'];

/** The standard name for a name without prefix (`卫生健康委` → `卫健委`), or null. */
export function standardUnitName(bare: string): string | null {
  for (const unit of STANDARD_UNIT_NAMES) {
    if (unit.name === bare || unit.aliases.includes(bare)) return unit.name;
  }
  return null;
}
