import { runCommand, type CommandEvent, type Notify } from '../../src/commands/run-command';

function fakeEvent(): CommandEvent & { calls: number } {
  const event = { calls: 0, completed() { event.calls += 1; } };
  return event;
}

function recorder(): { notify: Notify; messages: Array<{ title: string; text: string; kind: string }> } {
  const messages: Array<{ title: string; text: string; kind: string }> = [];
  return { messages, notify: async (m) => { messages.push(m); } };
}

const messages = { title: '刷新状态', ok: '确定', failure: (e: string) => `没有完成：${e}` };

describe('runCommand', () => {
  test('completes once after the work succeeds, silently when no success message is given', async () => {
    const event = fakeEvent();
    const r = recorder();
    await runCommand(event, async () => 'ok', messages, r.notify);
    expect(event.calls).toBe(1);
    expect(r.messages).toEqual([]);
  });

  test('shows the success message and completes', async () => {
    const event = fakeEvent();
    const r = recorder();
    await runCommand(event, async () => '推进情况表', { ...messages, success: (x) => `已生成${x}` }, r.notify);
    expect(r.messages).toEqual([{ title: '刷新状态', text: '已生成推进情况表', kind: 'info', ok: '确定' }]);
    expect(event.calls).toBe(1);
  });

  test('shows the error and still completes when the work throws', async () => {
    const event = fakeEvent();
    const r = recorder();
    await runCommand(event, async () => { throw new Error('这个工作簿里没有任务台账'); }, messages, r.notify);
    expect(r.messages).toEqual([{ title: '刷新状态', text: '没有完成：这个工作簿里没有任务台账', kind: 'error', ok: '确定' }]);
    expect(event.calls).toBe(1);
  });

  test('completes when a non-Error is thrown', async () => {
    const event = fakeEvent();
    const r = recorder();
    await runCommand(event, () => Promise.reject('ItemNotFound'), messages, r.notify);
    expect(r.messages[0].text).toBe('没有完成：ItemNotFound');
    expect(event.calls).toBe(1);
  });

  test('completes even when showing the message fails too', async () => {
    const event = fakeEvent();
    await runCommand(event, async () => { throw new Error('x'); }, messages, async () => { throw new Error('dialog blocked'); });
    expect(event.calls).toBe(1);
  });

  test('completes when the notifier throws synchronously', async () => {
    const event = fakeEvent();
    const throwing: Notify = () => { throw new Error('no Office.context.ui'); };
    await expect(runCommand(event, async () => { throw new Error('x'); }, messages, throwing)).resolves.toBeUndefined();
    expect(event.calls).toBe(1);
  });
});
