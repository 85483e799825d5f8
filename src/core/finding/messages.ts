/**
 * Chinese messages for findings, kept in one place. Each part of the core owns a labelled
 * section; add yours as a new section rather than editing another's.
 */
import { splitIsoDate, type IsoDate } from '../deadline';

/** `2024-07-31` → `2024年7月31日`. */
export function chineseDate(date: IsoDate): string {
  const { year, month, day } = splitIsoDate(date);
  return `${year}年${month}月${day}日`;
}

// ─── 完成时限 (deadline): src/core/deadline-check.ts ───────────────────────────────────────

const READABLE_DEADLINES = '“2024年6月30日前”“8月底前”“三季度末”“年底前”“每季度末”“持续推进”';

export const deadlineMessages = {
  /** Every deadline finding names its task, as the unit findings do. */
  forTask: (taskId: string, task: string, message: string) => `${taskLabel(taskId, task)}${message}`,
  missing: () => '未填写完成时限',
  noDate: (text: string) => `完成时限一栏写的是“${text.length > 30 ? `${text.slice(0, 30)}……` : text}”，没有写明日期`,
  missingSuggestion: () => '请填写完成时限，如“年底前”“8月底前”“6月30日前”或“持续推进”',
  unknown: (text: string) => `无法识别完成时限“${text}”`,
  invalidDate: (text: string) => `完成时限“${text}”不是有效日期（日期不存在或起止颠倒）`,
  unknownSuggestion: () => `请改为可识别的写法，如${READABLE_DEADLINES}`,
  beforePlanYear: (text: string, due: IsoDate, planYear: number) =>
    `完成时限“${text}”的截止日期${chineseDate(due)}早于计划年度${planYear}年`,
  afterPlanYear: (text: string, due: IsoDate, planYear: number) =>
    `完成时限“${text}”的截止日期${chineseDate(due)}不在计划年度${planYear}年内`,
  outsidePlanYearSuggestion: () => '请核对年份是否有误',
  range: (text: string, from: IsoDate, due: IsoDate) =>
    `完成时限“${text}”是一个时间段（${chineseDate(from)}起），按结束日期${chineseDate(due)}计`,
  severalDates: (text: string, dates: IsoDate[], due: IsoDate) =>
    `完成时限“${text}”含多个日期（${dates.map(chineseDate).join('、')}），按最晚的${chineseDate(due)}计`,
  dateInText: (text: string, due: IsoDate) => `从完成时限“${text}”中取日期${chineseDate(due)}`,
  beforePeriod: (text: string, due: IsoDate) =>
    `完成时限“${text}”按字面理解为在该月（季度）开始之前完成，截止日期取${chineseDate(due)}`,
  beforePeriodSuggestion: () => '如指该月（季度）结束前，请写成“8月底前”“四季度末”这样的形式',
  immediate: (text: string) => `完成时限“${text}”按立即整改、持续推进处理：不设截止日期，不会显示逾期`,
  immediateSuggestion: () => '如有整改期限，请填写具体日期',
  asRequired: (text: string) => `完成时限“${text}”没有具体日期，按持续推进处理，不会显示逾期`,
  asRequiredSuggestion: () => '收到明确时限后，请改填具体日期',
  ongoingInText: (text: string, clause: string) => `完成时限“${text}”没有具体日期，按其中的“${clause}”作持续推进处理，不会显示逾期`,
  ongoingInTextSuggestion: () => '如有截止日期，请填写具体日期',
};

// ─── 导入与单位 (import, units): src/core/import/**, src/core/unit-*.ts ─────────────────────

/** How a task is named in a message: `任务1-03（“及时公开我区……”）`. */
function taskLabel(taskId: string, task: string): string {
  const excerpt = task.length > 16 ? `${task.slice(0, 16)}……` : task;
  return `任务${taskId}（“${excerpt}”）`;
}

