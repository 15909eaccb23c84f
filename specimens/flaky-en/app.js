/* flaky-en: a fair deletion path (Profile -> Settings -> Delete account -> password -> Delete account)
   in an app whose every screen misbehaves, with random timings so that no two runs are alike:
   - each screen's content slides in with a CSS transition of 300-600 ms;
   - a spinner shows for 0.3-1.5 s before the content;
   - on Profile, Settings and the delete screen, a banner or rows load late (0.2-0.8 s after the
     content) ABOVE the row a person wants, so it moves down under the finger right after it
     first shows; a tap at its old place lands on another row, which opens another screen;
   - a toast ("Syncing…", "Settings saved") lands over the wanted row for ~1.5 s; a tap on the
     toast only dismisses it. */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: 'jo@example.com', password: 'ripple-42-cove' };

  function rnd(a, b) { return a + Math.random() * (b - a); }

  /* A CSS transition in: from .enter (shifted, transparent) to rest, over 300-600 ms. */
  function slideIn(el) {
    var ms = Math.round(rnd(300, 600));
    el.classList.add('enter');
    void el.offsetWidth;
    el.style.transitionDuration = ms + 'ms';
    el.classList.add('moving');
    el.classList.remove('enter');
    setTimeout(function () { el.classList.remove('moving'); el.style.transitionDuration = ''; }, ms + 50);
  }

  /* A toast over the element with id `overId`; a tap on it only dismisses it. */
  function snack(msg, overId) {
    var old = document.querySelector('.snack');
    if (old) old.remove();
    var t = h('div', { class: 'snack', role: 'status' }, msg);
    t.addEventListener('click', function () { t.remove(); });
    document.body.appendChild(t);
    var target = document.getElementById(overId);
    if (target) {
      var r = target.getBoundingClientRect();
      t.style.top = Math.max(88, Math.round(r.top + r.height / 2 - t.offsetHeight / 2)) + 'px';
    }
    setTimeout(function () { t.remove(); }, Math.round(rnd(1200, 1500)));
  }

  /* A screen that shows a spinner first, then its content; `late(soon)` runs once the content
     is in, to schedule what arrives late with soon(minMs, maxMs, fn). The holder is marked
     aria-busy until the last of it has arrived (tests/truth_path.py waits on that; the flow
     engine gets no such hint). */
  function loading(scr, build, late) {
    var holder = h('div', { class: 'holder', 'aria-busy': 'true' },
      h('div', { class: 'spinner-wrap' }, h('div', { class: 'spinner', role: 'progressbar', 'aria-label': 'Loading' })));
    scr.body = holder;
    scr.after = function () {
      var old = document.querySelector('.snack');
      if (old) old.remove();
      slideIn(holder.parentNode);
      CC.later(rnd(300, 1500), function () {
        var tmp = h('div', null, build());
        holder.replaceChildren();
        while (tmp.firstChild) holder.appendChild(tmp.firstChild);
        slideIn(holder);
        var left = 0;
        function idle() { if (left === 0) holder.setAttribute('aria-busy', 'false'); }
        function soon(lo, hi, fn) { left++; CC.later(rnd(lo, hi), function () { fn(); left--; idle(); }); }
        if (late) late(soon);
        idle();
      });
    };
    return scr;
  }

  function post(color, title, sub) {
    return h('div', { class: 'feed-item' },
      h('div', { class: 'thumb', style: 'background: linear-gradient(135deg, ' + color + ', #ffffff)' }),
      h('div', { class: 'fi-text' }, h('h3', null, title), h('div', { class: 'muted small' }, sub)));
  }

  function simple(title, back, text) {
    return loading({ title: title, back: back }, function () {
      return h('div', { class: 'card pad' }, h('p', { class: 'muted' }, text));
    });
  }

  CC.app({
    name: 'flaky-en',
    docTitle: 'Ripple',
    start: '#/home',
    deletable: true,
    defaults: { deleted: false },
    tabs: [
      { label: 'Home', icon: 'home', route: '#/home' },
      { label: 'Explore', icon: 'compass', route: '#/explore' },
      { label: 'Profile', icon: 'person', route: '#/profile' }
    ],
    strings: {
      back: 'Back', signinTitle: 'Sign in', signinHeading: 'Welcome to Ripple', signinSub: 'Sign in to continue',
      userLabel: 'Email', passLabel: 'Password', signinBtn: 'Sign in',
      noAccount: 'No account found with these details'
    },
    routes: {
      '#/home': function () {
        return loading({ title: 'Ripple', tab: '#/home' }, function () {
          return [
            h('div', { class: 'pad' }, h('span', { class: 'chip' }, 'Today'), h('h2', null, 'Fresh from the shore')),
            post('#4db6ac', 'Morning tide', '8 clips · Cornwall'),
            post('#ffb74d', 'Harbour lights', '3 clips · St Ives'),
            post('#90a4ae', 'Storm watch', '12 clips · Porthleven')
          ];
        });
      },
      '#/explore': function () {
        return loading({ title: 'Explore', tab: '#/explore' }, function () {
          return CC.list([
            CC.row({ icon: 'star', label: 'Popular this week', sub: 'Trending clips near you', href: '#/explore' }),
            CC.row({ icon: 'globe', label: 'Around the world', sub: 'Curated collections', href: '#/explore' })
          ], 'Discover');
        });
      },
      '#/profile': function () {
        return loading({ title: 'Profile', tab: '#/profile' }, function () {
          return [
            h('div', { class: 'profile-head' },
              h('div', { class: 'avatar' }, 'J'),
              h('div', null, h('div', { class: 'pn' }, 'Jo Penrose'), h('div', { class: 'muted small' }, CREDS.username))),
            h('div', { id: 'profile-late' }),
            CC.list([
              CC.row({ icon: 'person', label: 'Edit profile', href: '#/profile/edit', id: 'row-edit' }),
              CC.row({ icon: 'settings', label: 'Settings', href: '#/settings', id: 'row-settings' }),
              CC.row({ icon: 'help', label: 'Help', href: '#/help', id: 'row-help' })
            ], 'You')
          ];
        }, function (soon) {
          // A banner loads late above the rows: "Settings" moves down by one row.
          soon(200, 800, function () {
            var slot = document.getElementById('profile-late');
            if (slot) slot.appendChild(h('button', { type: 'button', class: 'banner', id: 'photo-banner',
              onclick: function () { CC.go('#/profile/edit'); } }, 'Add a photo so friends can find you'));
          });
          soon(300, 1000, function () { snack('Syncing…', 'row-settings'); });
        });
      },
      '#/profile/edit': function () {
        return loading({ title: 'Edit profile', back: '#/profile' }, function () {
          return h('div', { class: 'pad' },
            CC.field({ id: 'name', label: 'Display name', value: 'Jo Penrose' }),
            CC.btn('Save', { onclick: function () { CC.toast('Profile saved', 1500); } }));
        });
      },
      '#/help': function () { return simple('Help', '#/profile', 'Guides and answers to common questions.'); },
      '#/settings': function () {
        return loading({ title: 'Settings', back: '#/profile' }, function () {
          return [
            h('div', { id: 'settings-late' }),
            CC.list([
              CC.row({ icon: 'bell', label: 'Notifications', href: '#/settings/notifications' }),
              CC.row({ icon: 'globe', label: 'Language', value: 'English', href: '#/settings/language' }),
              CC.row({ icon: 'lock', label: 'Privacy', href: '#/settings/privacy' })
            ], 'General'),
            h('h2', { class: 'section-title' }, 'Account'),
            h('div', { class: 'list', id: 'account-list' },
              CC.row({ icon: 'lock', label: 'Change password', href: '#/settings/password', id: 'row-password' }),
              CC.row({ icon: 'trash', label: 'Delete account', danger: true, href: '#/delete', id: 'row-delete' }))
          ];
        }, function (soon) {
          // A banner, then a row, load late above "Delete account": it moves down by two rows.
          soon(200, 500, function () {
            var slot = document.getElementById('settings-late');
            if (slot) slot.appendChild(h('button', { type: 'button', class: 'banner', id: 'dark-banner',
              onclick: function () { CC.go('#/settings/appearance'); } }, 'New: dark mode is here. Try it'));
          });
          soon(300, 800, function () {
            var list = document.getElementById('account-list');
            if (list) list.insertBefore(CC.row({ icon: 'phone', label: 'Linked devices', href: '#/settings/devices', id: 'row-devices' }), list.firstChild);
          });
          soon(300, 1000, function () { snack('Settings saved', 'row-delete'); });
        });
      },
      '#/settings/notifications': function () { return simple('Notifications', '#/settings', 'Push notifications are on.'); },
      '#/settings/language': function () { return simple('Language', '#/settings', 'Ripple is shown in English.'); },
      '#/settings/privacy': function () { return simple('Privacy', '#/settings', 'Only people you approve can see your clips.'); },
      '#/settings/appearance': function () { return simple('Appearance', '#/settings', 'Dark mode follows your phone.'); },
      '#/settings/devices': function () { return simple('Linked devices', '#/settings', 'This phone is the only device signed in.'); },
      '#/settings/password': function () {
        return loading({ title: 'Change password', back: '#/settings' }, function () {
          return h('div', { class: 'pad' },
            CC.field({ id: 'old', label: 'Current password', type: 'password' }),
            CC.field({ id: 'new', label: 'New password', type: 'password' }),
            CC.btn('Update password', { onclick: function () { CC.toast('Password updated', 1500); } }));
        });
      },
      '#/delete': function () {
        function submit() {
          var pw = document.getElementById('password').value;
          if (pw !== CREDS.password) { CC.fieldError('password', pw ? 'Incorrect password' : 'Enter your password'); return; }
          CC.markDeleted('#/deleted');
        }
        return loading({ title: 'Delete your account', back: '#/settings' }, function () {
          return [
            h('div', { class: 'hero' }, h('div', { class: 'big-icon warn' }, CC.icon('trash')),
              h('h2', null, 'This will permanently delete your account'),
              h('p', { class: 'muted' }, 'Your clips, playlists and profile will be removed. This cannot be undone.')),
            h('div', { class: 'pad' },
              h('div', { id: 'delete-late' }),
              CC.field({ id: 'password', label: 'Password', type: 'password', help: 'Enter your password to confirm it is you.' }),
              h('div', { class: 'btnrow' },
                CC.btn('Cancel', { id: 'cancel', onclick: function () { CC.back('#/settings'); } }),
                CC.btn('Delete account', { id: 'confirm-delete', kind: 'danger', onclick: submit })))
          ];
        }, function (soon) {
          // A notice loads late above the password field: the field and buttons move down.
          soon(200, 600, function () {
            var slot = document.getElementById('delete-late');
            if (slot) slot.appendChild(h('p', { class: 'muted small', id: 'export-note' },
              'You can download a copy of your clips from the web before you go.'));
          });
        });
      },
      '#/deleted': function () {
        return { title: 'Account deleted', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, 'Your account has been deleted'),
          h('p', { class: 'muted' }, 'All your data has been removed. Thank you for using Ripple.'),
          h('div', { style: 'margin-top:24px' }, CC.btn('OK', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
