/* canvas-en: every screen is painted on one full-screen <canvas>, as in a game engine or a Flutter
   app: no DOM text, no ARIA. Hit-testing by click coordinates. Hash routing still gives every
   screen and dialog its own history entry so Back works. Layout is top-anchored (rows, buttons) except
   the tab bar (bottom) and the dialog (centred), so the points in truth.yaml hold at 412x915. */
(function () {
  'use strict';
  var NAME = 'canvas-en';
  var KEY = 'cc:' + NAME;
  var CREDS = { username: 'nova@example.com', password: 'pixel-quest-9' };
  var FONT = 'system-ui, -apple-system, Roboto, "Noto Sans", sans-serif';
  var BRAND = '#6a1b9a', BRAND_SOFT = '#f3e5f5', BG = '#f4f5f7', TEXT = '#1f1f1f', TEXT2 = '#5f6368', LINE = '#e6e6e6';
  var DANGER = '#c62828';

  var canvas = document.getElementById('screen');
  var ctx = canvas.getContext('2d');
  var W = 0, H = 0, regions = [], justDeleted = false;
  var state = load();
  var signin = { user: '', pass: '', error: '', focus: null };
  var inputs = {};

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ } }

  /* ---------- history ---------- */
  var replacing = false;
  if (!history.state || !history.state.ccIdx) history.replaceState({ ccIdx: 1 }, '');
  var cur = history.state.ccIdx;
  function go(r) { if (location.hash === r) draw(); else location.hash = r; }
  function replace(r) { replacing = true; location.replace(location.pathname + location.search + r); }
  function back(fallback) { if (history.state && history.state.ccIdx > 1) history.back(); else replace(fallback || '#/home'); }
  window.addEventListener('hashchange', function () {
    if (!history.state || !history.state.ccIdx) { if (!replacing) cur += 1; history.replaceState({ ccIdx: cur }, ''); }
    else cur = history.state.ccIdx;
    replacing = false;
    draw();
  });

  /* ---------- painting helpers ---------- */
  function rect(x, y, w, h, color, r) {
    ctx.fillStyle = color;
    ctx.beginPath();
    if (r) { ctx.roundRect(x, y, w, h, r); } else { ctx.rect(x, y, w, h); }
    ctx.fill();
  }
  function text(s, x, y, size, color, weight, align) {
    ctx.font = (weight || 400) + ' ' + size + 'px ' + FONT;
    ctx.fillStyle = color || TEXT;
    ctx.textAlign = align || 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(s, x, y);
  }
  function wrap(s, x, y, maxW, size, color, lh, align) {
    ctx.font = '400 ' + size + 'px ' + FONT;
    var words = s.split(' '), line = '', yy = y;
    for (var i = 0; i < words.length; i++) {
      var test = line ? line + ' ' + words[i] : words[i];
      if (ctx.measureText(test).width > maxW && line) { text(line, x, yy, size, color, 400, align); line = words[i]; yy += lh; }
      else line = test;
    }
    if (line) text(line, x, yy, size, color, 400, align);
    return yy + lh;
  }
  function hit(x, y, w, h, fn) { regions.push({ x: x, y: y, w: w, h: h, fn: fn }); }
  function chevron(x, y) {
    ctx.strokeStyle = '#9aa0a6'; ctx.lineWidth = 2; ctx.beginPath();
    ctx.moveTo(x - 3, y - 6); ctx.lineTo(x + 3, y); ctx.lineTo(x - 3, y + 6); ctx.stroke();
  }
  function backArrow(x, y, color) {
    ctx.strokeStyle = color; ctx.lineWidth = 2.2; ctx.beginPath();
    ctx.moveTo(x + 8, y); ctx.lineTo(x - 8, y); ctx.moveTo(x - 2, y - 7); ctx.lineTo(x - 8, y); ctx.lineTo(x - 2, y + 7); ctx.stroke();
  }
  function statusBar(dark) {
    var c = dark ? '#fff' : TEXT;
    text('9:41', 16, 12, 13, c, 600);
    rect(W - 58, 7, 10, 10, c, 1); rect(W - 42, 7, 12, 10, c, 3); rect(W - 24, 5, 8, 14, c, 2);
  }
  function appBar(title, backTo, brand) {
    rect(0, 0, W, 80, brand ? BRAND : '#fff');
    statusBar(brand);
    var c = brand ? '#fff' : TEXT;
    if (backTo) {
      backArrow(28, 52, c);
      hit(4, 28, 48, 48, function () { back(backTo); });
      text(title, 64, 52, 20, c, 600);
    } else text(title, 16, 52, 20, c, 600);
    if (!brand) rect(0, 79, W, 1, LINE);
  }
  function tabBar(active) {
    var tabs = [['Play', '#/home'], ['Shop', '#/shop'], ['Profile', '#/profile']];
    rect(0, H - 64, W, 64, '#fff'); rect(0, H - 64, W, 1, LINE);
    tabs.forEach(function (t, i) {
      var cx = W * (2 * i + 1) / 6, on = t[1] === active, c = on ? BRAND : TEXT2;
      ctx.fillStyle = c; ctx.beginPath(); ctx.arc(cx, H - 40, 9, 0, Math.PI * 2); ctx.fill();
      text(t[0], cx, H - 18, 12, c, on ? 700 : 500, 'center');
      hit(W * i / 3, H - 64, W / 3, 64, function () { go(t[1]); });
    });
  }
  function row(y, label, opts) {
    opts = opts || {};
    rect(0, y, W, 56, '#fff');
    rect(16, y + 10, 36, 36, opts.danger ? '#fdecea' : BRAND_SOFT, 10);
    text(label, 68, y + 28, 16, opts.danger ? DANGER : TEXT, 400);
    if (opts.value) text(opts.value, W - 40, y + 28, 14, TEXT2, 400, 'right');
    chevron(W - 22, y + 28);
    rect(0, y + 55, W, 1, LINE);
    if (opts.to) hit(0, y, W, 56, function () { go(opts.to); });
  }
  function button(x, y, w, h, label, bg, fg, fn) {
    rect(x, y, w, h, bg, h / 2);
    text(label, x + w / 2, y + h / 2 + 1, 16, fg, 600, 'center');
    hit(x, y, w, h, fn);
  }
  function sectionTitle(y, s) { text(s, 16, y, 13, TEXT2, 600); }

  /* ---------- screens ---------- */
  var screens = {
    '#/home': function () {
      appBar('Pixel Quest', null, true);
      rect(16, 96, W - 32, 180, '#4a148c', 16);
      text('Level 27', 36, 130, 14, '#e1bee7', 600);
      text('Crystal Caverns', 36, 160, 24, '#fff', 700);
      text('3 of 5 stars · best 12,480', 36, 190, 14, '#e1bee7', 400);
      button(36, 214, 120, 44, 'Play', '#ffca28', '#3e2723', function () { flash = 'Loading level…'; draw(); });
      sectionTitle(306, 'Daily quests');
      row(320, 'Collect 50 gems', { value: '32/50' });
      row(376, 'Win 3 races', { value: '1/3' });
      tabBar('#/home');
    },
    '#/shop': function () {
      appBar('Shop', null, false);
      sectionTitle(106, 'Gem packs');
      row(120, 'Handful of gems', { value: '$0.99' });
      row(176, 'Bag of gems', { value: '$4.99' });
      row(232, 'Chest of gems', { value: '$19.99' });
      tabBar('#/shop');
    },
    '#/profile': function () {
      appBar('Profile', null, false);
      rect(0, 80, W, 104, '#fff');
      ctx.fillStyle = BRAND; ctx.beginPath(); ctx.arc(52, 132, 36, 0, Math.PI * 2); ctx.fill();
      text('N', 52, 133, 28, '#fff', 700, 'center');
      text('Nova', 104, 120, 20, TEXT, 650);
      text(CREDS.username, 104, 146, 13, TEXT2, 400);
      row(196, 'Achievements', { value: '41' });
      row(252, 'Settings', { to: '#/settings' });
      row(308, 'Help', {});
      tabBar('#/profile');
    },
    '#/settings': function () {
      appBar('Settings', '#/profile', false);
      sectionTitle(106, 'Game');
      row(120, 'Sound', { value: 'On' });
      row(176, 'Music', { value: 'On' });
      row(232, 'Notifications', { value: 'Off' });
      sectionTitle(314, 'Account');
      row(328, 'Privacy', {});
      row(384, 'Delete account', { danger: true, to: '#/delete' });
    },
    '#/delete': function () {
      screens['#/settings']();
      regions = [];
      rect(0, 0, W, H, 'rgba(0,0,0,0.45)');
      var dw = 340, dh = 220, dx = Math.round((W - dw) / 2), dy = Math.round((H - dh) / 2);
      hit(0, 0, W, H, function () { back('#/settings'); });   // tap on the scrim closes the dialog
      rect(dx, dy, dw, dh, '#fff', 24);
      hit(dx, dy, dw, dh, function () { /* inside the dialog: nothing */ });
      text('Delete account?', dx + 24, dy + 40, 20, TEXT, 650);
      wrap('Your progress, gems and purchases will be erased for ever. This cannot be undone.', dx + 24, dy + 78, dw - 48, 15, TEXT2, 21);
      var bw = (dw - 48 - 12) / 2, by = dy + dh - 24 - 48;
      button(dx + 24, by, bw, 48, 'Cancel', BRAND, '#fff', function () { back('#/settings'); });
      button(dx + 24 + bw + 12, by, bw, 48, 'Delete', DANGER, '#fff', function () {
        state.deleted = true; save(); justDeleted = true; go('#/deleted');
      });
    },
    '#/deleted': function () {
      appBar('Account deleted', null, false);
      ctx.fillStyle = '#e6f4ea'; ctx.beginPath(); ctx.arc(W / 2, 160, 36, 0, Math.PI * 2); ctx.fill();
      ctx.strokeStyle = '#1e8e3e'; ctx.lineWidth = 4; ctx.beginPath();
      ctx.moveTo(W / 2 - 14, 160); ctx.lineTo(W / 2 - 4, 170); ctx.lineTo(W / 2 + 16, 150); ctx.stroke();
      text('Your account has been deleted', W / 2, 228, 20, TEXT, 650, 'center');
      wrap('Thanks for playing Pixel Quest.', W / 2, 262, W - 64, 15, TEXT2, 21, 'center');
      button(16, 300, W - 32, 48, 'OK', BRAND, '#fff', function () { justDeleted = false; replace('#/signin'); });
    },
    '#/signin': function () {
      appBar('Sign in', null, false);
      text('Pixel Quest', W / 2, 130, 24, TEXT, 700, 'center');
      text('Sign in to continue your quest', W / 2, 160, 15, TEXT2, 400, 'center');
      field('user', 'Email', 196, signin.user, false);
      field('pass', 'Password', 280, signin.pass, true);
      if (signin.error) text(signin.error, 24, 362, 14, DANGER, 400);
      button(24, 384, W - 48, 48, 'Sign in', BRAND, '#fff', function () {
        signin.error = 'No account found with these details'; draw();
      });
    }
  };
  var flash = '';

  /* Flutter-style text editing: a transparent real <input> sits over the painted field while it
     has focus; the canvas paints its value. */
  function field(key, label, y, value, secret) {
    text(label, 24, y + 8, 14, TEXT2, 600);
    var focused = signin.focus === key;
    rect(24, y + 20, W - 48, 52, focused ? BRAND : '#c4c7cc', 10);
    rect(25.5, y + 21.5, W - 51, 49, '#fff', 9);
    var shown = secret ? value.replace(/./g, '•') : value;
    text(shown, 40, y + 47, 16, TEXT, 400);
    var inp = inputs[key];
    if (!inp) {
      inp = document.createElement('input');
      inp.type = secret ? 'password' : 'email';
      inp.autocomplete = 'off';
      inp.className = 'ghost-input';
      inp.addEventListener('input', function () { signin[key] = inp.value; draw(); });
      inp.addEventListener('focus', function () { signin.focus = key; draw(); });
      document.body.appendChild(inp);
      inputs[key] = inp;
    }
    inp.style.left = '24px'; inp.style.top = (y + 20) + 'px'; inp.style.width = (W - 48) + 'px'; inp.style.height = '52px';
    hit(24, y + 20, W - 48, 52, function () { inp.focus(); });
  }

  function draw() {
    var dpr = window.devicePixelRatio || 1;
    W = window.innerWidth; H = window.innerHeight;
    if (canvas.width !== Math.round(W * dpr) || canvas.height !== Math.round(H * dpr)) {
      canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr);
    }
    canvas.style.width = W + 'px'; canvas.style.height = H + 'px';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var route = location.hash;
    if (!route || route === '#' || route === '#/') { replace('#/home'); return; }
    if (state.deleted && route !== '#/signin' && !(justDeleted && route === '#/deleted')) { replace('#/signin'); return; }
    if (route === '#/signin' && !state.deleted) { replace('#/home'); return; }
    if (!screens[route]) { replace('#/home'); return; }
    if (route !== '#/signin') {
      Object.keys(inputs).forEach(function (k) { inputs[k].remove(); delete inputs[k]; });
    }
    regions = [];
    rect(0, 0, W, H, BG);
    screens[route]();
    if (flash) {
      rect(W / 2 - 110, H - 140, 220, 44, '#323232', 8);
      text(flash, W / 2, H - 118, 15, '#fff', 400, 'center');
      var f = flash; setTimeout(function () { if (flash === f) { flash = ''; draw(); } }, 2000);
    }
  }

  canvas.addEventListener('click', function (e) {
    var r = canvas.getBoundingClientRect();
    var x = e.clientX - r.left, y = e.clientY - r.top;
    for (var i = regions.length - 1; i >= 0; i--) {
      var g = regions[i];
      if (x >= g.x && x <= g.x + g.w && y >= g.y && y <= g.y + g.h) { g.fn(); return; }
    }
  });
  window.addEventListener('resize', draw);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(draw);
  draw();
})();