export const importMessages = {
  noPlanYear: () => '未能从文件中读出计划年度（如“2024年……任务分解表”）',
  noPlanYearSuggestion: () => '请用 --year 指定计划年度，如 --year 2024',
  planYearOverridden: (found: number, given: number) => `文件标明的年度为${found}年，按指定的${given}年处理`,
  planYearFromTasks: (year: number) => `任务以上没有写明年度，按任务文字中写的${year}年作为计划年度`,
  planYearFromTasksSuggestion: () => '年度不对时，请指定计划年度（命令行用 --year，任务窗格填“计划年度”）再导入',
  rowSkipped: (text: string) => `这一行写有单位或时限，但没有工作任务文字，没有导入：“${text.length > 40 ? `${text.slice(0, 40)}……` : text}”`,
  rowSkippedSuggestion: () => '如这是一项任务，请在原表中补上任务文字后再导入，或导入后在台账中补上',
  textUnread: (text: string) => `这段文字在某项任务的单位之后，没有读入任何任务：“${text.length > 40 ? `${text.slice(0, 40)}……` : text}”`,
  textUnreadSuggestion: () => '如这是一项任务，请在原文中给它编号或写明单位后再导入，或导入后在台账中补上',
  noHeader: () => '没有找到表头行：应有“工作任务”（或“任务内容”“主要任务”“重点任务”）及“牵头单位”“完成时限”等列名',
  noHeaderSuggestion: () => '请确认文件中含有任务分解表，且表头写有列名',
  noTable: () => '文件中没有找到表格内容',
  /** A section heading with no task read under it: a task taken for a heading would be lost without a word. */
  emptySection: (title: string) => `“${title.length > 40 ? `${title.slice(0, 40)}……` : title}”读作板块标题，但其下没有读出任何任务`,
  emptySectionSuggestion: () => '请对照原表核对：如这是一项任务，请在台账中补上；如原表这一板块确实没有任务，可不处理',
  /** The columns a person chose (指定列), when the importer could not read the table by itself. */
  columnsChosen: (chosen: string) => `按指定的列读取：${chosen}；其余有内容的列写入“备注”`,
  chosenNoTask: () => '指定的列中没有“工作任务”（或“具体要求”）列，无法读出任务',
  chosenColumnMissing: (column: number, width: number) => `表中没有第${column}列（只有${width}列）`,
  chosenColumnTwice: (column: number) => `第${column}列被指定了两种内容`,
  chosenHeaderRowMissing: (row: number) => `表中没有第${row}行，或这一行是空行`,
  chosenColumnsSuggestion: () => '请对照预览重新指定：每列至多一种内容，且须指定“工作任务”列',
  /** A table the importer could not read, with the way out: choose its columns. */
  chooseColumnsSuggestion: () => '可以手动指定各列的内容（哪一列是工作任务、牵头单位、完成时限）后再导入',
  noTasks: () => '表头下面没有读出任何工作任务',
  leadByConvention: (column: string) =>
    `本表没有“牵头单位”列，按惯例把“${column}”中排在第一位的单位作为牵头单位，其余作为配合单位`,
  proseLeadByConvention: () => '有些任务只写了“责任单位”，按惯例把其中排在第一位的单位作为牵头单位，其余作为配合单位',
  leadByConventionSuggestion: () => '如牵头单位不是排在第一位的单位，请在台账中改正',
  leadFromCategory: () => '有些任务行没有填写牵头单位，按所在板块标题（如“××局牵头工作”）中写明的单位作为牵头单位',
  leadFromCoCell: (column: string, rows: readonly number[]) =>
    `第${rows.join('、')}行没有填写牵头单位，按惯例把“${column}”中排在第一位的单位作为牵头单位，其余作为配合单位`,
  leadFromCoCellSuggestion: () => '如这些行另有牵头单位（或这一格原与上一行合并，复制或转换时只留在第一行），请在台账中改正',
  leadFromCategorySuggestion: () => '如某项任务另有牵头单位，请在台账中改正',
  /** Page text giving a merged cell once, in its first row: the rows below take it. */
  mergedCellBelow: (column: string, rows: readonly number[]) =>
    `“${column}”列在第${rows.join('、')}行为空，而上方的这一格只写了一次：按网页表格的合并单元格（只写在第一行）读取，这些行取其上方的内容`,
  mergedCellBelowSuggestion: (column: string) => `如某行确实没有“${column}”，请在台账中删去`,
  /** Unit names run together with nothing between, each given on its own elsewhere in the table. */
  namesRunTogether: (run: string, units: readonly string[]) => `“${run}”按本表别处的写法读作${units.map((u) => `“${u}”`).join('')}${units.length === 2 ? '两' : units.length}个单位`,
  namesRunTogetherSuggestion: (run: string) => `如“${run}”是一个单位的全称，请在台账中改正`,
  categoryCount: (title: string, stated: number, read: number) => `板块“${title}”写明${stated}项，实际读出${read}项任务`,
  categoryCountSuggestion: () => '请对照原表核对：是否有任务被分页截断、两行合成了一行或漏读',
  responsibleAsLead: (lead: string, co: string) => `本表没有“牵头单位”列，“${lead}”列按牵头单位读取，“${co}”列按配合单位读取`,
  responsibleAsLeadSuggestion: (lead: string) => `如“${lead}”中的单位并非都牵头，请在台账中改正`,
  /** A role's further column (`工作要求` beside `具体要求`): kept as `名称：内容` lines in the field `into`. */
  columnMerged: (name: string, kept: string, into: string) => `“${name}”列与“${kept}”列是同一类内容，其内容已写入“${into}”，写作“${name}：……”`,
  columnByContent: (name: string, role: string) => `“${name}”列不是常见的列名，按其内容读作“${role}”`,
  columnByContentSuggestion: (name: string, role: string) => `如读错，请把“${name}”改为正确的列名（如“${role}”）后重新导入`,
  columnKept: (names: readonly string[], kept: string) =>
    `${names.map((n) => `“${n}”`).join('、')}列不是台账中的列，其内容已写入“${kept}”，写作“${names[0]}：……”`,
  columnKeptSuggestion: () => '如不需要这些内容，可在台账中删去',
  /** A table with no 完成时限 column whose 备注 (or another column kept as text) states the deadline (`11月底前完成`). */
  deadlineFromRemark: (column: string, count: number, example: string) =>
    `本表没有“完成时限”列，${count}项任务的完成时限取自“${column}”列写明的时间（如“${example}”）`,
  deadlineFromRemarkSuggestion: (column: string) => `如“${column}”列中的时间不是完成时限，请在台账中改正`,
  emptyTask: (taskId: string) => `任务${taskId}的工作任务内容为空`,
  noTextLayer: (pages: number) => `是扫描件（${pages}页都是图片），没有文字层，读不出表格`,
  implausible: (tasks: number, reasons: string[]) => `读出${tasks}项任务，但结果看来不对，没有生成台账：${reasons.join('；')}`,
  implausibleNeither: (count: number, tasks: number) => `${tasks}项中有${count}项既没有牵头单位也没有完成时限`,
  implausibleUnits: (count: number, examples: string[]) => `有${count}个牵头单位不像单位名称（如${examples.map((e) => `“${e}”`).join('、')}），像是几列文字连在了一起`,
  implausibleUnitTasks: (count: number, tasks: number, examples: string[]) =>
    `${tasks}项中有${count}项的工作任务只是一个单位名称（如${examples.map((e) => `“${e}”`).join('、')}），像是读错了列`,
  implausibleCount: (tasks: number, numbered: number) => `表中序号共${numbered}个，读出的任务却有${tasks}项`,
  implausibleHeadingItems: (title: string, from: number, to: number) =>
    `板块标题“${title.length > 20 ? `${title.slice(0, 20)}……` : title}”里含有编号${from}至${to}的${to - from + 1}个条目，像是表格的几行被读进了一个标题`,
  implausibleTaskItems: (taskId: string, from: number, to: number) => `任务${taskId}里含有编号${from}至${to}的条目，像是后面几行被读进了这一项任务`,
  implausibleNumberingContinued: (taskIds: readonly string[]) =>
    `任务${taskIds.slice(0, 3).join('、')}${taskIds.length > 3 ? `等${taskIds.length}项` : ''}里的编号接着上一项任务里的编号往下排，像是几项任务被读进了同一项`,
  implausibleItemsMerged: (taskIds: readonly string[]) =>
    `任务${taskIds.slice(0, 3).join('、')}${taskIds.length > 3 ? `等${taskIds.length}项` : ''}的文字中间还有“（责任单位：……）”一类的括号，其后又是一项工作，像是两项任务被读成了一项`,
  /** Page text read one cell a line (see read-cell-per-line.ts) whose lines do not fit the columns. */
  implausiblePageText: (rows: number, reasons: string[]) => `按“一格一行”的网页或 PDF 文字读出${rows}行表格，但结果看来不对，没有生成台账：${reasons.join('；')}`,
  pageTextMisfits: (count: number) => `有${count}行文字放不进与其内容相符的列（如序号、单位或时限出现在别的列）`,
  pageTextCutSentences: (count: number, examples: string[]) => `有${count}格文字句子没写完就断开（如${examples.map((e) => `“${e}”`).join('、')}），像是 PDF 转出的文字中几列的行交错在一起`,
  pageTextCutNames: (examples: string[]) => `表头的列名被断开（如${examples.map((e) => `“${e}”`).join('、')}），像是 PDF 转出的文字`,
  implausibleSuggestion: () => '如是从 PDF 复制或用 pdftotext 转出的文字，请直接导入 PDF 文件或原 .docx；否则请把表格另存为 .docx 或 .xlsx 后再导入',
  needsLibreOffice: (ext: string, to: 'docx' | 'xlsx' = 'docx') =>
    `是 ${ext} 文件，需要 LibreOffice 转换后才能读取，但本机没有安装。请用${to === 'docx' ? ' Word 或 WPS' : ' Excel 或 WPS'} 打开后“另存为” .${to} 再导入；或安装 LibreOffice（sudo apt-get install libreoffice-${to === 'docx' ? 'writer' : 'calc'}-nogui）`,
  conversionFailed: (ext: string, detail: string, to: 'docx' | 'xlsx' = 'docx') =>
    `LibreOffice 未能把这个 ${ext} 文件转换为 .${to}（${detail || '没有输出'}）。请用${to === 'docx' ? ' Word 或 WPS' : ' Excel 或 WPS'} 打开后“另存为” .${to} 再导入`,
  notValid: (ext: string) => `不是有效的 ${ext} 文件（文件内容与扩展名不符）`,
  ofd: () => 'OFD 版式文件不能直接读取。请用数科 OFD 阅读器、WPS 或福昕阅读器打开，导出为 PDF（或另存为 .docx）后再导入',
  noTextLayerSuggestion: () => '请向发文单位索取 .docx 或可复制文字的 PDF；或先用 WPS/Office 的“图片转文字”（OCR）转成 .docx，核对无误后再导入',
};

