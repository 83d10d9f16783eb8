// The host page's own script: proves it keeps working next to a widget whose config is broken.
(() => {
  let clicks = 0;
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('host-button');
    button?.addEventListener('click', () => {
      clicks += 1;
      button.textContent = `Clicked ${clicks} ${clicks === 1 ? 'time' : 'times'}`;
    });
  });
})();
