/* kuendigen-de: Kündigungsbutton nach § 312k BGB. Auf der Startseite ständig sichtbar
   „Verträge hier kündigen“ -> Bestätigungsseite (Vertrag wählen, per E-Mail identifizieren)
   -> „jetzt kündigen“ -> Eingangsbestätigung. Faires Design. */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: 'kunde@example.de', password: 'funkwerk-2025' };
  var CONTRACT = 'Mobilfunk Tarif L (0151 2345678)';

  function kuendigenLink() {
    return h('div', { class: 'kbar' }, h('a', { class: 'kbtn', id: 'kuendigen-button', href: '#/kuendigen' }, 'Verträge hier kündigen'));
  }

  CC.app({
    name: 'kuendigen-de',
    docTitle: 'Funkwerk Mobil',
    start: '#/home',
    deletable: true,
    doneRoute: '#/eingang',
    defaults: { deleted: false },
    tabs: [
      { label: 'Übersicht', icon: 'home', route: '#/home' },
      { label: 'Verbrauch', icon: 'chart', route: '#/verbrauch' },
      { label: 'Konto', icon: 'person', route: '#/konto' }
    ],
    strings: {
      back: 'Zurück', signinTitle: 'Anmelden', signinHeading: 'Funkwerk Mobil', signinSub: 'Melden Sie sich bei Ihrem Kundenkonto an',
      userLabel: 'E-Mail-Adresse', passLabel: 'Passwort', signinBtn: 'Anmelden',
      noAccount: 'Kein Konto mit diesen Daten gefunden'
    },
    routes: {
      '#/home': function () {
        return { title: 'Funkwerk Mobil', tab: '#/home', brandHeader: true, body: [
          h('div', { class: 'card pad' },
            h('span', { class: 'chip' }, 'Ihr Vertrag'),
            h('h2', null, 'Mobilfunk Tarif L'),
            h('p', { class: 'muted' }, 'Rufnummer 0151 2345678 · 24,99 € / Monat'),
            h('div', { class: 'meter' }, h('div', { class: 'meter-fill', style: 'width:62%' })),
            h('p', { class: 'small muted' }, '12,4 GB von 20 GB verbraucht · noch 11 Tage')),
          CC.list([
            CC.row({ icon: 'doc', label: 'Rechnungen', sub: 'Letzte Rechnung: 24,99 €', href: '#/rechnungen' }),
            CC.row({ icon: 'star', label: 'Tarif wechseln', href: '#/konto' }),
            CC.row({ icon: 'help', label: 'Hilfe & Kontakt', href: '#/hilfe' })
          ], 'Service'),
          kuendigenLink()
        ] };
      },
      '#/verbrauch': function () {
        return { title: 'Verbrauch', tab: '#/verbrauch', body: [
          CC.list([
            CC.row({ icon: 'globe', label: 'Datenvolumen', value: '12,4 / 20 GB', href: '#/verbrauch' }),
            CC.row({ icon: 'phone', label: 'Telefonie', value: 'Flat', href: '#/verbrauch' }),
            CC.row({ icon: 'chat', label: 'SMS', value: 'Flat', href: '#/verbrauch' })
          ], 'Aktueller Monat'), kuendigenLink()
        ] };
      },
      '#/konto': function () {
        return { title: 'Konto', tab: '#/konto', body: [
          CC.list([
            CC.row({ icon: 'person', label: 'Persönliche Daten', sub: 'Maria Schneider', href: '#/konto' }),
            CC.row({ icon: 'mail', label: 'E-Mail-Adresse', sub: CREDS.username, href: '#/konto' }),
            CC.row({ icon: 'card', label: 'Zahlungsart', sub: 'SEPA-Lastschrift', href: '#/konto' }),
            CC.row({ icon: 'doc', label: 'Verträge', sub: '1 aktiver Vertrag', href: '#/konto' })
          ], 'Kundenkonto'), kuendigenLink()
        ] };
      },
      '#/rechnungen': function () {
        return { title: 'Rechnungen', back: '#/home', body: CC.list([
          CC.row({ icon: 'doc', label: 'Mai 2025', value: '24,99 €', href: '#/rechnungen' }),
          CC.row({ icon: 'doc', label: 'April 2025', value: '24,99 €', href: '#/rechnungen' })
        ]) };
      },
      '#/hilfe': function () {
        return { title: 'Hilfe & Kontakt', back: '#/home', body: [
          CC.list([
            CC.row({ icon: 'help', label: 'Häufige Fragen', href: '#/hilfe' }),
            CC.row({ icon: 'phone', label: 'Kundenservice anrufen', sub: '0800 123 4567 (kostenlos)', href: '#/hilfe' })
          ]), kuendigenLink()
        ] };
      },
      '#/kuendigen': function () {
        function submit() {
          var c = document.getElementById('vertrag').value;
          var m = document.getElementById('email').value.trim().toLowerCase();
          var ok = true;
          CC.fieldError('vertrag', ''); CC.fieldError('email', '');
          if (!c) { CC.fieldError('vertrag', 'Bitte wählen Sie den Vertrag aus, den Sie kündigen möchten.'); ok = false; }
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m)) { CC.fieldError('email', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.'); ok = false; }
          else if (m !== CREDS.username) { CC.fieldError('email', 'Zu dieser E-Mail-Adresse haben wir keinen Vertrag gefunden.'); ok = false; }
          if (ok) CC.markDeleted('#/eingang');
        }
        return { title: 'Kündigung', back: '#/home', body: h('div', { class: 'pad' },
          h('h2', null, 'Vertrag kündigen'),
          h('p', { class: 'muted' }, 'Wählen Sie den Vertrag und geben Sie Ihre E-Mail-Adresse an, damit wir Sie eindeutig zuordnen können. Die Kündigung erfolgt zum nächstmöglichen Zeitpunkt.'),
          h('div', { class: 'field' }, h('label', { for: 'vertrag' }, 'Vertrag'),
            h('select', { id: 'vertrag' },
              h('option', { value: '', selected: true, disabled: true }, 'Bitte Vertrag wählen'),
              h('option', { value: 'tarif-l' }, CONTRACT)),
            h('div', { class: 'err', id: 'vertrag-err', role: 'alert' })),
          h('div', { class: 'field' }, h('label', { for: 'kart' }, 'Art der Kündigung'),
            h('select', { id: 'kart' },
              h('option', { value: 'ordentlich', selected: true }, 'Ordentliche Kündigung (nächstmöglicher Zeitpunkt)'),
              h('option', { value: 'ausserordentlich' }, 'Außerordentliche Kündigung'))),
          CC.field({ id: 'email', label: 'E-Mail-Adresse', type: 'email', placeholder: 'name@beispiel.de' }),
          h('p', { class: 'small muted' }, 'Sie erhalten eine Bestätigung Ihrer Kündigung per E-Mail.'),
          h('div', { style: 'margin-top:12px' }, CC.btn('jetzt kündigen', { id: 'jetzt-kuendigen', onclick: submit }))) };
      },
      '#/eingang': function () {
        return { title: 'Kündigung', body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, 'Ihre Kündigung ist eingegangen'),
          h('p', { class: 'muted' }, 'Vertrag: ' + CONTRACT + '. Eine Bestätigung mit Datum und Uhrzeit haben wir an ' + CREDS.username + ' gesendet. Ihr Kundenkonto wurde geschlossen.'),
          h('div', { style: 'margin-top:24px' }, CC.btn('Fertig', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
