// The page's own script: when the person asks for it, it mounts a second form through the
// global, as the async snippet's callers do. Before the runtime runs, the call is queued.
document.getElementById('show-later').addEventListener('click', () => {
  const config = JSON.parse(document.getElementById('later-config').textContent);
  window.yesladder('mount', '#later', config);
});
