// Ribbon commands (ExecuteFunction). Each registered action calls event.completed() on every path.
Office.onReady(() => {
  /* actions are registered by the commands that need them */
});
