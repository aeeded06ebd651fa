// The demo page's controls: they only set <fact-box> attributes and edit
// the article, as a site's own scripts would. Nothing here is needed by the box.

const boxes = () => document.querySelectorAll('fact-box');

document.getElementById('theme')?.addEventListener('change', (e) => {
  for (const box of boxes()) box.setAttribute('theme', e.target.value);
});

document.getElementById('digits')?.addEventListener('change', (e) => {
  document.querySelector('#kazakhstan fact-box')?.setAttribute('digits', e.target.value);
});

// A live blog adds a paragraph with a new toll: the box re-reads the article by itself.
document.getElementById('live-update')?.addEventListener('click', () => {
  const body = document.getElementById('douri-body');
  if (!body || body.querySelector('.live')) return;
  const p = document.createElement('p');
  p.className = 'live';
  p.textContent = 'Update: Police said later that the car bomb in Erbil had also injured 14 people.';
  body.insertBefore(p, body.querySelector('p'));
});
