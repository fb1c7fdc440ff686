// Warns a signed-in person before an idle sign-out and lets them stay (WCAG 2.2.1): the page's data-idle-minutes
// and data-warn-minutes say when. "Stay signed in" asks the service for nothing but renews the cookie. Without
// JavaScript nothing warns; the sign-in page says how long a person stays signed in.
const body = document.body;
const idle = Number(body.dataset.idleMinutes);
const warnBefore = Number(body.dataset.warnMinutes);
const warning = document.getElementById('idle-warning');
const stay = document.getElementById('stay-signed-in');

if (idle > 0 && warning && stay) {
  let timers = [];
  const minutes = (n) => n * 60 * 1000;
  const start = () => {
    timers.forEach(clearTimeout);
    timers = [
      setTimeout(() => { warning.hidden = false; stay.focus(); }, minutes(idle - warnBefore)),
      setTimeout(() => { window.location.href = '/sign-out'; }, minutes(idle)),
    ];
  };
  stay.addEventListener('click', async () => {
    const answer = await fetch('/stay-signed-in', { credentials: 'same-origin' });
    if (answer.ok) {
      warning.hidden = true;
      start();
    }
  });
  start();
}
