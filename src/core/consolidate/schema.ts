/** Version of the 报送表 format (metadata sheet and columns) this code writes and reads. */
export const SUPPORTED_RETURN_SCHEMA = 1;
/** Name of the hidden (veryHidden) sheet naming ledger, unit, round and version. */
export const RETURN_META_SHEET = '报送表信息';
/** Name of the sheet the unit fills in. */
export const RETURN_SHEET = '报送表';