export const unitMessages = {
  leadMissing: (taskId: string, task: string, written: string) =>
    written === '' ? `${taskLabel(taskId, task)}没有填写牵头单位` : `${taskLabel(taskId, task)}的牵头单位为“${written}”，没有具体单位`,
  leadMissingSuggestion: () => '请补填牵头单位，否则无法分发和催报',
  leadMissingBelow: (above: string) => `请补填牵头单位，否则无法分发和催报；如这一格原与上一行合并（复制或转换时合并单元格只留在第一行），应为“${above}”`,
  group: (taskId: string, name: string) => `任务${taskId}的“${name}”是泛指，不是某一个具体单位，无法分发和催报`,
  groupSuggestion: () => '请写明具体单位名称',
  /** `区发改委等有关部门`: the importer keeps 区发改委 and the marker `等有关部门`. */
  groupAfterList: (taskId: string, group: string, field: string) =>
    `任务${taskId}的${field}写有“${group}”，是泛指，没有列出具体单位，已作为一组单位的标记保留，无法分发和催报`,
  groupAfterListSuggestion: () => '请从单位名录中选出这些单位，写明单位名称（可在台账中替换这一标记）',
  duplicate: (taskId: string, name: string, field: string) => `任务${taskId}的${field}中“${name}”出现了不止一次`,
  duplicateSuggestion: (name: string) => `只保留一个“${name}”`,
  notCanonical: (taskId: string, name: string, canonical: string) =>
    `任务${taskId}的“${name}”与本表其他单位的写法不一致，应为“${canonical}”`,
  fragment: (taskId: string, name: string) => `任务${taskId}的“${name}”不是完整的单位名称（可能被分页截断）`,
  unknownWithSuggestion: (taskId: string, name: string) => `任务${taskId}的“${name}”不在单位名录中`,
  unknown: (taskId: string, name: string) => `任务${taskId}的“${name}”不在单位名录中，也找不到相近的单位`,
  unknownSuggestion: () => '请核对单位名称，或把它加入单位名录',
  leadMarkScope: (taskId: string, task: string, list: string[], marked: string) =>
    `${taskLabel(taskId, task)}的“（牵头）”写在“${list.join('、')}”之后，可能只指“${marked}”；已按${list.join('、')}共同牵头读取`,
  leadMarkScopeSuggestion: (list: string[], marked: string) =>
    `如只由${marked}牵头，请把${list.filter((u) => u !== marked).join('、')}改为配合单位`,
  fieldName: (field: 'leadUnits' | 'coUnits') => (field === 'leadUnits' ? '牵头单位' : '配合单位'),
  /** An alias of the 单位名录 written as its unit at import, without asking. */
  aliasApplied: (taskId: string, field: 'leadUnits' | 'coUnits', from: string, to: string) =>
    `任务${taskId}的${field === 'leadUnits' ? '牵头单位' : '配合单位'}“${from}”是单位名录中“${to}”的别称，已改为“${to}”`,
};

