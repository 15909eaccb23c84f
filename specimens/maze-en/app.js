/* maze-en: Settings > "Delete account" leads to Manage subscription, whose only way onward goes
   back to Settings (a loop). The working path is Me > Help & support > Close account > confirm. */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: 'riley@example.com', password: 'stream-box-55' };

  function tile(color, title, sub) {
    return h('div', { class: 'feed-item' },
      h('div', { class: 'thumb', style: 'height:120px;background: linear-gradient(120deg, ' + color + ', #1a237e)' }),
      h('div', { class: 'fi-text' }, h('h3', null, title), h('div', { class: 'muted small' }, sub)));
  }

  CC.app({
    name: 'maze-en',
    docTitle: 'StreamBox',
    start: '#/home',
    deletable: true,
    doneRoute: '#/closed',
    defaults: { deleted: false },
    tabs: [
      { label: 'Home', icon: 'home', route: '#/home' },
      { label: 'Downloads', icon: 'download', route: '#/downloads' },
      { label: 'Me', icon: 'person', route: '#/me' }
    ],
    strings: {
      back: 'Back', signinTitle: 'Sign in', signinHeading: 'StreamBox', signinSub: 'Sign in to keep watching',
      userLabel: 'Email', passLabel: 'Password', signinBtn: 'Sign in',
      noAccount: 'No account found with these details'
    },
    routes: {
      '#/home': function () {
        return { title: 'StreamBox', tab: '#/home', brandHeader: true, body: [
          h('h2', { class: 'section-title' }, 'Continue watching'),
          tile('#7986cb', 'The Long Coast', 'S2 · E4 · 23 min left'),
          tile('#4db6ac', 'Night Market', 'Documentary · 1 h 12 min'),
          tile('#ff8a65', 'Paper Planes', 'Film · 1 h 41 min')
        ] };
      },
      '#/downloads': function () {
        return { title: 'Downloads', tab: '#/downloads', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('download')), h('h2', null, 'No downloads yet'),
          h('p', { class: 'muted' }, 'Shows you download appear here.')) };
      },
      '#/me': function () {
        return { title: 'Me', tab: '#/me', body: [
          h('div', { class: 'profile-head' }, h('div', { class: 'avatar' }, 'R'),
            h('div', null, h('div', { class: 'pn' }, 'Riley'), h('div', { class: 'muted small' }, 'Premium · renews 3 July'))),
          CC.list([
            CC.row({ icon: 'settings', label: 'Settings', href: '#/settings' }),
            CC.row({ icon: 'help', label: 'Help & support', href: '#/help' })
          ])
        ] };
      },
      '#/settings': function () {
        return { title: 'Settings', back: '#/me', body: [
          CC.list([
            CC.row({ icon: 'play', label: 'Playback', sub: 'Autoplay next episode', href: '#/settings/playback' }),
            CC.row({ icon: 'download', label: 'Download quality', value: 'High', href: '#/settings' }),
            CC.row({ icon: 'bell', label: 'Notifications', href: '#/settings' })
          ], 'App'),
          CC.list([
            CC.row({ icon: 'card', label: 'Subscription', value: 'Premium', href: '#/subscription' }),
            CC.row({ icon: 'trash', label: 'Delete account', href: '#/subscription' })
          ], 'Account')
        ] };
      },
      '#/settings/playback': function () {
        return { title: 'Playback', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'ap', checked: true }), 'Autoplay next episode'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'pv', checked: true }), 'Autoplay previews')) };
      },
      '#/subscription': function () {
        return { title: 'Manage subscription', back: '#/settings', body: [
          h('div', { class: 'card pad' },
            h('span', { class: 'chip' }, 'Current plan'),
            h('h2', null, 'Premium'),
            h('p', { class: 'muted' }, '4K, 4 screens, downloads · $17.99/month · renews 3 July'),
            h('p', null, 'Your account and your plan are managed together. Review your account settings to make changes.')),
          h('div', { class: 'actions' }, CC.btn('Account settings', { id: 'to-settings', href: '#/settings' }))
        ] };
      },
      '#/help': function () {
        return { title: 'Help & support', back: '#/me', body: [
          CC.list([
            CC.row({ icon: 'play', label: 'Playback problems', href: '#/help' }),
            CC.row({ icon: 'card', label: 'Billing and payments', href: '#/help' }),
            CC.row({ icon: 'download', label: 'Downloads', href: '#/help' })
          ], 'Popular topics'),
          CC.list([
            CC.row({ icon: 'chat', label: 'Contact us', href: '#/help' }),
            CC.row({ icon: 'person', label: 'Close account', href: '#/close' })
          ], 'Your account')
        ] };
      },
      '#/close': function () {
        return { title: 'Close your account', back: '#/help', body: [
          h('div', { class: 'hero' }, h('div', { class: 'big-icon warn' }, CC.icon('trash')),
            h('h2', null, 'Closing your account is permanent'),
            h('p', { class: 'muted' }, 'Your profile, watch history and downloads will be deleted and your Premium plan will end immediately.')),
          h('div', { class: 'actions' }, CC.btn('Continue', { id: 'close-continue', kind: 'danger', href: '#/close/confirm' }))
        ] };
      },
      '#/close/confirm': function () {
        return { base: '#/close', dialog: CC.dialog({
          title: 'Close your account?',
          body: 'This deletes your StreamBox account and all of its data. It cannot be undone.',
          actions: [
            h('button', { type: 'button', class: 'textbtn', id: 'keep', onclick: function () { CC.back('#/close'); } }, 'Keep account'),
            h('button', { type: 'button', class: 'textbtn', id: 'close-final', style: 'color:var(--danger)',
              onclick: function () { CC.markDeleted('#/closed'); } }, 'Close account')
          ] }) };
      },
      '#/closed': function () {
        return { title: 'Account closed', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, 'Your account has been deleted'),
          h('p', { class: 'muted' }, 'Your subscription has ended and your data has been removed.'),
          h('div', { style: 'margin-top:24px' }, CC.btn('OK', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
