import type { Notify } from './run-command';

/**
 * Ribbon commands have no pane to speak in: a short message goes to a small dialog
 * (message.html, in the add-in's own domain, as displayDialogAsync requires). The text is
 * passed in the URL and shown with textContent.
 */
export const dialogNotify: Notify = (message) =>
  new Promise((resolve) => {
    const url = new URL('message.html', location.href);
    url.searchParams.set('title', message.title);
    url.searchParams.set('text', message.text);
    url.searchParams.set('kind', message.kind);
    url.searchParams.set('ok', message.ok);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        result.value.addEventHandler(Office.EventType.DialogMessageReceived, () => result.value.close());
      }
      resolve();
    });
  });
