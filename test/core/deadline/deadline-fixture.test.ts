/** Every 完成时限 cell of the real Guangfeng 2024 breakdown, read for its plan year. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeadline } from '../../../src/core/deadline';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'guangfeng-2024-breakdown.txt');

function deadlineCells(): string[] {
  return readFileSync(FIXTURE, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length === 4 && cells[3] !== '完成时限')
    .map((cells) => cells[3]);
}

test('the fixture deadlines: 39 持续推进, 7 年底前, one 8月底前, one /, and blank continuation rows', () => {
  const tally = new Map<string, number>();
  for (const text of deadlineCells()) {
    const d = parseDeadline(text, 2024);
    const key = `${JSON.stringify(text)} ${d.kind} ${d.due}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  expect(Object.fromEntries([...tally].sort())).toStrictEqual({
    '"" none null': 3,
    '"/" none null': 1,
    '"8月底前" date 2024-08-31': 1,
    '"年底前" date 2024-12-31': 7,
    '"持续推进" ongoing null': 39,
  });
});
