/**
 * Chinese messages of distribution and consolidation (分发、合并、撤销). One place, so wording
 * stays consistent; each message names the file, sheet, row and cell it is about.
 */
import type { Finding } from '../finding';

export interface Place {
  file: string;
  sheet?: string;
  row?: number;
  cell?: string;
}

/** `「区工信局.xlsx」工作表「报送表」第 7 行 G7 单元格` */
export function describePlace(p: Place): string {
  let s = `「${p.file}」`;
  if (p.sheet) s += `工作表「${p.sheet}」`;
  if (p.row !== undefined) s += `第 ${p.row} 行`;
  if (p.cell) s += `${p.row !== undefined ? ' ' : ''}${p.cell} 单元格`;
  return s;
}

export const MSG = {
  notZip: (file: string) => `「${file}」不是 Excel 工作簿（.xlsx）：文件内容无法识别，请确认发来的是报送表本身。`,
  oldXls: (file: string) => `「${file}」是旧版 .xls 格式，请用 Excel 或 WPS 打开后“另存为”.xlsx 再合并。`,
  encrypted: (file: string) => `「${file}」设置了打开密码，无法读取。请单位取消密码（文件→信息→保护工作簿）后重新报送。`,
  truncated: (file: string) => `「${file}」文件不完整（可能在下载或复制时中断），无法打开，请单位重新发送。`,
  notWorkbook: (file: string) => `「${file}」是压缩文件，但不是 Excel 工作簿，不是报送表。`,
  notReturn: (file: string) =>
    `「${file}」不是本系统生成的报送表：找不到“报送表信息”，也找不到含“工作任务”“完成状态”等列名的表头。`,
  noHeader: (file: string, sheet: string) =>
    `「${file}」工作表「${sheet}」找不到表头（应有“工作任务”“完成状态”等列名），报送表模板可能被改动，未合并。`,
  schemaNewer: (file: string, version: number) =>
    `「${file}」的报送表格式版本为 ${version}，比本程序支持的新，请升级任务台账助手后再合并。`,
  noUnit: (file: string) => `「${file}」无法确定是哪个单位报送的（报送表信息和表头上方都没有写单位），未合并。`,
  unknownUnit: (file: string, unit: string) => `「${file}」的报送单位「${unit}」不在单位名录中，未合并。`,
  /** No raw 台账标识 (a uuid) in a message people read: the file is named, that is enough to act on. */
  otherLedger: (file: string) =>
    `「${file}」来自另一本台账，不是本台账分发的报送表，未合并。`,
  otherRound: (file: string, round: string, batchRound: string) =>
    `「${file}」是 ${round} 轮次的报送表，本次合并的是 ${batchRound} 轮次，未合并。`,
  noMeta: (file: string, unit: string) =>
    `「${file}」缺少隐藏的“报送表信息”工作表（可能是另建的工作簿），按表头上方写的单位「${unit}」合并，无法核对是否来自本台账。`,
  superseded: (file: string, unit: string, winner: string) =>
    `「${file}」与「${winner}」都是「${unit}」的报送表，以较新的「${winner}」为准，本文件未合并。`,
  supersedes: (file: string, unit: string, losers: string[]) =>
    `「${unit}」报送了多个文件，以本文件「${file}」为准（较新），${losers.map((l) => `「${l}」`).join('、')}未合并。`,
  unknownId: (p: Place, id: string) => `${describePlace(p)}：任务编号「${id}」在台账中不存在，本行未合并。`,
  notLead: (p: Place, id: string, unit: string) =>
    `${describePlace(p)}：任务 ${id} 的牵头单位不含「${unit}」，本行未合并。`,
  unmatched: (p: Place) => `${describePlace(p)}：没有任务编号，工作任务内容也与台账中的任务对不上，本行未合并。`,
  ambiguousText: (p: Place, ids: string[]) =>
    `${describePlace(p)}：没有任务编号，工作任务内容与台账中 ${ids.join('、')} 多条任务相同，无法确定，本行未合并。`,
  matchedByText: (p: Place, id: string) => `${describePlace(p)}：没有任务编号，按工作任务内容对应到任务 ${id}。`,
  duplicateRow: (p: Place, id: string, firstRow: number) =>
    `${describePlace(p)}：任务 ${id} 在第 ${firstRow} 行已出现过，以本行（靠后的一行）为准。`,
  deletedRows: (file: string, ids: string[]) =>
    `「${file}」中缺少本单位牵头的任务 ${ids.join('、')}（行被删除），这些任务保持原有报送内容。`,
  invalidStatus: (p: Place, text: string, allowed: readonly string[]) =>
    `${describePlace(p)}：完成状态「${text}」不是可选值（${allowed.join('、')}），本任务的完成状态未合并，其他内容已合并。`,
  notOwned: (p: Place, id: string, label: string, ledgerValue: string, returnValue: string) =>
    `${describePlace(p)}：任务 ${id} 的${label}被改为「${returnValue}」（台账为「${ledgerValue}」）。${label}由台账管理员维护，未采用；如需修改请与办公室联系。`,
  formulaCell: (p: Place) => `${describePlace(p)}：单元格是公式，已按其显示的值作为文字合并，公式和外部链接不带入台账。`,
  undoNothing: () => '变更记录中没有可撤销的合并。',
  undoTaskGone: (id: string, batchId: string) => `撤销批次 ${batchId} 时，任务 ${id} 已不在台账中，其变更未能恢复。`,
  undoDataIncomplete: (batchId: string, where: string) =>
    `无法撤销合并批次 ${batchId}：隐藏的“撤销数据”工作表被删除或改动过（${where} 的记录不完整），撤销只能恢复一部分，因此没有撤销，台账未改动。可用合并前自动生成的备份文件（台账.备份-…xlsx）恢复。`,
  undoDataDamaged: (batchId: string, damaged: string) =>
    `无法撤销合并批次 ${batchId}：隐藏的“撤销数据”工作表被删除或改动过（批次 ${damaged} 的数据与其校验值不符或缺行），撤销只能恢复一部分，因此没有撤销，台账未改动。可用合并前自动生成的备份文件（台账.备份-…xlsx）恢复。`,
  undoDataEdited: (batchId: string, rows: number[]) =>
    `无法撤销合并批次 ${batchId}：隐藏的“撤销数据”与“变更记录”第 ${rows.join('、')} 行不一致（其中之一被改动过），撤销可能恢复出错误的值，因此没有撤销，台账未改动。可用合并前自动生成的备份文件（台账.备份-…xlsx）恢复。`,
  undoEditedSince: (id: string, label: string, expected: string, actual: string) =>
    `任务 ${id} 的${label}在合并后又被改为「${actual}」（合并写入的是「${expected}」），撤销后恢复为合并前的值。`,
  unknownLeadUnit: (unit: string, ids: string[]) =>
    `牵头单位「${unit}」不在单位名录中（任务 ${ids.join('、')}），仍为其生成报送表，请核对单位名称。`,
  groupLeadUnit: (group: string, ids: string[]) =>
    `「${group}」是泛指，不是某一个单位，未为其生成报送表，也不列入催报名单（任务 ${ids.join('、')}）；请在台账中写明具体单位。`,
  olderRound: (file: string, round: string, newer: string, ids: string[]) =>
    `「${file}」是 ${round} 轮次的报送表，台账中本单位对任务 ${ids.join('、')} 已有 ${newer} 轮次（较新）的报送，较旧轮次的内容未合并。`,
  blankReturn: (file: string, unit: string) =>
    `「${file}」未填写：完成状态、进展情况、佐证材料与发出时相同，不算报送，「${unit}」仍在催报名单上。`,
  copySheetRead: (file: string, copy: string, main: string) =>
    `「${file}」的工作表「${main}」未填写，内容填在了复制的工作表「${copy}」中，已按「${copy}」合并，请核对。`,
  copySheetIgnored: (file: string, copy: string, used: string) =>
    `「${file}」的工作表「${copy}」也填写了内容，未合并（以工作表「${used}」为准），请核对后把内容填入「${used}」重新报送。`,
  cellTooLong: (p: Place, length: number, limit: number) =>
    `${describePlace(p)}：内容有 ${length} 个字符，超过 Excel 单元格上限 ${limit} 个字符（再次保存时会被截断），本单元格未合并，请单位精简后重新报送。`,
  otherYear: (file: string, round: string, planYear: number) =>
    `「${file}」是 ${round.slice(0, 4)} 年的报送表（报送轮次 ${round}），本台账是 ${planYear} 年的，未合并。`,
  unitMismatch: (file: string, metaUnit: string, sheetUnit: string) =>
    `「${file}」的隐藏报送表信息写的是「${metaUnit}」，表头上方的填报单位却是「${sheetUnit}」，无法确定是哪个单位的报送，未合并。`,
  fileNameUnit: (file: string, nameUnit: string, unit: string) =>
    `「${file}」的文件名是「${nameUnit}」，但报送表写的单位是「${unit}」，已按「${unit}」合并，请核对是否发错了文件。`,
  duplicateTaskId: (file: string, id: string, rows: number[]) =>
    `「${file}」工作表「任务台账」中任务编号「${id}」重复（第 ${rows.join('、')} 行），无法确定报送该合并到哪一行，未合并；请先把任务编号改为各不相同再合并。`,
  needsConversion: (file: string, ext: string) => `「${file}」是 ${ext} 格式，请另存为 .xlsx 后重新合并。`,
  conversionFailed: (file: string, ext: string) =>
    `「${file}」是 ${ext} 格式，用 LibreOffice 转换为 .xlsx 失败，请另存为 .xlsx 后重新合并。`,
  converted: (file: string, ext: string) => `「${file}」是 ${ext} 格式，已用 LibreOffice 转换为 .xlsx 后合并，请核对结果。`,
  unreadableFile: (file: string, reason: string) => `「${file}」无法读取（${reason}），未合并；其他文件照常合并。`,
  noReadPermission: () => '没有读取权限',
  lockFile: (file: string) => `「${file}」是 Excel/WPS 打开文件时生成的临时锁定文件，已忽略。`,
  notReturnFile: (file: string) => `「${file}」不是表格文件，已忽略。`,
  noLeadUnit: (ids: string[]) => `任务 ${ids.join('、')} 没有牵头单位，未分发给任何单位。`,
} as const;

export function finding(
  level: Finding['level'],
  code: Finding['code'],
  message: string,
  place: Partial<Place> = {},
  extra: Partial<Finding> = {},
): Finding {
  const f: Finding = { level, code, message };
  if (place.file !== undefined) f.file = place.file;
  if (place.sheet !== undefined) f.sheet = place.sheet;
  if (place.row !== undefined) f.row = place.row;
  if (place.cell !== undefined) f.cell = place.cell;
  return { ...f, ...extra };
}
