/**
 * One ribbon command (ExecuteFunction): do the work, tell the user what happened, and call
 * `event.completed()` on every path — Office shows a spinner and blocks further commands until
 * it is called, so a thrown error must not skip it.
 */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

/** How a command talks to the user (a small dialog in Office; a fake in tests). */
export type Notify = (message: { title: string; text: string; kind: 'info' | 'error'; ok: string }) => Promise<void>;

export interface CommandMessages {
  title: string;
  /** The dialog's button. */
  ok: string;
  /** Shown on success; none: succeed silently (the sheet itself shows the result). */
  success?: (result: string) => string;
  /** Shown on failure, with the error's own message. */
  failure: (error: string) => string;
}

export async function runCommand(event: CommandEvent, work: () => Promise<string>, messages: CommandMessages, notify: Notify): Promise<void> {
  try {
    const result = await work();
    if (messages.success) await tell(notify, { title: messages.title, text: messages.success(result), kind: 'info', ok: messages.ok });
  } catch (error) {
    const text = messages.failure(error instanceof Error ? error.message || error.name : String(error));
    await tell(notify, { title: messages.title, text, kind: 'error', ok: messages.ok });
  } finally {
    event.completed();
  }
}

/** A message that cannot be shown (no dialog API, a blocked dialog) must not stop completion. */
async function tell(notify: Notify, message: Parameters<Notify>[0]): Promise<void> {
  try {
    await notify(message);
  } catch {
    /* nothing else can be told: the command still completes */
  }
}
