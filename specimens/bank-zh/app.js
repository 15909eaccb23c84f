/* bank-zh: 银行 App 注销账户。须知需滚动到底 + 10 秒倒计时，短信验证码，人脸识别，上传身份证，
   最后要求到网点柜台办理（线下要求，无法在线完成）。 */
(function () {
  'use strict';
  var h = CC.h;
  var CREDS = { username: '13800138000', password: 'huaxin-2024' };
  var SMS_CODE = '123456';
  var flow = { smsSent: false, front: false, back: false };

  var NOTICE = [
    ['一、注销条件', '1. 您名下所有借记卡、信用卡、电子账户均已销户或解除绑定，且无未结清的贷款、透支、分期等债务。'],
    ['', '2. 您的账户内无余额、无在途资金，无未到期的理财产品、定期存款、基金、保险等资产。'],
    ['', '3. 您的账户不存在被司法冻结、止付或其他权利受限的情形，且近90天内无异常交易记录。'],
    ['', '4. 您已解除本行手机银行与第三方支付平台（如支付宝、微信支付、云闪付等）的快捷支付绑定。'],
    ['二、注销后果', '1. 注销后，您将无法使用本手机号登录华信银行App，且账户内的所有信息（包括但不限于交易记录、电子回单、收款人名册、积分、优惠券）将被清除且无法恢复。'],
    ['', '2. 注销后，您在本行参与的各类营销活动的权益将自动放弃，已领取但未使用的权益将作废。'],
    ['', '3. 注销手机银行不等同于注销银行卡。如需注销银行卡，请另行办理。'],
    ['三、身份核验', '为保障您的资金安全，注销申请需依次完成短信验证、人脸识别以及身份证正反面影像上传。本行将依法对您提交的身份信息进行核验。'],
    ['四、办理方式', '根据监管要求及本行业务规定，部分注销业务需由客户本人持有效身份证件到本行营业网点柜台办理。具体以页面提示为准。'],
    ['五、其他', '本须知未尽事宜，以《华信银行个人客户服务协议》《华信银行隐私政策》为准。如有疑问，请致电客服热线 95xxx 或咨询网点工作人员。'],
    ['', '请您在充分阅读并理解本须知全部内容后，再决定是否继续办理注销。']
  ];

  function step(n, total, label) {
    return h('div', { class: 'pad small muted' }, '第 ' + n + '/' + total + ' 步 · ' + label);
  }

  CC.app({
    name: 'bank-zh',
    docTitle: '华信银行',
    start: '#/home',
    deletable: false,
    defaults: {},
    tabs: [
      { label: '首页', icon: 'home', route: '#/home' },
      { label: '理财', icon: 'chart', route: '#/wealth' },
      { label: '生活', icon: 'compass', route: '#/life' },
      { label: '我的', icon: 'person', route: '#/me' }
    ],
    strings: { back: '返回' },
    routes: {
      '#/home': function () {
        function quick(ic, label) {
          return h('button', { type: 'button', class: 'quick', onclick: function () { CC.toast(label + '功能暂未开放'); } },
            h('span', { class: 'qi' }, CC.icon(ic)), h('span', null, label));
        }
        return { title: '华信银行', tab: '#/home', brandHeader: true, body: [
          h('div', { class: 'balance' },
            h('div', { class: 'small', style: 'opacity:.85' }, '总资产（元）'),
            h('div', { class: 'amount' }, '0.00'),
            h('div', { class: 'small', style: 'opacity:.85' }, '借记卡 尾号 6217 · 已激活')),
          h('div', { class: 'quickgrid card' }, quick('card', '转账'), quick('wallet', '收支'), quick('chart', '理财'), quick('doc', '缴费')),
          CC.list([
            CC.row({ icon: 'star', label: '新客专享理财', sub: '七日年化 2.35%', href: '#/wealth' }),
            CC.row({ icon: 'bell', label: '系统公告', sub: '关于手机银行系统升级的公告', href: '#/home' })
          ], '为你推荐')
        ] };
      },
      '#/wealth': function () {
        return { title: '理财', tab: '#/wealth', body: CC.list([
          CC.row({ icon: 'chart', label: '华信稳盈 90天', sub: '业绩比较基准 2.60%', href: '#/wealth' }),
          CC.row({ icon: 'chart', label: '华信天天利', sub: '七日年化 1.85%', href: '#/wealth' })
        ], '精选产品') };
      },
      '#/life': function () {
        return { title: '生活', tab: '#/life', body: CC.list([
          CC.row({ icon: 'phone', label: '手机充值', href: '#/life' }),
          CC.row({ icon: 'doc', label: '生活缴费', href: '#/life' })
        ], '便民服务') };
      },
      '#/me': function () {
        return { title: '我的', tab: '#/me', body: [
          h('div', { class: 'profile-head' }, h('div', { class: 'avatar' }, '张'),
            h('div', null, h('div', { class: 'pn' }, '张伟'), h('div', { class: 'muted small' }, '手机号 138****8000'))),
          CC.list([
            CC.row({ icon: 'wallet', label: '我的账户', href: '#/me' }),
            CC.row({ icon: 'card', label: '银行卡管理', href: '#/me' }),
            CC.row({ icon: 'doc', label: '电子回单', href: '#/me' }),
            CC.row({ icon: 'settings', label: '设置', href: '#/settings' })
          ])
        ] };
      },
      '#/settings': function () {
        return { title: '设置', back: '#/me', centerTitle: true, body: [
          CC.list([
            CC.row({ icon: 'shield', label: '安全中心', href: '#/security' }),
            CC.row({ icon: 'bell', label: '消息通知', href: '#/settings/notify' }),
            CC.row({ icon: 'globe', label: '通用', href: '#/settings/notify' }),
            CC.row({ icon: 'help', label: '关于我们', value: 'v9.2.0', href: '#/settings/about' })
          ])
        ] };
      },
      '#/settings/notify': function () {
        return { title: '消息通知', back: '#/settings', centerTitle: true, body: h('div', { class: 'card pad' },
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n1', checked: true }), '动账通知'),
          h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'n2', checked: true }), '营销消息')) };
      },
      '#/settings/about': function () {
        return { title: '关于我们', back: '#/settings', centerTitle: true, body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon' }, CC.icon('shield')), h('h2', null, '华信银行'), h('p', { class: 'muted' }, '版本 9.2.0')) };
      },
      '#/security': function () {
        return { title: '安全中心', back: '#/settings', centerTitle: true, body: [
          CC.list([
            CC.row({ icon: 'lock', label: '登录密码修改', href: '#/security' }),
            CC.row({ icon: 'lock', label: '支付密码', href: '#/security' }),
            CC.row({ icon: 'face', label: '指纹/面容登录', value: '已开启', href: '#/security' }),
            CC.row({ icon: 'phone', label: '设备管理', href: '#/security' })
          ], '账户安全'),
          CC.list([
            CC.row({ icon: 'trash', label: '注销账户', href: '#/cancel/notice' })
          ], '其他')
        ] };
      },
      '#/cancel/notice': function () {
        var left = 10, atEnd = false;
        var btn = CC.btn('我已阅读并同意（10s）', { id: 'agree', disabled: true, onclick: function () {
          if (left > 0 || !atEnd) return;
          flow = { smsSent: false, front: false, back: false };
          CC.go('#/cancel/sms');
        } });
        var hint = h('div', { class: 'small muted center', id: 'notice-hint', style: 'margin-top:10px' }, '请滑动阅读至底部');
        function update() {
          btn.textContent = left > 0 ? '我已阅读并同意（' + left + 's）' : '我已阅读并同意';
          btn.disabled = left > 0 || !atEnd;
          hint.textContent = atEnd ? (left > 0 ? '请等待倒计时结束' : '') : '请滑动阅读至底部';
        }
        var inner = h('div', { class: 'notice-inner' }, h('h3', { class: 'center' }, '华信银行手机银行注销须知'),
          NOTICE.map(function (p) { return [p[0] ? h('h3', null, p[0]) : null, h('p', null, p[1])]; }),
          h('p', { class: 'small muted center', style: 'margin-top:24px' }, '— 已到底部 —'));
        var box = h('div', { id: 'notice', class: 'notice', tabindex: '0', 'aria-label': '注销须知' , onscroll: function () {
          if (box.scrollTop + box.clientHeight >= box.scrollHeight - 8) { atEnd = true; update(); }
        } }, inner);
        return { title: '注销须知', back: '#/security', centerTitle: true, body: [
          step(1, 4, '阅读注销须知'),
          h('div', { style: 'padding:0 16px' }, box, h('div', { style: 'margin-top:16px' }, btn), hint)
        ], after: function () {
          var t0 = Date.now();
          CC.every(200, function () {
            var l = Math.max(0, 10 - Math.floor((Date.now() - t0) / 1000));
            if (l !== left) { left = l; update(); }
          });
        } };
      },
      '#/cancel/sms': function () {
        var wait = 0, timer = null;
        var getBtn = CC.btn(flow.smsSent ? '重新获取' : '获取验证码', { id: 'get-code', kind: 'tonal', onclick: function () {
          if (wait > 0) return;
          flow.smsSent = true;
          CC.toast('验证码已发送');
          wait = 60; getBtn.disabled = true; getBtn.textContent = wait + 's后重发';
          timer = CC.every(1000, function () {
            wait -= 1;
            if (wait <= 0) { clearInterval(timer); getBtn.disabled = false; getBtn.textContent = '重新获取'; }
            else getBtn.textContent = wait + 's后重发';
          });
        } });
        return { title: '身份验证', back: '#/cancel/notice', centerTitle: true, body: [
          step(2, 4, '短信验证'),
          h('div', { class: 'card pad' },
            h('p', null, '验证码将发送至 138****8000'),
            CC.field({ id: 'code', label: '短信验证码', placeholder: '请输入6位验证码', type: 'tel', inputmode: 'numeric',
              maxlength: '6', extra: getBtn }),
            CC.btn('下一步', { id: 'sms-next', onclick: function () {
              var v = document.getElementById('code').value.trim();
              if (!flow.smsSent) { CC.fieldError('code', '请先获取验证码'); return; }
              if (v !== SMS_CODE) { CC.fieldError('code', '验证码错误，请重新输入'); return; }
              CC.go('#/cancel/face');
            } }))
        ] };
      },
      '#/cancel/face': function () {
        return { title: '人脸识别', back: '#/cancel/sms', centerTitle: true, body: [
          step(3, 4, '人脸识别'),
          h('div', { class: 'hero' },
            h('div', { class: 'facering' }, CC.icon('face')),
            h('h2', null, '请确保是张伟本人操作'),
            h('p', { class: 'muted' }, '请正对手机，保持光线充足，按提示完成眨眼、张嘴动作'),
            h('div', { style: 'margin-top:24px' }, CC.btn('开始人脸识别', { id: 'face-start', onclick: function () {
              CC.toast('人脸识别成功');
              CC.go('#/cancel/id');
            } })))
        ] };
      },
      '#/cancel/id': function () {
        var submit;
        function tile(key, label, id) {
          var status = h('span', { class: 'tile-status' }, flow[key] ? '已上传' : '点击上传');
          var b = h('button', { type: 'button', class: 'idtile' + (flow[key] ? ' done' : ''), id: id, onclick: function () {
            flow[key] = true; status.textContent = '已上传'; b.classList.add('done');
            CC.toast(label + '已上传');
            submit.disabled = !(flow.front && flow.back);
          } }, h('span', { class: 'idart' }, CC.icon(key === 'front' ? 'person' : 'shield')), h('span', { class: 'tile-label' }, label), status);
          return b;
        }
        submit = CC.btn('提交', { id: 'id-submit', disabled: !(flow.front && flow.back), onclick: function () {
          if (flow.front && flow.back) CC.go('#/cancel/offline');
        } });
        return { title: '上传身份证', back: '#/cancel/face', centerTitle: true, body: [
          step(4, 4, '上传身份证正反面'),
          h('div', { class: 'pad' },
            h('p', { class: 'muted' }, '请上传本人二代身份证正反面照片，确保四角完整、文字清晰'),
            h('div', { class: 'idgrid' }, tile('front', '身份证人像面', 'id-front'), tile('back', '身份证国徽面', 'id-back')),
            h('div', { style: 'margin-top:24px' }, submit))
        ] };
      },
      '#/cancel/offline': function () {
        return { title: '注销账户', back: '#/security', centerTitle: true, body: h('div', { class: 'hero' },
          h('div', { class: 'big-icon warn' }, CC.icon('warn')),
          h('h2', null, '请携带本人身份证到任一网点柜台办理注销'),
          h('p', { class: 'muted' }, '您的身份信息已核验。根据本行规定，手机银行注销需本人持有效身份证件到营业网点柜台办理，营业时间：工作日 9:00–17:00。'),
          h('div', { style: 'margin-top:24px' },
            CC.btn('查找附近网点', { id: 'find-branch', onclick: function () { CC.toast('请开启定位权限'); } }),
            CC.btn('返回首页', { kind: 'secondary', href: '#/home' }))) };
      }
    }
  });
})();
