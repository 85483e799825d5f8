Office.onReady(() => {
  const app = document.getElementById('app');
  if (app) app.textContent = '任务台账助手';
});