// ─── 采用建议 (fixes): src/core/ledger/ledger-fix.ts ─────────────────────────────────────────

export const fixMessages = {
  /** One field a fix changed: `任务2-06 牵头单位：“城管局”→“区城管局”`. */
  changed: (taskId: string, field: 'leadUnits' | 'coUnits', from: string, to: string) =>
    `任务${taskId} ${field === 'leadUnits' ? '牵头单位' : '配合单位'}：“${from || '（空）'}”→“${to || '（空）'}”`,
  needsChoice: (taskId: string, group: string) => `任务${taskId}的“${group}”是泛指，需要选定具体单位，未修改`,
  needsChoiceCli: (group: string) => `可用 --unit ${group}=单位1,单位2 指定具体单位`,
  unitNotInDirectory: (unit: string) => `--unit 中的“${unit}”不在台账的单位名录中；请写单位名录中的名称，或先把它加入“单位名录”工作表`,
  badUnitOption: (value: string) => `--unit 应写成“组名=单位1,单位2”，如 --unit 区直各相关单位=区政府办,区财政局，收到“${value}”`,
  unitWithoutFix: () => '--unit 只能与 --fix 一起使用',
  taskGone: (taskId: string) => `任务${taskId}已不在台账中，未修改`,
  changedSince: (taskId: string, field: 'leadUnits' | 'coUnits') => `任务${taskId}的${field === 'leadUnits' ? '牵头单位' : '配合单位'}已被改动，建议不再适用，未修改`,
};

