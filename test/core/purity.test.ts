/**
 * src/core is pure: tsconfig.core.json compiles it against the ES library alone, so a use of
 * Node's or the browser's globals there is a type error (and `npm run typecheck` runs it).
 */
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

function coreDiagnostics(probe: { file: string; text: string }): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.core.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.core.json unreadable');
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSource = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === probe.file ? probe.text : read(f));
  host.fileExists = (f) => f === probe.file || exists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    f === probe.file ? ts.createSourceFile(f, probe.text, lang) : getSource(f, lang, ...rest);
  // The probe alone: src/core itself is compiled by `npm run typecheck` with this config.
  const roots = [probe.file];
  const program = ts.createProgram(roots, config.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('tsconfig.core.json', () => {
  it('rejects Node and DOM globals in src/core', () => {
    const probe = {
      file: path.join(ROOT, 'src/core/purity-probe.ts').split(path.sep).join('/'),
      text: "export const a = Buffer.from('x');\nexport const b = process.env.HOME;\nexport const c = document.title;\n",
    };
    expect(coreDiagnostics(probe)).toEqual([
      expect.stringMatching(/^Cannot find name 'Buffer'/),
      expect.stringMatching(/^Cannot find name 'process'/),
      expect.stringMatching(/^Cannot find name 'document'/),
    ]);
  });
});
