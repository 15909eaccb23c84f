/* fair-en: a fair deletion flow. Profile -> Settings -> Delete account -> password + two equal buttons. */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: 'alex@example.com', password: 'tulip-7-harbor' };
  // The display name comes from "the user" and is rendered as text only.
  var DISPLAY_NAME = 'Alex <script>window.__pwned=1</script> Kim';

  function post(color, title, sub) {
    return h('div', { class: 'feed-item' },
      h('div', { class: 'thumb', style: 'background: linear-gradient(135deg, ' + color + ', #ffffff)' }),
      h('div', { class: 'fi-text' }, h('h3', null, title), h('div', { class: 'muted small' }, sub)));
  }

  CC.app({
    name: 'fair-en',
    docTitle: 'Tulip',
    start: '#/home',
    deletable: true,
    defaults: { deleted: false, language: 'English' },
    tabs: [
      { label: 'Home', icon: 'home', route: '#/home' },
      { label: 'Explore', icon: 'compass', route: '#/explore' },
      { label: 'Profile', icon: 'person', route: '#/profile' }
    ],
    strings: {
      back: 'Back', signinTitle: 'Sign in', signinHeading: 'Welcome to Tulip', signinSub: 'Sign in to continue',
      userLabel: 'Email', passLabel: 'Password', signinBtn: 'Sign in',
      noAccount: 'No account found with these details'
    },
    routes: {
      '#/home': function () {
        return { title: 'Tulip', tab: '#/home', body: [
          h('div', { class: 'pad' }, h('span', { class: 'chip' }, 'Today'), h('h2', null, 'Good morning')),
          post('#8ab4f8', 'Spring garden walk', '12 photos · Kew Gardens'),
          post('#fbbc04', 'Weekend market', '5 photos · Borough Market'),
          post('#81c995', 'Tulip fields', '21 photos · Lisse')
        ] };
      },
      '#/explore': function () {
        return { title: 'Explore', tab: '#/explore', body: [
          CC.list([
            CC.row({ icon: 'star', label: 'Popular this week', sub: 'Trending gardens near you', href: '#/explore' }),
            CC.row({ icon: 'globe', label: 'Around the world', sub: 'Curated collections', href: '#/explore' })
          ], 'Discover')
        ] };
      },
      '#/profile': function () {
        return { title: 'Profile', tab: '#/profile', body: [
          h('div', { class: 'profile-head' },
            h('div', { class: 'avatar' }, 'A'),
            h('div', null, h('div', { class: 'pn', id: 'display-name', text: DISPLAY_NAME }),
              h('div', { class: 'muted small' }, CREDS.username))),
          CC.list([
            CC.row({ icon: 'person', label: 'Edit profile', href: '#/profile/edit' }),
            CC.row({ icon: 'settings', label: 'Settings', href: '#/settings' }),
            CC.row({ icon: 'help', label: 'Help', href: '#/help' })
          ], 'Account')
        ] };
      },
      '#/profile/edit': function () {
        return { title: 'Edit profile', back: '#/profile', body: h('div', { class: 'pad' },
          CC.field({ id: 'name', label: 'Display name', value: DISPLAY_NAME }),
          CC.btn('Save', { onclick: function () { CC.toast('Profile saved'); } })) };
      },
      '#/help': function () {
        return { title: 'Help', back: '#/profile', body: [
          CC.list([
            CC.row({ icon: 'help', label: 'Getting started', href: '#/help' }),
            CC.row({ icon: 'trash', label: 'How do I delete my account?', sub: 'Profile › Settings › Delete account', href: '#/settings' })
          ], 'Frequently asked')
        ] };
      },
      '#/settings': function () {
        return { title: 'Settings', back: '#/profile', body: [
          CC.list([
            CC.row({ icon: 'bell', label: 'Notifications', href: '#/settings/notifications' }),
            CC.row({ icon: 'globe', label: 'Language', value: CC.state.language, href: '#/settings/language' }),
            CC.row({ icon: 'lock', label: 'Privacy', href: '#/settings/privacy' })
          ], 'General'),
          CC.list([
            CC.row({ icon: 'lock', label: 'Change password', href: '#/settings/password' }),
            CC.row({ icon: 'trash', label: 'Delete account', danger: true, href: '#/delete' })
          ], 'Account')
        ] };
      },
      '#/settings/notifications': function () {
        return { title: 'Notifications', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n1', checked: true }), 'Push notifications'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n2' }), 'Email newsletter')) };
      },
      '#/settings/privacy': function () {
        return { title: 'Privacy', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'p1', checked: true }), 'Private profile'),
          h('p', { class: 'muted small' }, 'Only people you approve can see your photos.')) };
      },
      '#/settings/password': function () {
        return { title: 'Change password', back: '#/settings', body: h('div', { class: 'pad' },
          CC.field({ id: 'old', label: 'Current password', type: 'password' }),
          CC.field({ id: 'new', label: 'New password', type: 'password' }),
          CC.btn('Update password', { onclick: function () { CC.toast('Password updated'); } })) };
      },
      '#/settings/language': function () {
        function pick(lang) { return function () { CC.set('language', lang); CC.back('#/settings'); CC.toast('Language: ' + lang); }; }
        return { base: '#/settings', keepScroll: true, sheet: CC.sheet({ title: 'Language', body: CC.list([
          CC.row({ label: 'English', noChevron: true, onclick: pick('English') }),
          CC.row({ label: 'Deutsch', noChevron: true, onclick: pick('Deutsch') }),
          CC.row({ label: 'Français', noChevron: true, onclick: pick('Français') })
        ]) }) };
      },
      '#/delete': function () {
        function submit() {
          var pw = document.getElementById('password').value;
          if (pw !== CREDS.password) { CC.fieldError('password', pw ? 'Incorrect password' : 'Enter your password'); return; }
          CC.markDeleted('#/deleted');
        }
        return { title: 'Delete your account', back: '#/settings', body: [
          h('div', { class: 'hero' }, h('div', { class: 'big-icon warn' }, CC.icon('trash')),
            h('h2', null, 'This will permanently delete your account'),
            h('p', { class: 'muted' }, 'Your photos, albums and profile will be removed. This cannot be undone.')),
          h('div', { class: 'pad' },
            CC.field({ id: 'password', label: 'Password', type: 'password', help: 'Enter your password to confirm it is you.' }),
            h('div', { class: 'btnrow' },
              CC.btn('Cancel', { id: 'cancel', onclick: function () { CC.back('#/settings'); } }),
              CC.btn('Delete account', { id: 'confirm-delete', kind: 'danger', onclick: submit })))
        ] };
      },
      '#/deleted': function () {
        return { title: 'Account deleted', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, 'Your account has been deleted'),
          h('p', { class: 'muted' }, 'All your data has been removed. Thank you for using Tulip.'),
          h('div', { style: 'margin-top:24px' }, CC.btn('OK', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
