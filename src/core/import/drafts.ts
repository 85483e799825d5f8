import type { ImportedTextFields } from '../fields';

export interface CategoryDraft {
  no: number;
  title: string;
  /** Whether the table numbered it (`一、`); unnumbered ones come from a 类别 column. */
  numbered: boolean;
}

/** One task being rebuilt from one or more rows (a page break may cut it). */
export interface TaskDraft {
  /** Source row of the first line (findings name it). */
  row: number;
  /** 序号 as written, '' when none. */
  seq: string;
  category: CategoryDraft;
  subcategory?: CategoryDraft;
  task: string;
  requirement: string;
  lead: string;
  co: string;
  deadline: string;
  /** Kept columns of unknown name (`成果形式：…`), '' when none. */
  notes: string;
  /** The registry's plain text fields (`备注`), as the rows hold them. */
  texts: ImportedTextFields;
  /** The cells of the columns kept as text (see Line.remarks), by column. */
  remarks: Record<number, string>;
}