// ─── 任务台账 read back (ledger): src/core/ledger-read*.ts, src/xlsx/read-ledger.ts ──────────

export const ledgerReadMessages = {
  notWorkbook: (file: string, detail: string) => `“${file}”不是有效的 Excel 工作簿（.xlsx），无法打开（${detail}）`,
  notWorkbookSuggestion: () => '请确认文件是用 Excel/WPS 另存为的 .xlsx 格式，且没有损坏或加密',
  notLedger: (file: string) => `“${file}”不是任务台账：找不到“任务台账”工作表`,
  notLedgerSuggestion: () => '请选择由本工具生成的任务台账文件，或先用“导入”生成台账',
  missingColumns: (file: string, sheet: string, headers: string[]) => `“${file}”的“${sheet}”工作表第1行缺少列：${headers.join('、')}`,
  missingColumnsSuggestion: () => '请恢复被删除或改名的列标题',
  noSettings: (file: string) => `“${file}”缺少“设置”工作表，无法确认台账标识和计划年度`,
  noSettingsSuggestion: () => '请使用本工具生成的台账，不要删除隐藏的“设置”工作表',
  badSetting: (label: string, value: string) => `“设置”工作表中的${label}“${value}”无效，已按默认值处理`,
  noUnitSheet: (file: string) => `“${file}”缺少“单位名录”工作表，无法校验牵头单位`,
  badStatus: (cell: string, value: string, allowed: readonly string[]) => `${cell}的完成状态“${value}”不是可选值（${allowed.join('、')}），按未填写处理`,
  badStatusSuggestion: () => '请从下拉列表中选择完成状态',
  badDue: (cell: string, value: string) => `${cell}的截止日期“${value}”不是日期，按完成时限推算`,
  badDueSuggestion: () => '请输入日期，如 2024-12-31',
  dueMismatch: (deadlineCell: string, text: string, textDue: IsoDate, dueCell: string, due: IsoDate) =>
    `${deadlineCell}的完成时限“${text}”是${chineseDate(textDue)}，与${dueCell}的截止日期${chineseDate(due)}不一致，按截止日期计算`,
  dueMismatchSuggestion: () => '请把完成时限和截止日期改为一致',
  newTaskId: (row: number, id: string) => `第${row}行是新增任务，没有任务编号，已编为“${id}”`,
  newTaskIdSuggestion: (id: string) => `请在任务编号列填入“${id}”并保存，以后合并报送表时按此编号对应`,
  duplicateId: (id: string, rows: number[]) => `任务编号“${id}”重复出现在第${rows.join('、')}行`,
  duplicateIdSuggestion: () => '每个任务的编号必须唯一，请修改其中一个',
  noTasks: (file: string) => `“${file}”的任务台账中没有任何任务`,
  orphanReport: (row: number, id: string, unit: string) => `“单位报送”第${row}行是${unit}对任务“${id}”的报送，但任务台账中没有这个任务编号（任务可能被删除），这一行仍保留在“单位报送”中`,
  orphanReportSuggestion: () => '如果任务被误删，请在任务台账中恢复该任务（任务编号不变）；否则可以忽略',
};

