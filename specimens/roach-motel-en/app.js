/* roach-motel-en: easy to join, hard to leave. Entry buried below the fold as a small grey link,
   "Deactivate instead" preselected, retention offer with a faint "Continue", confirmshaming,
   required reason survey, typed confirmation and a pre-ticked "Keep my data for 30 days". */
(function () {
  'use strict';
  var h = CC.h;
  // Per-visit form state (not persisted: every visit starts with the preselected defaults).
  var form = { choice: 'deactivate', reason: '', keepData: true };
  var CREDS = { username: 'sam@example.com', password: 'memora-4-lantern' };

  function memory(color, title, sub) {
    return h('div', { class: 'feed-item' },
      h('div', { class: 'thumb', style: 'background: linear-gradient(160deg, ' + color + ', #fff3f7)' }),
      h('div', { class: 'fi-text' }, h('h3', null, title), h('div', { class: 'muted small' }, sub)));
  }

  CC.app({
    name: 'roach-motel-en',
    docTitle: 'Memora',
    start: '#/home',
    deletable: true,
    defaults: { deleted: false },
    tabs: [
      { label: 'Home', icon: 'home', route: '#/home' },
      { label: 'Memories', icon: 'photo', route: '#/memories' },
      { label: 'Settings', icon: 'settings', route: '#/settings' }
    ],
    strings: {
      back: 'Back', signinTitle: 'Sign in', signinHeading: 'Welcome back to Memora', signinSub: 'Your memories are waiting',
      userLabel: 'Email', passLabel: 'Password', signinBtn: 'Sign in',
      noAccount: 'No account found with these details'
    },
    routes: {
      '#/home': function () {
        return { title: 'Memora', tab: '#/home', brandHeader: true, body: [
          h('div', { class: 'pad' }, h('span', { class: 'chip' }, 'On this day'), h('h2', null, '3 years ago today')),
          memory('#f48fb1', 'Beach day in Brighton', '34 photos · 2023'),
          memory('#ce93d8', "Mia's 5th birthday", '58 photos · 2022'),
          memory('#90caf9', 'First snow', '12 photos · 2021')
        ] };
      },
      '#/memories': function () {
        return { title: 'Memories', tab: '#/memories', body: [
          CC.list([
            CC.row({ icon: 'photo', label: 'All photos', value: '2,418', href: '#/memories' }),
            CC.row({ icon: 'heart', label: 'Favourites', value: '96', href: '#/memories' }),
            CC.row({ icon: 'people', label: 'Shared albums', value: '7', href: '#/memories' })
          ], 'Library')
        ] };
      },
      '#/settings': function () {
        return { title: 'Settings', tab: '#/settings', body: [
          h('div', { class: 'profile-head' }, h('div', { class: 'avatar' }, 'S'),
            h('div', null, h('div', { class: 'pn' }, 'Sam Taylor'), h('div', { class: 'muted small' }, 'Memora Plus trial · 12 days left'))),
          CC.list([
            CC.row({ icon: 'bell', label: 'Notifications', href: '#/settings/notifications' }),
            CC.row({ icon: 'photo', label: 'Backup & sync', value: 'On', href: '#/settings/backup' }),
            CC.row({ icon: 'lock', label: 'Privacy', href: '#/privacy' }),
            CC.row({ icon: 'star', label: 'Memora Plus', href: '#/plus' }),
            CC.row({ icon: 'help', label: 'Help & feedback', href: '#/settings/help' })
          ], 'Preferences')
        ] };
      },
      '#/settings/notifications': function () {
        return { title: 'Notifications', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n1', checked: true }), 'On this day'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n2', checked: true }), 'New shared photos'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n3', checked: true }), 'Offers and news')) };
      },
      '#/settings/backup': function () {
        return { title: 'Backup & sync', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'b1', checked: true }), 'Back up photos'),
          h('p', { class: 'muted small' }, '14.2 GB of 15 GB used')) };
      },
      '#/settings/help': function () {
        return { title: 'Help & feedback', back: '#/settings', body: CC.list([
          CC.row({ icon: 'help', label: 'Getting started', href: '#/settings/help' }),
          CC.row({ icon: 'chat', label: 'Send feedback', onclick: function () { CC.toast('Thanks for your feedback!'); } })
        ], 'Help') };
      },
      '#/plus': function () {
        return { title: 'Memora Plus', back: '#/settings', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('star')), h('h2', null, 'Unlimited storage'),
          h('p', { class: 'muted' }, 'Keep every memory safe for £2.99 a month.'),
          CC.btn('Upgrade now', { onclick: function () { CC.toast('Upgrade is not available in this demo'); } })) };
      },
      '#/privacy': function () {
        return { title: 'Privacy', back: '#/settings', body: [
          CC.list([
            CC.row({ icon: 'people', label: 'Who can see my memories', value: 'Friends', href: '#/privacy' }),
            CC.row({ icon: 'globe', label: 'Location in photos', value: 'On', href: '#/privacy' }),
            CC.row({ icon: 'shield', label: 'Face grouping', value: 'On', href: '#/privacy' }),
            CC.row({ icon: 'person', label: 'Manage account', href: '#/manage' })
          ], 'Privacy')
        ] };
      },
      '#/manage': function () {
        return { title: 'Manage account', back: '#/privacy', body: [
          CC.list([
            CC.row({ icon: 'mail', label: 'Email', sub: CREDS.username, href: '#/manage' }),
            CC.row({ icon: 'phone', label: 'Phone number', sub: '+44 7700 900123', href: '#/manage' }),
            CC.row({ icon: 'lock', label: 'Password', sub: 'Last changed 8 months ago', href: '#/manage' }),
            CC.row({ icon: 'shield', label: 'Two-step verification', value: 'Off', href: '#/manage' })
          ], 'Account details'),
          CC.list([
            CC.row({ icon: 'card', label: 'Payment methods', sub: 'Visa •••• 4242', href: '#/manage' }),
            CC.row({ icon: 'doc', label: 'Billing history', href: '#/manage' }),
            CC.row({ icon: 'star', label: 'Subscription', sub: 'Memora Plus trial', href: '#/plus' })
          ], 'Billing'),
          CC.list([
            CC.row({ icon: 'download', label: 'Download your memories', sub: 'Get a copy of your photos', href: '#/manage' }),
            CC.row({ icon: 'link', label: 'Connected apps', sub: 'Google Photos, Instagram', href: '#/manage' }),
            CC.row({ icon: 'people', label: 'Linked family members', sub: '2 members', href: '#/manage' })
          ], 'Your data'),
          h('div', { class: 'pad muted small', style: 'padding-top:28px' },
            h('p', null, 'Memora keeps your memories safe in the cloud. Read our Terms of Service and Privacy Policy to learn how we use your data.'),
            h('p', null, 'Memora Ltd, 1 Example Street, London. Version 8.14.2 (2031)')),
          h('div', { style: 'padding: 8px 16px 120px' },
            h('a', { class: 'weak', id: 'delete-link', href: '#/delete' }, 'Delete account'))
        ] };
      },
      '#/delete': function () {
        var st = form; st.choice = 'deactivate';
        function opt(value, label, sub) {
          return h('label', { class: 'radio option', for: 'opt-' + value },
            h('input', { type: 'radio', name: 'choice', id: 'opt-' + value, value: value, checked: st.choice === value,
              onchange: function () { form.choice = value; } }),
            h('span', null, label, h('span', { class: 'rs' }, sub)));
        }
        return { title: 'Leaving Memora?', back: '#/manage', body: h('div', { class: 'pad' },
          h('h2', null, 'What would you like to do?'),
          h('p', { class: 'muted' }, 'Most people take a break instead of losing their memories for ever.'),
          opt('deactivate', 'Deactivate instead (recommended)', 'Hide your profile. Come back any time — everything is kept.'),
          opt('delete', 'Delete permanently', 'Erase your account and all 2,418 memories.'),
          h('div', { style: 'margin-top:20px' }, CC.btn('Continue', { id: 'choice-continue', onclick: function () {
            var v = (document.querySelector('input[name=choice]:checked') || {}).value;
            CC.go(v === 'delete' ? '#/delete/offer' : '#/deactivated');
          } }))) };
      },
      '#/deactivated': function () {
        return { title: 'Account deactivated', back: '#/settings', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('check')), h('h2', null, 'Your account is deactivated'),
          h('p', { class: 'muted' }, 'Your memories are safe. Just sign in again any time to reactivate.'),
          CC.btn('Back to Memora', { href: '#/home' })) };
      },
      '#/delete/offer': function () {
        return { title: 'Before you go', back: '#/delete', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('star')),
          h('h2', null, 'Get 50% off Memora Plus'),
          h('p', { class: 'muted' }, 'Stay and get 6 months of unlimited storage for just £1.49 a month. Your 2,418 memories stay safe.'),
          h('div', { style: 'margin:28px 0 36px' },
            CC.btn('Keep my account', { kind: 'big', id: 'keep', onclick: function () { CC.toast('Great! 50% off applied'); CC.go('#/home'); } })),
          h('a', { class: 'weak', id: 'offer-continue', href: '#/delete/offer/sure' }, 'Continue')) };
      },
      '#/delete/offer/sure': function () {
        return { base: '#/delete/offer', dialog: CC.dialog({
          title: 'Your 2,418 memories will be lost forever',
          body: 'Photos of Mia, your trips and 7 shared albums will be erased. Family members will lose access too.',
          stack: true,
          actions: [
            CC.btn('Save my memories', { kind: 'big', id: 'save-memories', onclick: function () { CC.go('#/home'); } }),
            h('button', { type: 'button', class: 'weak', id: 'dont-care', style: 'padding:2px 0;margin-top:4px',
              onclick: function () { CC.go('#/delete/reason'); } }, "No thanks, I don't care about my memories")
          ] }) };
      },
      '#/delete/reason': function () {
        var sel = h('select', { id: 'reason', onchange: function () {
          form.reason = sel.value; btn.disabled = !sel.value; CC.fieldError('reason', ''); } },
          h('option', { value: '', disabled: true, selected: !form.reason }, 'Choose a reason'),
          ['I have privacy concerns', 'It costs too much', 'I use another app', 'Too many notifications', 'Something else'].map(function (r) {
            return h('option', { value: r, selected: form.reason === r }, r);
          }));
        var btn = CC.btn('Continue', { id: 'reason-continue', disabled: !form.reason, onclick: function () {
          if (!sel.value) { CC.fieldError('reason', 'Please tell us why you are leaving'); return; }
          CC.go('#/delete/confirm');
        } });
        return { title: 'Help us improve', back: '#/delete/offer', body: h('div', { class: 'pad' },
          h('h2', null, 'Why are you leaving?'),
          h('p', { class: 'muted' }, 'You must answer to continue.'),
          h('div', { class: 'field' }, h('label', { for: 'reason' }, 'Reason for leaving (required)'), sel,
            h('div', { class: 'err', id: 'reason-err', role: 'alert' })),
          CC.field({ id: 'feedback', label: 'Anything else? (optional)' }),
          btn) };
      },
      '#/delete/confirm': function () {
        var del;
        var field = CC.field({ id: 'typed', label: 'Type DELETE to confirm', placeholder: 'DELETE', oninput: function (e) {
          del.disabled = e.target.value.trim() !== 'DELETE';
        } });
        del = CC.btn('Delete account', { id: 'final-delete', kind: 'danger', disabled: true, onclick: function () {
          if (document.getElementById('typed').value.trim() !== 'DELETE') return;
          CC.markDeleted('#/deleted');
        } });
        return { title: 'Confirm deletion', back: '#/delete/reason', body: h('div', { class: 'pad' },
          h('h2', null, 'Last step'),
          h('p', { class: 'muted' }, 'Deleting your account erases your profile, 2,418 memories and 7 shared albums.'),
          field,
          h('label', { class: 'check', for: 'keep-data' },
            h('input', { type: 'checkbox', id: 'keep-data', checked: true,
              onchange: function (e) { form.keepData = e.target.checked; } }),
            'Keep my data for 30 days'),
          h('div', { style: 'margin-top:16px' }, del)) };
      },
      '#/deleted': function () {
        return { title: 'Goodbye', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, 'Your account has been deleted'),
          h('p', { class: 'muted' }, 'We are sorry to see you go.'),
          h('div', { style: 'margin-top:24px' }, CC.btn('OK', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
