/** Every finding code in the source follows one convention: `area.kebab-case`, with a known area. */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { FINDING_AREAS } from '../../../src/core/finding';

const SRC = path.resolve(__dirname, '../../../src');
const CODE = new RegExp(String.raw`['\`](${FINDING_AREAS.join('|')})\.([A-Za-z0-9-]+)['\`]`, 'g');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('finding codes', () => {
  const codes = sources(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(CODE)].map((m) => ({ file: path.relative(SRC, file), code: `${m[1]}.${m[2]}` })),
  );

  it('are found in the source', () => {
    expect(codes.length).toBeGreaterThan(100);
  });

  it('are all area.kebab-case', () => {
    expect(codes.filter((c) => !/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/.test(c.code))).toEqual([]);
  });
});