// ─── 打印 (print): src/cli/print-command.ts, src/excel/print-status.ts ───────────────────────

export const printMessages = {
  libreOfficeMissing: () =>
    '未找到 LibreOffice（soffice 命令），无法生成 PDF。请先安装：sudo apt-get install libreoffice-calc-nogui（Debian/Ubuntu）；或加 --xlsx 改为输出排好版的工作簿，用 Excel/WPS 打开后打印',
  conversionFailed: (detail: string) => `LibreOffice 转换 PDF 失败：${detail}`,
  badBy: (value: string) => `--by 只能是 category（按工作类别）或 unit（按牵头单位），收到“${value}”`,
  badOnly: (value: string) => `--only 只能是 overdue（仅逾期）或 not-done（仅未完成），收到“${value}”`,
  unknownUnit: (unit: string, known: string[]) =>
    `“${unit}”不是任何任务的牵头单位${known.length > 0 ? `；可选：${known.slice(0, 12).join('、')}${known.length > 12 ? '等' : ''}` : ''}`,
  written: (file: string, tasks: number, overdue: number, units: number) =>
    `已生成“${file}”：推进情况表 ${tasks} 项任务（其中逾期 ${overdue} 项），单位汇总 ${units} 个单位`,
  /** Shown in the task pane after 打印状态表: Office.js cannot print. */
  readyToPrint: (sheet: string) => `已生成并选中“${sheet}”工作表（A4 横向、每页重复表头、页脚页码）。加载项无法直接调用打印，请按 Ctrl+P（Mac 为 ⌘+P）或“文件 → 打印”。`,
  noLedgerSheet: () => '当前工作簿中没有“任务台账”工作表，请先导入任务分解表生成台账',
};

