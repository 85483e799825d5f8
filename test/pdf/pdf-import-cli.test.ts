import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPdfjs } from '../../src/pdf/load-pdfjs';
import { runCli } from '../cli/run-cli';
import { fixturePdf } from './fixture-pdf';
import { scannedPdf } from './scan-pdf';

/**
 * `task-ledger import` on a PDF and on the text poppler extracts from it. A PDF imports; the
 * text of `pdftotext -layout` (columns run together) is refused with what was read and why, and
 * no ledger is written; plain `pdftotext` (one cell a line) finds no header. Never a wrong ledger.
 */
const dir = mkdtempSync(join(tmpdir(), 'pdf-cli-'));
let pdf = '';

beforeAll(async () => {
  pdf = await fixturePdf(dir, '分解表', true);
  // Under Jest, loading pdfjs makes Node print a one-time ExperimentalWarning (see load-pdfjs.ts): here, not in a run.
  await loadPdfjs();
});

describe('import of a PDF from the command line', () => {
  it('writes the ledger of the 48 tasks', async () => {
    const output = join(dir, '台账.xlsx');
    const r = await runCli('import', pdf, '-o', output);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('共 48 项任务');
    expect(existsSync(output)).toBe(true);
  });

  it('refuses the `pdftotext -layout` text of it, showing what was read, and writes nothing', async () => {
    const text = join(dir, 'layout.txt');
    execFileSync('pdftotext', ['-layout', pdf, text]);
    const output = join(dir, 'layout.xlsx');
    const r = await runCli('import', text, '-o', output);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^错误：${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：读出\\d+项任务，但结果看来不对，没有生成台账：`));
    expect(r.stderr).toContain('像是几列文字连在了一起');
    expect(r.stderr).toContain('请直接导入 PDF 文件或原 .docx');
    expect(r.stdout).toContain('[错误] 读出');
    expect(existsSync(output)).toBe(false);
  });

  it('refuses the plain `pdftotext` text of it (one cell a line, columns interleaved), saying why', async () => {
    const text = join(dir, 'plain.txt');
    execFileSync('pdftotext', [pdf, text]);
    const output = join(dir, 'plain.xlsx');
    const r = await runCli('import', text, '-o', output);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^错误：${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：按“一格一行”的网页或 PDF 文字读出\\d+行表格，但结果看来不对，没有生成台账：`));
    expect(r.stderr).toContain('句子没写完就断开');
    expect(r.stderr).toContain('请直接导入 PDF 文件或原 .docx');
    expect(r.stdout).toContain('共 0 项任务');
    expect(existsSync(output)).toBe(false);
  });

  it('says a scan has no text layer and what to do', async () => {
    const scan = join(dir, '扫描件.pdf');
    writeFileSync(scan, scannedPdf(3));
    const r = await runCli('import', scan);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`错误：${scan}：是扫描件（3页都是图片），没有文字层，读不出表格。`
      + '请向发文单位索取 .docx 或可复制文字的 PDF；或先用 WPS/Office 的“图片转文字”（OCR）转成 .docx，核对无误后再导入\n');
  });

  it('says a broken PDF is not a PDF', async () => {
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.4\nnot really\n');
    const r = await runCli('import', broken);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：.*broken\.pdf：不是有效的 PDF 文件（/);
  });
});
