import { endsLikeUnit } from './join-text';

/**
 * The person in charge named after a unit in a unit cell (`市民政局 伍泽国`, `市民政局（伍泽国）`,
 * under a header such as `牵头单位及主要负责人`): a name of two or three characters (a two-character
 * name often padded, `钱 宇`) after a complete unit name, set off by a space, a line break or
 * brackets. It is no unit; the cell's units are returned without it.
 */
export function splitPersons(cell: string): { units: string; persons: string[] } {
  const persons: string[] = [];
  const units = cell.split(/([、，,；;])/).map((part) => {
    const m = AFTER_SPACE.exec(part) ?? IN_BRACKETS.exec(part);
    if (!m || !endsLikeUnit(m[1]) || !isPersonName(m[2])) return part;
    persons.push(m[2].replace(/[\s　]/g, ''));
    return m[1];
  }).join('');
  return { units, persons };
}

const NAME = String.raw`[\u4e00-\u9fa5](?:[\s　]?[\u4e00-\u9fa5]){1,3}`;
const AFTER_SPACE = new RegExp(String.raw`^(\s*\S.*?)[\s　]+(${NAME})\s*$`, 's');
const IN_BRACKETS = new RegExp(String.raw`^(\s*\S.*?)[（(](${NAME})[）)]\s*$`, 's');

/** A person's name: not a unit, a group of units (`各乡镇`) or the start of one (`区`, `县…`). */
export function isPersonName(text: string): boolean {
  const name = text.replace(/[\s　]/g, '');
  return name.length >= 2 && name.length <= 4 && !endsLikeUnit(name) && !/^[区县市省州镇乡村各全有相本该其等]/.test(name)
    && !/(单位|部门|政府|街道|社区|机构|企业|乡镇)/.test(name) && !/[区园县市省村组场]$/.test(name)
    && !/牵头|配合|负责|参与|协办|协助|主办|承办|落实|执行|办理|下同/.test(name);
}