// ─── 写入文件 (safe writes): src/cli/safe-write.ts, src/cli/write-lock.ts, used by every CLI command that writes ──

/** Why a write failed, from the system's error code. */
const WRITE_REASONS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  EACCES: '没有写入权限（文件夹只读，或文件正在 Excel/WPS 中打开）',
  EPERM: '没有写入权限（文件夹只读，或文件正在 Excel/WPS 中打开）',
  EROFS: '所在位置是只读的',
  EBUSY: '文件正被其他程序占用（是否正在 Excel/WPS 中打开？）',
  ENOENT: '文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '这是一个文件夹，不是文件',
  ENAMETOOLONG: '文件名或路径过长（文件名最多 255 字节，约 85 个汉字）',
  EINVAL: '文件名含有系统不允许的字符',
  EIO: '磁盘读写出错',
  EEXIST: '已有同名的文件（不是文件夹）',
};

export const writeMessages = {
  reason: (code: string | undefined) => (code && WRITE_REASONS[code]) || `系统错误 ${code ?? '未知'}`,
  failed: (target: string, reason: string, backup?: string) =>
    `无法写入“${target}”：${reason}。原文件没有改动${backup ? `；写入前已备份，备份完好：“${backup}”` : ''}`,
  backupFailed: (target: string, backup: string, reason: string) =>
    `无法备份“${target}”（备份到“${backup}”）：${reason}。没有写入任何内容，原文件没有改动`,
  folderFailed: (folder: string, reason: string) => `无法创建文件夹“${folder}”：${reason}`,
  holder: (pid: number, host: string, time: string) => `计算机 ${host} 上的进程 ${pid}，${time} 开始`,
  locked: (target: string, lock: string, holder: string) =>
    `“${target}”正在被另一个合并或写入操作使用（${holder}），本次没有写入。请等它完成后再运行；如确认没有其他操作在进行，可删除锁文件“${lock}”后重试`,
  staleLock: (target: string, holder: string) => `“${target}”上次的写入操作没有正常结束（${holder}），已接管它留下的锁文件`,
  changedSinceRead: (target: string) =>
    `“${target}”在本次读取之后被其他程序或操作改动过，本次没有写入，以免覆盖别人的修改。请重新运行本命令`,
  exists: (target: string) => `“${target}”已存在，没有覆盖。请换一个文件名；确需覆盖时加 --force（会先备份原文件）`,
  notEarlierPrint: (target: string) =>
    `“${target}”已存在，且不是之前打印生成的文件（可能是台账或报送表），没有覆盖。请换一个输出文件名；确需覆盖时加 --force（会先备份原文件）`,
  notEarlierReminder: (target: string) =>
    `“${target}”已存在，且不是之前生成的催报通知，没有覆盖。请换一个输出文件名；确需覆盖时加 --force（会先备份原文件）`,
  sameAsInput: (target: string) => `输出文件“${target}”就是输入文件，不能用输出覆盖输入（加 --force 也不行）。请换一个输出文件名`,
  sameAsLedger: (target: string) => `输出文件“${target}”就是要合并的台账。直接更新台账请不要加 -o（会先备份原台账）`,
  forcedBackup: (backup: string) => `已备份被覆盖的原文件：${backup}`,
  returnsExist: (folder: string, files: string[]) =>
    `文件夹“${folder}”中已有 ${files.length} 个同名文件：${files.join('、')}，没有覆盖（可能是单位已经填好交回的报送表）。请换一个文件夹；确需覆盖时加 --force（会先备份原文件）`,
};

// ─── 当前工作簿 (Office.js adapter): src/excel/** ───────────────────────────────────────────

