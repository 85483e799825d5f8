import { endsLikeUnit } from './join-text';

/**
 * The person in charge named after a unit in a unit cell (`市民政局 伍泽国`, `市民政局（伍泽国）`,
 * under a header such as `牵头单位及主要负责人`): a name of two or three characters (a two-character
 * name often padded, `钱 宇`) after a complete unit name, set off by a space, a line break or
 * brackets, or written right after it where a PDF's narrow cell lost the line break
 * (`县人社局张三`: then a common surname must open the name). It is no unit; the cell's units
 * are returned without it.
 */
export function splitPersons(cell: string): { units: string; persons: string[] } {
  const persons: string[] = [];
  const units = cell.split(/([、，,；;])/).map((part) => {
    const m = AFTER_SPACE.exec(part) ?? IN_BRACKETS.exec(part) ?? gluedName(part);
    if (!m || !endsLikeUnit(m[1]) || !isPersonName(m[2])) return part;
    persons.push(m[2].replace(/[\s　]/g, ''));
    return m[1];
  }).join('');
  return { units, persons };
}

const NAME = String.raw`[\u4e00-\u9fa5](?:[\s　]?[\u4e00-\u9fa5]){1,3}`;
const AFTER_SPACE = new RegExp(String.raw`^(\s*\S.*?)[\s　]+(${NAME})\s*$`, 's');
const IN_BRACKETS = new RegExp(String.raw`^(\s*\S.*?)[（(](${NAME})[）)]\s*$`, 's');

/** The most common surnames: a name glued to a unit (`县人社局张三`) is told from a sub-unit by them. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const GLUED = new RegExp(String.raw`^(\s*\S.*?)([${SURNAMES}][\u4e00-\u9fa5]{1,2})\s*$`, 's');

/** `县人社局张三`: the unit and the name written after it without a break, or null. */
function gluedName(part: string): RegExpExecArray | null {
  const m = GLUED.exec(part);
  return m && endsLikeUnit(m[1]) ? m : null;
}

/** A person's name: not a unit, a group of units (`各乡镇`) or the start of one (`区`, `县…`). */
export function isPersonName(text: string): boolean {
  const name = text.replace(/[\s　]/g, '');
  return name.length >= 2 && name.length <= 4 && /^[\u4e00-\u9fa5·]+$/.test(name) && !endsLikeUnit(name) && !/^[区县市省州镇乡村各全有相本该其等]/.test(name)
    && !/(单位|部门|政府|街道|社区|机构|企业|乡镇)/.test(name) && !/[区园县市省村组场股]$/.test(name)
    && !/牵头|配合|负责|参与|协办|协助|主办|承办|落实|执行|办理|下同/.test(name);
}
