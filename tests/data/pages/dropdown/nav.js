// The navbar's bars toggle the collapsed nav; each drop-down toggle opens its own menu.
document.querySelector('.bars').addEventListener('click', function () {
  const nav = document.getElementById('nav');
  nav.classList.toggle('open');
  this.setAttribute('aria-expanded', nav.classList.contains('open') ? 'true' : 'false');
});
for (const t of document.querySelectorAll('.dropdown-toggle')) {
  t.addEventListener('click', function (ev) {
    ev.preventDefault();
    const menu = document.querySelector('[aria-labelledby="' + this.id + '"]');
    menu.classList.toggle('open');
    this.setAttribute('aria-expanded', menu.classList.contains('open') ? 'true' : 'false');
  });
}
