/* cancelcheck specimen kit: hash router, localStorage state, phone UI components.
   No network, no innerHTML for anything that carries user text (icons are constant SVG strings).

   CC.app({
     name, start: '#/home', creds: {username, password}, deletable: true,
     tabs: [{label, icon, route}],            // bottom tab bar
     strings: {back, signinTitle, userLabel, passLabel, signinBtn, noAccount, ...},
     defaults: {...},                          // initial state (merged into localStorage state)
     routes: {'#/home': ctx => screen, ...},   // screen = {title, back, tab, tabs, body, brandHeader}
                                               // or overlay = {base: '#/x', dialog: node} / {base, sheet: node}
   })
*/
(function () {
  'use strict';
  var ICONS = {
    back: '<path d="M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z"/>',
    chev: '<path d="M8.59 16.59 13.17 12 8.59 7.41 10 6l6 6-6 6z"/>',
    home: '<path d="M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z"/>',
    person: '<path d="M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z"/>',
    settings: '<path d="M19.14 12.94c.04-.3.06-.61.06-.94s-.02-.64-.07-.94l2.03-1.58a.49.49 0 0 0 .12-.61l-1.92-3.32a.488.488 0 0 0-.59-.22l-2.39.96c-.5-.38-1.03-.7-1.62-.94l-.36-2.54a.484.484 0 0 0-.48-.41h-3.84c-.24 0-.43.17-.47.41l-.36 2.54c-.59.24-1.13.57-1.62.94l-2.39-.96c-.22-.08-.47 0-.59.22L2.74 8.87c-.12.21-.08.47.12.61l2.03 1.58c-.05.3-.09.63-.09.94s.02.64.07.94l-2.03 1.58a.49.49 0 0 0-.12.61l1.92 3.32c.12.22.37.29.59.22l2.39-.96c.5.38 1.03.7 1.62.94l.36 2.54c.05.24.24.41.48.41h3.84c.24 0 .44-.17.47-.41l.36-2.54c.59-.24 1.13-.56 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32c.12-.22.07-.47-.12-.61l-2.01-1.58zM12 15.6c-1.98 0-3.6-1.62-3.6-3.6s1.62-3.6 3.6-3.6 3.6 1.62 3.6 3.6-1.62 3.6-3.6 3.6z"/>',
    search: '<path d="M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"/>',
    bell: '<path d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"/>',
    lock: '<path d="M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2zm-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2zm3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1 1.71 0 3.1 1.39 3.1 3.1v2z"/>',
    shield: '<path d="M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5l-9-4zm0 10.99h7c-.53 4.12-3.28 7.79-7 8.94V12H5V6.3l7-3.11v8.8z"/>',
    help: '<path d="M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z"/>',
    trash: '<path d="M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z"/>',
    globe: '<path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm6.93 6h-2.95a15.65 15.65 0 0 0-1.38-3.56A8.03 8.03 0 0 1 18.93 8zM12 4.04c.83 1.2 1.48 2.53 1.91 3.96h-3.82c.43-1.43 1.08-2.76 1.91-3.96zM4.26 14C4.1 13.36 4 12.69 4 12s.1-1.36.26-2h3.38c-.08.66-.14 1.32-.14 2s.06 1.34.14 2H4.26zm.82 2h2.95c.32 1.25.78 2.45 1.38 3.56A7.987 7.987 0 0 1 5.08 16zm2.95-8H5.08a7.987 7.987 0 0 1 4.33-3.56A15.65 15.65 0 0 0 8.03 8zM12 19.96c-.83-1.2-1.48-2.53-1.91-3.96h3.82c-.43 1.43-1.08 2.76-1.91 3.96zM14.34 14H9.66c-.09-.66-.16-1.32-.16-2s.07-1.35.16-2h4.68c.09.65.16 1.32.16 2s-.07 1.34-.16 2zm.25 5.56c.6-1.11 1.06-2.31 1.38-3.56h2.95a8.03 8.03 0 0 1-4.33 3.56zM16.36 14c.08-.66.14-1.32.14-2s-.06-1.34-.14-2h3.38c.16.64.26 1.31.26 2s-.1 1.36-.26 2h-3.38z"/>',
    card: '<path d="M20 4H4c-1.11 0-1.99.89-1.99 2L2 18c0 1.11.89 2 2 2h16c1.11 0 2-.89 2-2V6c0-1.11-.89-2-2-2zm0 14H4v-6h16v6zm0-10H4V6h16v2z"/>',
    chat: '<path d="M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM6 9h12v2H6V9zm8 5H6v-2h8v2zm4-6H6V6h12v2z"/>',
    people: '<path d="M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z"/>',
    compass: '<path d="M12 10.9c-.61 0-1.1.49-1.1 1.1s.49 1.1 1.1 1.1c.61 0 1.1-.49 1.1-1.1s-.49-1.1-1.1-1.1zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm2.19 12.19L6 18l3.81-8.19L18 6l-3.81 8.19z"/>',
    photo: '<path d="M21 19V5c0-1.1-.9-2-2-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2zM8.5 13.5l2.5 3.01L14.5 12l4.5 6H5l3.5-4.5z"/>',
    play: '<path d="M8 5v14l11-7z"/>',
    download: '<path d="M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z"/>',
    chart: '<path d="M5 9.2h3V19H5zM10.6 5h2.8v14h-2.8zm5.6 8H19v6h-2.8z"/>',
    wallet: '<path d="M21 18v1c0 1.1-.9 2-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h14c1.1 0 2 .9 2 2v1h-9a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h9zm-9-2h10V8H12v8zm4-2.5c-.83 0-1.5-.67-1.5-1.5s.67-1.5 1.5-1.5 1.5.67 1.5 1.5-.67 1.5-1.5 1.5z"/>',
    doc: '<path d="M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z"/>',
    phone: '<path d="M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z"/>',
    mail: '<path d="M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z"/>',
    check: '<path d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z"/>',
    warn: '<path d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z"/>',
    heart: '<path d="m12 21.35-1.45-1.32C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54L12 21.35z"/>',
    face: '<path d="M9 11.75a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zm6 0a1.25 1.25 0 1 0 0 2.5 1.25 1.25 0 0 0 0-2.5zM12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8 0-.29.02-.58.05-.86 2.36-1.05 4.23-2.98 5.21-5.37a9.974 9.974 0 0 0 10.41 3.97c.21.71.33 1.47.33 2.26 0 4.41-3.59 8-8 8z"/>',
    camera: '<path d="M12 15.2a3.2 3.2 0 1 0 0-6.4 3.2 3.2 0 0 0 0 6.4z"/><path d="M9 2 7.17 4H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2h-3.17L15 2H9zm3 15c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5z"/>',
    more: '<path d="M6 10c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm12 0c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm-6 0c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z"/>',
    star: '<path d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/>',
    link: '<path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/>',
    signal: '<path d="M2 22h20V2z"/>',
    wifi: '<path d="M1 9l2 2c4.97-4.97 13.03-4.97 18 0l2-2C16.93 2.93 7.08 2.93 1 9zm8 8 3 3 3-3a4.237 4.237 0 0 0-6 0zm-4-4 2 2a7.074 7.074 0 0 1 10 0l2-2C15.14 9.14 8.87 9.14 5 13z"/>',
    battery: '<path d="M15.67 4H14V2h-4v2H8.33C7.6 4 7 4.6 7 5.33v15.33C7 21.4 7.6 22 8.33 22h7.33c.74 0 1.34-.6 1.34-1.33V5.33C17 4.6 16.4 4 15.67 4z"/>'
  };

  function icon(name, cls) {
    var s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    s.setAttribute('viewBox', '0 0 24 24');
    s.setAttribute('aria-hidden', 'true');
    s.setAttribute('focusable', 'false');
    if (cls) s.setAttribute('class', cls);
    s.innerHTML = ICONS[name] || ICONS.chev;   // constant markup only
    return s;
  }

  /* h('div', {class: 'x', onclick: fn}, 'text', child, [children]) — strings become text nodes. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        var v = attrs[k];
        if (v === undefined || v === null || v === false) continue;
        if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else if (k === 'class') el.className = v;
        else if (k === 'style') el.setAttribute('style', v);
        else if (k === 'text') el.textContent = v;
        else if (k === 'value') el.value = v;
        else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = !!v;
        else if (v === true) el.setAttribute(k, '');
        else el.setAttribute(k, v);
      }
    }
    for (var i = 2; i < arguments.length; i++) add(el, arguments[i]);
    return el;
  }
  function add(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { add(el, x); }); return; }
    if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }

  var CC = { h: h, icon: icon, state: {}, cfg: null, timers: [] };
  window.CC = CC;

  /* ---------- state ---------- */
  function key() { return 'cc:' + CC.cfg.name; }
  function load() {
    var raw = null;
    try { raw = localStorage.getItem(key()); } catch (e) { raw = null; }
    var st = {};
    if (raw) { try { st = JSON.parse(raw) || {}; } catch (e) { st = {}; } }
    var d = CC.cfg.defaults || {};
    for (var k in d) if (!(k in st)) st[k] = JSON.parse(JSON.stringify(d[k]));
    CC.state = st;
  }
  CC.save = function () { try { localStorage.setItem(key(), JSON.stringify(CC.state)); } catch (e) { /* ignore */ } };
  CC.set = function (k, v) { CC.state[k] = v; CC.save(); };

  /* ---------- navigation ---------- */
  CC.go = function (route) { if (location.hash === route) render(); else location.hash = route; };
  CC.replace = function (route) { CC._replacing = true; location.replace(location.pathname + location.search + route); };
  CC.back = function (fallback) {
    var st = history.state;
    if (st && st.ccIdx > 1) history.back();
    else CC.replace(fallback || CC.cfg.start);
  };
  /* Clear timers set for the current screen (countdowns) when the screen changes. */
  CC.every = function (ms, fn) { var t = setInterval(fn, ms); CC.timers.push(t); return t; };
  CC.later = function (ms, fn) { var t = setTimeout(fn, ms); CC.timers.push(t); return t; };
  function clearTimers() { CC.timers.forEach(function (t) { clearInterval(t); clearTimeout(t); }); CC.timers = []; }

  CC.markDeleted = function (doneRoute) {
    CC.state.deleted = true;
    CC.save();
    CC.justDeleted = true;
    CC.go(doneRoute);
  };

  /* ---------- components ---------- */
  CC.row = function (o) {
    var attrs = { class: 'row' + (o.danger ? ' danger' : '') + (o.cls ? ' ' + o.cls : '') };
    var tag = 'button';
    if (o.href) { tag = 'a'; attrs.href = o.href; } else { attrs.type = 'button'; attrs.onclick = o.onclick; }
    if (o.id) attrs.id = o.id;
    return h(tag, attrs,
      o.icon ? h('span', { class: 'ri' }, icon(o.icon)) : null,
      h('span', { class: 'rt' }, h('span', { class: 'rl' }, o.label), o.sub ? h('span', { class: 'rs' }, o.sub) : null),
      o.value ? h('span', { class: 'rv' }, o.value) : null,
      o.noChevron ? null : icon('chev', 'chev'));
  };
  CC.list = function (rows, title) {
    return [title ? h('h2', { class: 'section-title' }, title) : null, h('div', { class: 'list' }, rows)];
  };
  CC.btn = function (label, o) {
    o = o || {};
    var cls = 'btn' + (o.kind ? ' ' + o.kind : '') + (o.cls ? ' ' + o.cls : '');
    if (o.href) return h('a', { class: cls, href: o.href, id: o.id, role: 'button' }, label);
    return h('button', { type: 'button', class: cls, onclick: o.onclick, disabled: o.disabled, id: o.id, style: o.style }, label);
  };
  CC.field = function (o) {
    var input = h('input', { id: o.id, type: o.type || 'text', placeholder: o.placeholder, autocomplete: 'off',
      inputmode: o.inputmode, maxlength: o.maxlength, value: o.value, oninput: o.oninput, name: o.id });
    var f = h('div', { class: 'field' }, h('label', { for: o.id }, o.label),
      o.extra ? h('div', { class: 'inline' }, input, o.extra) : input,
      o.help ? h('div', { class: 'help' }, o.help) : null,
      h('div', { class: 'err', id: o.id + '-err', role: 'alert' }));
    return f;
  };
  CC.fieldError = function (id, msg) { var e = document.getElementById(id + '-err'); if (e) e.textContent = msg || ''; };
  CC.toast = function (msg, ms) {
    var old = document.querySelector('.toast'); if (old) old.remove();
    var t = h('div', { class: 'toast', role: 'status' }, msg);
    document.body.appendChild(t);
    setTimeout(function () { t.remove(); }, ms || 2500);
  };
  CC.dialog = function (o) {
    return h('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'dlg-title' },
      o.title ? h('h3', { id: 'dlg-title' }, o.title) : null,
      o.body ? h('div', { class: 'dbody' }, o.body) : null,
      h('div', { class: 'dactions' + (o.stack ? ' stack' : '') }, o.actions || []));
  };
  CC.sheet = function (o) {
    return h('div', { class: 'sheet', role: 'dialog', 'aria-modal': 'true' },
      h('div', { class: 'handle' }), o.title ? h('h3', null, o.title) : null, o.body || []);
  };

  function statusBar() {
    return h('div', { class: 'statusbar' }, h('span', null, '9:41'),
      h('span', { class: 'sb-icons' }, icon('signal'), icon('wifi'), icon('battery')));
  }

  /* ---------- sign-in screen (after deletion) ---------- */
  function signinScreen() {
    var s = CC.cfg.strings;
    var err = h('div', { class: 'err', role: 'alert', id: 'signin-err' });
    var u = h('input', { id: 'signin-user', type: s.userType || 'email', autocomplete: 'off', placeholder: s.userPlaceholder || '' });
    var p = h('input', { id: 'signin-pass', type: 'password', autocomplete: 'off' });
    return {
      title: s.signinTitle, noBack: true, tabs: false,
      body: h('div', { class: 'signin' },
        h('div', { class: 'logo' }),
        h('h2', { class: 'center' }, s.signinHeading || s.signinTitle),
        h('p', { class: 'center muted' }, s.signinSub || ''),
        h('div', { class: 'field' }, h('label', { for: 'signin-user' }, s.userLabel), u),
        h('div', { class: 'field' }, h('label', { for: 'signin-pass' }, s.passLabel), p),
        err,
        h('div', { style: 'margin-top:16px' }, CC.btn(s.signinBtn, {
          id: 'signin-btn',
          onclick: function () {
            // every account lookup fails: the account was deleted
            err.textContent = s.noAccount;
          }
        })))
    };
  }

  /* ---------- rendering ---------- */
  function renderScreen(scr, route) {
    var cfg = CC.cfg, s = cfg.strings;
    var showTabs = scr.tabs !== false && !!scr.tab && cfg.tabs;
    var app = h('div', { class: 'screen' + (showTabs ? ' has-tabs' : ''), 'data-route': route });
    var header = h('div', { class: 'header' + (scr.brandHeader ? ' brand' : '') }, statusBar());
    if (scr.title !== null) {
      var bar = h('div', { class: 'appbar' + (scr.centerTitle ? ' center' : '') });
      if (scr.back) bar.appendChild(h('button', { type: 'button', class: 'iconbtn back', 'aria-label': s.back || 'Back',
        onclick: function () { CC.back(scr.back === true ? cfg.start : scr.back); } }, icon('back')));
      else if (scr.centerTitle) bar.appendChild(h('span', { style: 'width:48px;flex:none' }));
      bar.appendChild(h('h1', null, scr.title || ''));
      if (scr.action) bar.appendChild(scr.action);
      header.appendChild(bar);
    }
    app.appendChild(header);
    app.appendChild(h('main', { class: 'content' }, scr.body));
    if (showTabs) {
      app.appendChild(h('nav', { class: 'tabbar' }, cfg.tabs.map(function (t) {
        return h('a', { class: 'tab' + (t.route === scr.tab ? ' on' : ''), href: t.route }, icon(t.icon), h('span', null, t.label));
      })));
    }
    return app;
  }

  function render() {
    clearTimers();
    var cfg = CC.cfg;
    var route = location.hash || cfg.start;
    if (!location.hash || location.hash === '#' || location.hash === '#/') { CC.replace(cfg.start); return; }
    if (cfg.deletable && CC.state.deleted) {
      var ok = route === '#/signin' || (CC.justDeleted && route === cfg.doneRoute);
      if (!ok) { CC.replace('#/signin'); return; }
    }
    if (route === '#/signin' && !(cfg.deletable && CC.state.deleted)) { CC.replace(cfg.start); return; }
    var fn = route === '#/signin' ? signinScreen : cfg.routes[route];
    if (!fn) { CC.replace(cfg.start); return; }
    var r = fn(CC);
    if (r && r.redirect) { CC.replace(r.redirect); return; }
    var root = document.getElementById('app');
    var prevScroll = window.scrollY;
    var overlay = null;
    if (r.base) {
      var baseScr = cfg.routes[r.base](CC);
      overlay = r;
      r = baseScr;
    }
    var node = renderScreen(r, route);
    root.replaceChildren(node);
    document.title = cfg.docTitle || cfg.name;
    if (overlay) {
      node.setAttribute('inert', '');
      node.setAttribute('aria-hidden', 'true');
      var scrim = h('div', { class: 'scrim' + (overlay.sheet ? ' sheet-scrim' : ''), 'data-overlay': route,
        onclick: function (e) { if (e.target === scrim && overlay.dismissable !== false) CC.back(overlay.base); } },
        overlay.dialog || overlay.sheet);
      root.appendChild(scrim);
      window.scrollTo(0, overlay.keepScroll ? prevScroll : 0);
    } else {
      window.scrollTo(0, 0);
    }
    if (r.after) r.after();
    if (overlay && overlay.after) overlay.after();
  }
  CC.render = render;

  CC.app = function (cfg) {
    cfg.strings = cfg.strings || {};
    cfg.start = cfg.start || '#/home';
    cfg.doneRoute = cfg.doneRoute || '#/deleted';
    CC.cfg = cfg;
    load();
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    var st = history.state;
    if (!st || !st.ccIdx) history.replaceState({ ccIdx: 1 }, '');
    var cur = history.state.ccIdx;
    window.addEventListener('hashchange', function () {
      var s2 = history.state;
      if (!s2 || !s2.ccIdx) {
        // a new entry (push), or a replace of the current one
        if (!CC._replacing) cur += 1;
        history.replaceState({ ccIdx: cur }, '');
      } else cur = s2.ccIdx;
      CC._replacing = false;
      render();
    });
    render();
  };
})();
