// The header's menu button: three CSS bars, no text, no accessible name; it slides the drawer in.
document.querySelector('.hd-btn').addEventListener('click', function () {
  document.querySelector('.drawer').classList.toggle('open');
});
