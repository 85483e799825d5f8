/**
 * The whole zip guard, for every reader of .xlsx/.docx: first what the central directory
 * declares (zip-limits.ts, nothing inflated), then what each entry really inflates to, counted
 * as a stream and never kept (zip-inflate-check.ts). Null when the file may be handed to
 * ExcelJS or JSZip.
 */
import JSZip from 'jszip';
import { checkInflatedEntries } from './zip-inflate-check';
import { checkZipLimits, type ZipLimits, type ZipProblem } from './zip-limits';

/** `opened`: the same bytes already opened by JSZip (which reads the directory, inflates nothing). */
export async function guardZip(bytes: Uint8Array, limits: ZipLimits, opened?: JSZip): Promise<ZipProblem | null> {
  const declared = checkZipLimits(bytes, limits);
  if (!declared.ok) return declared.problem;
  let zip: JSZip;
  try {
    zip = opened ?? (await JSZip.loadAsync(bytes));
  } catch {
    return { kind: 'malformed' };
  }
  return checkInflatedEntries(zip, declared.entries, limits);
}
