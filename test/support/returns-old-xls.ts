/** An old .xls return, converted by LibreOffice (its own module: suites that import it need soffice). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function asOldXls(xlsx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'tl-xls-'));
  writeFileSync(join(dir, 'in.xlsx'), xlsx);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', dir, join(dir, 'in.xlsx')], { timeout: 120_000, stdio: 'ignore' });
  return readFileSync(join(dir, 'in.xls'));
}
