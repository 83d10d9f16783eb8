// The page keeps what each form tells it, by form, to compare them later.
window.heard = [];
document.addEventListener('yesladder:event', (event) => {
  window.heard.push(JSON.parse(JSON.stringify(event.detail)));
});
document.addEventListener('DOMContentLoaded', () => {
  let clicks = 0;
  const button = document.getElementById('own-button');
  button.addEventListener('click', () => {
    clicks += 1;
    button.textContent = `Clicked ${clicks}`;
  });
});
