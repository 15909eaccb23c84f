/* social-zh: 社交 App 注销账号。两次挽留弹窗（「我再想想」大而亮，「残忍离开」小而灰），
   注销条件（余额清零、解绑第三方账号），短信验证码，提交申请，15 个工作日内处理。 */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: '13900139000', password: 'youquan-88' };
  var SMS_CODE = '123456';
  var flow = { unbound: false, smsSent: false };

  function chat(name, msg, time, color) {
    return h('a', { class: 'row', href: '#/chats' },
      h('span', { class: 'ri', style: 'background:' + color + ';color:#fff;border-radius:8px' }, name.slice(0, 1)),
      h('span', { class: 'rt' }, h('span', { class: 'rl' }, name), h('span', { class: 'rs' }, msg)),
      h('span', { class: 'rv small' }, time));
  }
  function stayDialog(title, body, next) {
    return CC.dialog({ title: title, body: body, stack: true, actions: [
      CC.btn('我再想想', { kind: 'big', id: 'stay', onclick: function () { CC.go('#/me'); } }),
      h('button', { type: 'button', class: 'weak', id: 'leave', style: 'padding:2px 0;margin-top:4px',
        onclick: function () { CC.go(next); } }, '残忍离开')
    ] });
  }

  CC.app({
    name: 'social-zh',
    docTitle: '友圈',
    start: '#/home',
    deletable: true,
    doneRoute: '#/cancel/done',
    defaults: { deleted: false },
    tabs: [
      { label: '消息', icon: 'chat', route: '#/home' },
      { label: '通讯录', icon: 'people', route: '#/contacts' },
      { label: '发现', icon: 'compass', route: '#/discover' },
      { label: '我', icon: 'person', route: '#/me' }
    ],
    strings: {
      back: '返回', signinTitle: '登录', signinHeading: '欢迎使用友圈', signinSub: '使用手机号和密码登录',
      userLabel: '手机号', userType: 'tel', userPlaceholder: '请输入手机号', passLabel: '密码', signinBtn: '登录',
      noAccount: '账号不存在'
    },
    routes: {
      '#/home': function () {
        return { title: '友圈', tab: '#/home', centerTitle: true, body: h('div', { class: 'list' },
          chat('李娜', '周末一起去爬山吗？', '09:12', '#ff9800'),
          chat('工作群', '王总：明早九点开会', '08:47', '#3f51b5'),
          chat('妈妈', '[语音] 12"', '昨天', '#e91e63'),
          chat('友圈团队', '你的年度回忆已生成', '周一', '#067a3e')) };
      },
      '#/chats': function () { return { redirect: '#/home' }; },
      '#/contacts': function () {
        return { title: '通讯录', tab: '#/contacts', centerTitle: true, body: CC.list([
          CC.row({ icon: 'people', label: '新的朋友', href: '#/contacts' }),
          CC.row({ icon: 'people', label: '群聊', href: '#/contacts' }),
          CC.row({ icon: 'person', label: '李娜', href: '#/contacts' })
        ]) };
      },
      '#/discover': function () {
        return { title: '发现', tab: '#/discover', centerTitle: true, body: CC.list([
          CC.row({ icon: 'photo', label: '朋友圈', href: '#/discover' }),
          CC.row({ icon: 'play', label: '视频号', href: '#/discover' }),
          CC.row({ icon: 'search', label: '搜一搜', href: '#/discover' })
        ]) };
      },
      '#/me': function () {
        return { title: '我', tab: '#/me', action: h('button', { type: 'button', class: 'iconbtn', 'aria-label': '更多',
          onclick: function () { CC.go('#/me/more'); } }, CC.icon('more')), body: [
          h('div', { class: 'profile-head' }, h('div', { class: 'avatar' }, '小'),
            h('div', null, h('div', { class: 'pn' }, '小雨'), h('div', { class: 'muted small' }, '友圈号：xiaoyu_2019'))),
          h('div', { style: 'height:10px' }),
          CC.list([
            CC.row({ icon: 'wallet', label: '钱包', value: '¥0.00', href: '#/me/wallet' }),
            CC.row({ icon: 'star', label: '收藏', href: '#/me' }),
            CC.row({ icon: 'photo', label: '相册', href: '#/me' })
          ]),
          h('div', { style: 'height:10px' }),
          CC.list([CC.row({ icon: 'settings', label: '设置', href: '#/settings' })])
        ] };
      },
      '#/me/more': function () {
        return { base: '#/me', sheet: CC.sheet({ title: '更多', body: CC.list([
          CC.row({ label: '分享名片', noChevron: true, onclick: function () { CC.back('#/me'); CC.toast('已复制名片链接'); } }),
          CC.row({ label: '切换账号', noChevron: true, onclick: function () { CC.back('#/me'); CC.toast('暂无其他账号'); } }),
          CC.row({ label: '取消', noChevron: true, onclick: function () { CC.back('#/me'); } })
        ]) }) };
      },
      '#/me/wallet': function () {
        return { title: '钱包', back: '#/me', centerTitle: true, body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('wallet')), h('h2', null, '¥0.00'), h('p', { class: 'muted' }, '零钱余额')) };
      },
      '#/settings': function () {
        return { title: '设置', back: '#/me', centerTitle: true, body: [
          CC.list([CC.row({ icon: 'shield', label: '账号与安全', href: '#/security' })]),
          h('div', { style: 'height:10px' }),
          CC.list([
            CC.row({ icon: 'bell', label: '新消息通知', href: '#/settings/notify' }),
            CC.row({ icon: 'lock', label: '隐私', href: '#/settings/notify' }),
            CC.row({ icon: 'globe', label: '通用', href: '#/settings/notify' })
          ]),
          h('div', { style: 'height:10px' }),
          CC.list([CC.row({ icon: 'help', label: '关于友圈', value: '版本 8.0.49', href: '#/settings' })])
        ] };
      },
      '#/settings/notify': function () {
        return { title: '新消息通知', back: '#/settings', centerTitle: true, body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n1', checked: true }), '接收新消息通知'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n2', checked: true }), '通知显示消息详情')) };
      },
      '#/security': function () {
        return { title: '账号与安全', back: '#/settings', centerTitle: true, body: [
          CC.list([
            CC.row({ icon: 'person', label: '友圈号', value: 'xiaoyu_2019', href: '#/security' }),
            CC.row({ icon: 'phone', label: '手机号', value: '139****9000', href: '#/security' }),
            CC.row({ icon: 'lock', label: '友圈密码', value: '已设置', href: '#/security' }),
            CC.row({ icon: 'phone', label: '登录设备管理', href: '#/security' })
          ]),
          h('div', { style: 'height:10px' }),
          CC.list([
            CC.row({ icon: 'shield', label: '安全中心', href: '#/security' }),
            CC.row({ icon: 'trash', label: '注销账号', href: '#/cancel' })
          ])
        ] };
      },
      '#/cancel': function () {
        return { title: '注销账号', back: '#/security', centerTitle: true, body: [
          h('div', { class: 'hero' }, h('div', { class: 'big-icon warn' }, CC.icon('warn')),
            h('h2', null, '申请注销友圈账号'),
            h('p', { class: 'muted' }, '注销后，你将无法再使用该账号登录，账号内的所有信息将被永久删除。')),
          h('div', { class: 'card pad' },
            h('h3', null, '注销后你将失去'),
            h('ul', { class: 'bullets' },
              h('li', null, '所有好友关系与聊天记录'),
              h('li', null, '朋友圈、相册和收藏内容'),
              h('li', null, '通过友圈登录的第三方应用授权'))),
          h('div', { class: 'actions' }, CC.btn('申请注销', { id: 'apply', onclick: function () { CC.go('#/cancel/stay1'); } }))
        ] };
      },
      '#/cancel/stay1': function () {
        return { base: '#/cancel', dialog: stayDialog('真的要离开吗？',
          '你的 326 位好友和 5 年的聊天记录都在这里，离开后将无法找回。', '#/cancel/stay2') };
      },
      '#/cancel/stay2': function () {
        return { base: '#/cancel', dialog: stayDialog('再考虑一下吧',
          '好友们会想念你的。注销后，大家将再也找不到你，所有回忆都会消失。', '#/cancel/conditions') };
      },
      '#/cancel/conditions': function () {
        var next = CC.btn('下一步', { id: 'cond-next', disabled: !flow.unbound, onclick: function () {
          if (flow.unbound) { flow.smsSent = false; CC.go('#/cancel/sms'); }
        } });
        var st3 = h('span', { class: flow.unbound ? 'status-ok' : 'status-bad', id: 'thirdparty-status' }, flow.unbound ? '已解绑' : '未满足');
        var unbindBtn = flow.unbound ? null : h('button', { type: 'button', class: 'textbtn', id: 'unbind', onclick: function () {
          flow.unbound = true; st3.textContent = '已解绑'; st3.className = 'status-ok'; unbindBtn.remove();
          next.disabled = false; CC.toast('已解除绑定');
        } }, '去解绑');
        function cond(title, sub, status, extra) {
          return h('div', { class: 'row', style: 'cursor:default' },
            h('span', { class: 'rt' }, h('span', { class: 'rl' }, title), h('span', { class: 'rs' }, sub)), status, extra);
        }
        return { title: '注销条件', back: '#/cancel', centerTitle: true, body: [
          h('p', { class: 'pad muted small', style: 'margin:0' }, '为保障你的账号和财产安全，申请注销前需同时满足以下条件：'),
          h('div', { class: 'list' },
            cond('余额清零', '钱包零钱、红包余额为 ¥0.00', h('span', { class: 'status-ok' }, '已满足')),
            cond('解绑第三方账号', '已绑定：微博、QQ音乐', st3, unbindBtn),
            cond('账号处于安全状态', '近1个月内无修改密码、换绑手机等敏感操作', h('span', { class: 'status-ok' }, '已满足'))),
          h('div', { class: 'actions' }, next)
        ] };
      },
      '#/cancel/sms': function () {
        var wait = 0, timer = null;
        var getBtn = CC.btn('获取验证码', { id: 'get-code', kind: 'tonal', onclick: function () {
          if (wait > 0) return;
          flow.smsSent = true; CC.toast('验证码已发送');
          wait = 60; getBtn.disabled = true; getBtn.textContent = wait + 's';
          timer = CC.every(1000, function () {
            wait -= 1;
            if (wait <= 0) { clearInterval(timer); getBtn.disabled = false; getBtn.textContent = '重新获取'; }
            else getBtn.textContent = wait + 's';
          });
        } });
        return { title: '身份验证', back: '#/cancel/conditions', centerTitle: true, body: h('div', { class: 'card pad' },
          h('p', null, '请输入发送至 139****9000 的短信验证码'),
          CC.field({ id: 'code', label: '验证码', placeholder: '请输入验证码', type: 'tel', inputmode: 'numeric', maxlength: '6', extra: getBtn }),
          h('p', { class: 'small muted' }, '提交后，我们将在15个工作日内完成审核，期间请勿登录账号。'),
          CC.btn('提交申请', { id: 'submit', kind: 'danger', onclick: function () {
            var v = document.getElementById('code').value.trim();
            if (!flow.smsSent) { CC.fieldError('code', '请先获取验证码'); return; }
            if (v !== SMS_CODE) { CC.fieldError('code', '验证码错误'); return; }
            CC.markDeleted('#/cancel/done');
          } })) };
      },
      '#/cancel/done': function () {
        return { title: '注销账号', centerTitle: true, body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon ok' }, CC.icon('check')),
          h('h2', null, '注销申请已提交'),
          h('p', { class: 'muted' }, '我们将在15个工作日内处理您的申请'),
          h('div', { style: 'margin-top:24px' }, CC.btn('完成', { onclick: function () { CC.justDeleted = false; CC.replace('#/signin'); } }))) };
      }
    }
  });
})();
