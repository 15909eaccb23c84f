/* dead-end-en: "Delete account" only opens help text (e-mail or call us); the
   "Request deletion" button does nothing at all. There is no online way to delete. */
(function () {
  'use strict';
  var h = CC.h;

  function stat(label, value, unit) {
    return h('div', { class: 'stat' }, h('div', { class: 'small muted' }, label),
      h('div', { class: 'statv' }, value, h('span', { class: 'small muted' }, ' ' + unit)));
  }

  CC.app({
    name: 'dead-end-en',
    docTitle: 'FitTrack',
    start: '#/home',
    deletable: false,
    defaults: {},
    tabs: [
      { label: 'Today', icon: 'home', route: '#/home' },
      { label: 'Activity', icon: 'chart', route: '#/activity' },
      { label: 'Settings', icon: 'settings', route: '#/settings' }
    ],
    strings: { back: 'Back' },
    routes: {
      '#/home': function () {
        return { title: 'FitTrack', tab: '#/home', brandHeader: true, body: [
          h('div', { class: 'pad' }, h('h2', null, 'Today'), h('p', { class: 'muted' }, 'Thursday, 12 June')),
          h('div', { class: 'card pad stats' },
            stat('Steps', '7,412', 'of 10,000'), stat('Active', '38', 'min'), stat('Burned', '412', 'kcal')),
          CC.list([
            CC.row({ icon: 'play', label: 'Start a workout', sub: 'Run, walk, cycle', onclick: function () { CC.toast('GPS is off'); } }),
            CC.row({ icon: 'heart', label: 'Heart rate', sub: 'Resting 61 bpm', href: '#/activity' })
          ], 'Quick actions')
        ] };
      },
      '#/activity': function () {
        return { title: 'Activity', tab: '#/activity', body: CC.list([
          CC.row({ icon: 'chart', label: 'Morning run', sub: '5.2 km · 27 min', value: 'Wed', href: '#/activity' }),
          CC.row({ icon: 'chart', label: 'Evening walk', sub: '3.1 km · 41 min', value: 'Tue', href: '#/activity' }),
          CC.row({ icon: 'chart', label: 'Cycling', sub: '18.4 km · 52 min', value: 'Sun', href: '#/activity' })
        ], 'This week') };
      },
      '#/settings': function () {
        return { title: 'Settings', tab: '#/settings', body: [
          CC.list([
            CC.row({ icon: 'person', label: 'Profile', sub: 'Jordan Lee', href: '#/settings/profile' }),
            CC.row({ icon: 'bell', label: 'Notifications', href: '#/settings/notifications' }),
            CC.row({ icon: 'chart', label: 'Units', value: 'Metric', href: '#/settings/units' })
          ], 'General'),
          CC.list([
            CC.row({ icon: 'lock', label: 'Privacy policy', href: '#/settings/privacy' }),
            CC.row({ icon: 'trash', label: 'Delete account', href: '#/delete' })
          ], 'Account')
        ] };
      },
      '#/settings/profile': function () {
        return { title: 'Profile', back: '#/settings', body: h('div', { class: 'pad' },
          CC.field({ id: 'pname', label: 'Name', value: 'Jordan Lee' }),
          CC.field({ id: 'pemail', label: 'Email', type: 'email', value: 'jordan@example.com' }),
          CC.btn('Save', { onclick: function () { CC.toast('Saved'); } })) };
      },
      '#/settings/notifications': function () {
        return { title: 'Notifications', back: '#/settings', body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n1', checked: true }), 'Daily goal reminders'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n2', checked: true }), 'Weekly summary')) };
      },
      '#/settings/units': function () {
        return { base: '#/settings', keepScroll: true, sheet: CC.sheet({ title: 'Units', body: CC.list([
          CC.row({ label: 'Metric (km, kg)', noChevron: true, onclick: function () { CC.back('#/settings'); } }),
          CC.row({ label: 'Imperial (mi, lb)', noChevron: true, onclick: function () { CC.back('#/settings'); CC.toast('Units: Imperial'); } })
        ]) }) };
      },
      '#/settings/privacy': function () {
        return { title: 'Privacy policy', back: '#/settings', body: h('div', { class: 'pad' },
          h('p', null, 'We collect activity, heart-rate and location data to provide the service.'),
          h('p', { class: 'muted' }, 'You may ask us to delete your data at any time by contacting our privacy team.')) };
      },
      '#/delete': function () {
        return { title: 'Delete account', back: '#/settings', body: [
          h('div', { class: 'hero' }, h('div', { class: 'big-icon' }, CC.icon('help')), h('h2', null, 'We are sorry to see you go')),
          h('div', { class: 'card pad' },
            h('p', { id: 'help-text' }, 'To delete your account, e-mail privacy@example.com or call +1 800 555 0199'),
            h('p', { class: 'muted small' }, 'Our support team is available Monday to Friday, 9 am to 5 pm (EST). Please allow up to 30 days for your request to be processed.')),
          h('div', { class: 'actions' },
            // Deliberately inert: no handler, no visible change when tapped.
            h('button', { type: 'button', class: 'btn', id: 'request-deletion' }, 'Request deletion'))
        ] };
      }
    }
  });
})();