export const excelMessages = {
  requestTooLarge: () => '一次写入工作簿的数据超过 Excel 网页版的 5 MB 上限，操作未完成',
  requestTooLargeSuggestion: () => '请在桌面版 Excel 中操作，或把台账拆分后再试',
  sheetProtected: (detail: string) => `工作表受保护，无法写入（${detail}）`,
  sheetProtectedSuggestion: () => '请先在“审阅 → 撤销工作表保护”后再试',
  apiMissing: (detail: string) => `当前 Excel 版本不支持所需功能（${detail}）`,
  apiMissingSuggestion: () => '请升级到 Excel 2021、Microsoft 365 或使用 Excel 网页版',
  notFound: (detail: string) => `工作簿中找不到所需的内容（${detail}）`,
  notFoundSuggestion: () => '请确认没有在操作过程中删除或改名工作表',
  failed: (detail: string) => `写入或读取当前工作簿失败：${detail}`,
  failedSuggestion: () => '请关闭正在编辑的单元格（按 Esc）后重试；如仍失败，请保存工作簿并重新打开',
  printSkipped: () => '当前 Excel 版本（低于 ExcelApi 1.9）不支持打印设置：纸张方向、缩放、打印标题未设置，请在“页面布局”中手动设置',
  validationsSkipped: () => '当前 Excel 版本（低于 ExcelApi 1.8）不支持数据验证：完成状态和牵头单位的下拉列表未设置',
  noLedger: () => '当前工作簿中没有“任务台账”工作表',
  noLedgerSuggestion: () => '请先在“导入”步骤中生成任务台账，或打开已有的台账工作簿',
  /** An import replaced the ledger: where the old 任务台账 went. */
  ledgerKept: (sheet: string, copy: string) => `原台账的“${sheet}”已另存为工作表“${copy}”，需要时可从中找回。`,
};


// ─── 压缩包大小检查 (zip size guard): src/xlsx/zip-limits.ts, used by every .xlsx/.docx reader ──
// Without the file name: each reader names the file its own way (「x.xlsx」 or “x.xlsx” or x.xlsx：).

export const zipLimitMessages = {
  totalTooLarge: (limitMB: number, declaredMB: number) =>
    `解压后将超过 ${limitMB} MB（压缩包声明 ${declaredMB} MB），可能是压缩炸弹或异常庞大的文件，已拒绝读取`,
  entryTooLarge: (entry: string, limitMB: number, declaredMB: number) =>
    `其中的“${entry}”解压后将超过 ${limitMB} MB（压缩包声明 ${declaredMB} MB），可能是压缩炸弹或异常庞大的文件，已拒绝读取`,
  lyingHeader: (entry: string) => `其中的“${entry}”声明的解压大小与实际数据不符，文件头不可信（可能是压缩炸弹），已拒绝读取`,
  tooManyRows: (entry: string, limit: number) => `其中的工作表“${entry}”超过 ${limit} 行，可能是异常庞大的文件（如整列填充到底），已拒绝读取`,
  tooManyEntries: (entries: number, limit: number) => `压缩包内有 ${entries} 个部件，超过上限 ${limit} 个，不是正常的 Office 文件，已拒绝读取`,
  zip64: () => '使用了 Zip64 大文件格式，正常的报送表、台账和任务分解表不会用到，已拒绝读取',
  suggestion: () => '请确认文件来源；如确是正常文件，请删除多余的空行、图片或工作表后另存，再试一次',
};

/** Why a file opened as a 任务台账 is not an .xlsx at all: the detail inside ledgerReadMessages.notWorkbook. */
export const ledgerFileMessages = {
  encrypted: () => '文件设置了打开密码（已加密）',
  encryptedOrXls: () => '是加密的工作簿或旧版 .xls 格式',
  oldXls: () => '是旧版 .xls 格式',
  notZip: () => '文件内容不是 .xlsx 格式，可能是改了扩展名的其他文件',
  notWorkbook: () => '是压缩文件，但不是 Excel 工作簿',
  empty: () => '文件是空的（0 字节）',
  truncated: () => '文件不完整，可能在下载或复制时中断',
  encryptedSuggestion: () => '请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存，再打开',
  encryptedOrXlsSuggestion: () => '如设置了密码，请在 Excel 中“文件 → 信息 → 保护工作簿 → 用密码进行加密”清空密码并保存；如是旧版 .xls，请另存为 .xlsx 后再打开',
  oldXlsSuggestion: () => '请用 Excel 或 WPS 打开后“另存为” .xlsx 格式，再打开',
};
