// The 推荐清单 self-check in <huiqi-widget> (programme `financing_coordination`): its five
// questions with plain explanations, and on its result the one-page A4 融资需求登记 and a
// QR code of a link whose fragment carries the answers to the portal's page.
//
// Loaded only when the self-check is chosen (a dynamic import), so the element's first
// load does not grow; bundled with qrcode-generator into huiqi-widget-coord.js. The
// element hands over what it already has (`api`: its DOM builder, form model, texts and
// formatters), so nothing is loaded twice. Nothing is sent anywhere: the QR code is drawn
// here, and the link is only shown.
//
// Attributes read from the element: `register-url` (the page the QR link opens; default
// this page) and `register-channel` (the portal's own way to register, shown and printed).
import qrcode from 'qrcode-generator';

const STRINGS = {
  zh: {
    legend: '推荐清单自查（支持小微企业融资协调工作机制）',
    intro: '2024年10月起，各区县工作专班开展“千企万户大走访”，按5项标准把小微企业和个体工商户列入推荐清单，推荐给银行。请按实际情况回答，拿不准就选“不确定”。',
    q: {
      fin_compliant: ['① 合规持续经营：已经办好营业执照（和行业需要的许可），并且一直在正常经营？', '意思是证照齐全、依法经营，现在一直在做生意，没有停业、歇业。'],
      fin_premises: ['② 固定经营场所：有固定的店面、厂房或办公地点？', '自己的或租的都可以。'],
      fin_need: ['③ 真实融资需求：现在确实需要为自己的生意借钱？', '是为本店、本企业经营借钱。选“是”后，请写明借多少、做什么用、借多久（在下面和“贷款情况”里）。'],
      fin_credit: ['④ 信用状况良好：企业和负责人没有逾期未还的贷款、欠税，也没有被列为失信被执行人？', '拿不准可以到银行网点查询自己的信用报告。'],
      fin_use: ['⑤ 贷款用途依法合规：借来的钱只用于自己的正常生产经营？', '可以用来进货、发工资、买设备、扩大经营；不能用来炒股、买房投资或转借他人。'],
    },
    purpose: '借款用途',
    purposes: { working_capital: '流动资金（进货、发工资、日常周转）', equipment: '购置设备', expansion: '扩大生产经营', technology: '技术改造或研发', renewal: '到期贷款续贷', other: '其他生产经营用途' },
    labels: {
      'financing.operates_compliantly': '是否合规持续经营', 'financing.fixed_premises': '是否有固定经营场所', 'financing.real_need': '是否有真实融资需求',
      'financing.purpose': '借款用途', 'financing.good_credit': '信用状况是否良好', 'financing.lawful_use': '贷款是否只用于正常生产经营',
    },
    short: { fin_compliant: '合规持续经营', fin_premises: '固定经营场所', fin_need: '真实融资需求', fin_credit: '信用状况良好', fin_use: '贷款用途依法合规' },
    answer: { true: '是', false: '否', '': '未回答' },
    eligible: '按您的回答，符合5项标准，可以申报进入推荐清单。',
    printButton: '打印融资需求登记',
    qrButton: '显示二维码',
    qrHide: '收起二维码',
    qrHelp: '用手机扫一扫，就能在手机上打开这份登记、保存下来。您填的内容只在这个链接里，不会发送到任何地方。',
    qrLocal: '注意：这个链接指向本机上的文件，别的手机打不开；门户可以用 register-url 设置自己的网址。',
    channel: '本网站的申报渠道：{channel}',
    sheetTitle: '融资需求登记',
    sheetSub: '支持小微企业融资协调工作机制 · 交给区县工作专班或银行',
    firm: '企业（店铺）名称：',
    contact: '联系人：',
    phone: '电话：',
    basics: '基本情况',
    need: '融资需求',
    amount: '金额',
    use: '用途',
    term: '期限',
    months: '{n}个月',
    standards: '5项标准（自己填写）',
    result: '自查结果',
    others: '可能符合的其他政策',
    noOthers: '本次没有测算其他政策（在“要了解的政策”里一并勾选，可以同时看看科技贷、创业担保贷款等）。',
    noneEligible: '本次测算的其他政策暂不符合。',
    next: '下一步',
    dates: '登记日期：{today} · 按{as_of}的政策测算',
    scan: '扫码在手机上打开',
    footer: '本登记是企业按自己情况做的自查，不是工作专班的认定；能否列入推荐清单以专班核实为准，能否贷款、额度和利率以银行审核为准。',
  },
  en: {
    legend: 'Recommendation list self-check (small business financing coordination mechanism)',
    intro: 'Since October 2024 county work teams visit small firms and put those meeting five standards on a list they recommend to the banks. Answer as things are; choose “Not sure” if unsure.',
    q: {
      fin_compliant: ['1. Operating compliantly: does the business hold its licence (and any permit its trade needs), and has it kept trading?', 'Licensed, lawful, and trading now, not closed or suspended.'],
      fin_premises: ['2. Fixed premises: does it have a fixed shop, workshop or office?', 'Owned or rented.'],
      fin_need: ['3. A real need: does the business itself need to borrow now?', 'For your own shop or firm. If yes, say how much, what for and for how long (below and under the loan).'],
      fin_credit: ['4. Good credit: no overdue loans or taxes, not listed as a defaulter (the firm and its owner)?', 'A bank branch can show you your credit report.'],
      fin_use: ['5. Lawful use: will the money go only into the business\'s own trade?', 'Stock, wages, equipment, growth; not shares, property speculation or lending on.'],
    },
    purpose: 'What the money is for',
    purposes: { working_capital: 'Working capital (stock, wages)', equipment: 'Equipment', expansion: 'Expanding the business', technology: 'Technology or research', renewal: 'Renewing a maturing loan', other: 'Another business use' },
    labels: {
      'financing.operates_compliantly': 'whether the business operates compliantly', 'financing.fixed_premises': 'whether it has fixed premises', 'financing.real_need': 'whether it has a real financing need',
      'financing.purpose': 'what the money is for', 'financing.good_credit': 'whether its credit is good', 'financing.lawful_use': 'whether the loan goes only into its trade',
    },
    short: { fin_compliant: 'Operating compliantly', fin_premises: 'Fixed premises', fin_need: 'Real financing need', fin_credit: 'Good credit', fin_use: 'Lawful use of the loan' },
    answer: { true: 'Yes', false: 'No', '': 'Not answered' },
    eligible: 'On your answers the business meets the five standards and can ask to be put on the recommendation list.',
    printButton: 'Print the financing need form',
    qrButton: 'Show QR code',
    qrHide: 'Hide QR code',
    qrHelp: 'Scan it with a phone to open and keep this form there. What you entered is only in the link; nothing is sent anywhere.',
    qrLocal: 'Note: this link points to a file on this computer, which other phones cannot open; the portal can set its own address with register-url.',
    channel: 'This website\'s channel: {channel}',
    sheetTitle: 'Financing need registration',
    sheetSub: 'Small business financing coordination mechanism · for the county work team or a bank',
    firm: 'Business name: ',
    contact: 'Contact: ',
    phone: 'Phone: ',
    basics: 'The business',
    need: 'The need',
    amount: 'Amount',
    use: 'Use',
    term: 'Term',
    months: '{n} months',
    standards: 'The five standards (self-assessed)',
    result: 'Self-check',
    others: 'Other programmes it may qualify for',
    noOthers: 'No other programme was checked this time (tick them under “Policies” to see them too).',
    noneEligible: 'The other programmes checked are not met for now.',
    next: 'Next',
    dates: 'Registered {today} · rules as of {as_of}',
    scan: 'Scan to open on a phone',
    footer: 'A self-check on the firm\'s own answers, not the work team\'s decision; the team verifies, and the bank decides whether, how much and at what rate it lends.',
  },
};

const CSS = `
.coord-intro { margin: 0 0 .5em; }
.coord-actions { display: flex; flex-wrap: wrap; gap: .5em; margin: .5em 0; }
.coord-qr { margin: .5em 0; }
.coord-qr svg { width: min(100%, 18em); height: auto; display: block; background: #fff; }
.coord-link { word-break: break-all; font-size: .8125em; }
.reg-sheet { display: none; }
@media print {
  .root.reg-print > :not(.reg-sheet) { display: none !important; }
  .root.reg-print > .reg-sheet { display: block; font-size: 10.5pt; line-height: 1.45; color: #000; }
  .reg-sheet h2 { font-size: 18pt; margin: 0; }
  .reg-sheet h3 { font-size: 11.5pt; margin: .7em 0 .2em; border-bottom: 1px solid #000; }
  .reg-sheet table { border-collapse: collapse; width: 100%; }
  .reg-sheet th, .reg-sheet td { border: 1px solid #777; padding: .2em .45em; text-align: left; vertical-align: top; }
  .reg-sheet th { width: 11em; font-weight: 600; }
  .reg-sheet ul { margin: .2em 0; padding-left: 1.2em; }
  .reg-head { display: flex; justify-content: space-between; gap: 1em; align-items: flex-start; }
  .reg-head svg { width: 42mm; height: 42mm; flex: none; }
  .reg-fill { display: flex; gap: 2em; margin: .6em 0 0; }
  .reg-fill span { flex: 1; border-bottom: 1px solid #000; padding-bottom: .1em; }
  .reg-small { font-size: 8.5pt; color: #333; }
}`;

let sheet;
function styles(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const strings = (w) => STRINGS[w.lang === 'en' ? 'en' : 'zh'];

/** A request field's citizen label (for "please add …"), or null. */
export function label(lang, path) {
  return STRINGS[lang === 'en' ? 'en' : 'zh'].labels[path] || null;
}

/** The five questions and the purpose, as a fieldset of the element's form. */
export function fieldset(w, api) {
  styles(w.shadowRoot);
  const s = strings(w);
  const { h, model } = api;
  const purpose = w.select('fin_purpose', model.PURPOSES.map((p) => [p, s.purposes[p]]));
  return h('fieldset', { id: 'fs-coord' }, h('legend', {}, s.legend),
    h('p', { class: 'help coord-intro' }, s.intro),
    h('div', { class: 'fields' },
      Object.keys(model.STANDARDS).flatMap((id) => {
        const [question, help] = s.q[id];
        const out = [w.tri(id, question, { help })];
        if (id === 'fin_need') out.push(w.field('fin_purpose', s.purpose, purpose));
        return out;
      })));
}

/** The link that opens the portal's page with these answers (`register-url`, else this page). */
export function registerLink(w, api) {
  const base = new URL(w.getAttribute('register-url') || window.location.href, window.location.href);
  base.hash = `huiqi=${api.model.encodeShare(w.state, w.ctx())}`;
  return base.toString();
}

/** The QR code of `text` as an SVG (one path; no markup strings, no style attributes). */
export function qrSvg(text, api, title) {
  // Level L (7% recovery): the least dense code for a link of some 500 characters, so its
  // modules stay large enough for a phone camera on paper too.
  const qr = qrcode(0, 'L');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const q = 4; // the quiet zone, in modules
  let d = '';
  for (let r = 0; r < n; r += 1) for (let c = 0; c < n; c += 1) if (qr.isDark(r, c)) d += `M${c + q} ${r + q}h1v1h-1z`;
  const size = n + 2 * q;
  return api.svg('svg', { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': title, 'shape-rendering': 'crispEdges', 'data-modules': n },
    api.svg('rect', { width: size, height: size, fill: '#fff' }),
    api.svg('path', { d, fill: '#000' }));
}

/** Under the self-check's result: print the 融资需求登记, show its QR code, the portal's channel. */
export function actions(w, result, api) {
  styles(w.shadowRoot);
  const s = strings(w);
  const { h } = api;
  const channel = w.getAttribute('register-channel');
  const qrBox = h('div', { class: 'coord-qr', id: 'coord-qr', hidden: true });
  const qrButton = h('button', { type: 'button', part: 'button', 'aria-expanded': 'false', 'aria-controls': 'coord-qr', dataset: { coord: 'qr' } }, s.qrButton);
  qrButton.addEventListener('click', () => {
    const open = qrBox.hidden;
    if (open) {
      const link = registerLink(w, api);
      const parts = [qrSvg(link, api, s.scan), h('p', { class: 'help' }, s.qrHelp)];
      if (link.startsWith('file:')) parts.push(h('p', { class: 'help' }, s.qrLocal));
      parts.push(h('p', { class: 'coord-link muted', dataset: { link: '' } }, link));
      api.replace(qrBox, ...parts);
    }
    qrBox.hidden = !open;
    qrButton.setAttribute('aria-expanded', String(open));
    qrButton.textContent = open ? s.qrHide : s.qrButton;
  });
  return h('section', { class: 'part coord no-print', part: 'coord' },
    channel ? h('p', {}, api.fill(s.channel, { channel })) : null,
    h('div', { class: 'coord-actions' },
      h('button', { type: 'button', part: 'button', dataset: { coord: 'print' }, on: { click: () => printSheet(w, result, api) } }, s.printButton),
      qrButton),
    qrBox);
}

/** The one-page A4 融资需求登记, printed alone. */
export function printSheet(w, result, api) {
  const root = w.shadowRoot.querySelector('.root');
  if (!root) return;
  root.querySelector('.reg-sheet')?.remove();
  root.append(buildSheet(w, result, api));
  root.classList.add('reg-print');
  const done = () => {
    root.classList.remove('reg-print');
    root.querySelector('.reg-sheet')?.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  api.print();
}

/** The sheet: the firm's answers, its need, the programmes it may qualify for, the date. */
export function buildSheet(w, result, api) {
  const s = strings(w);
  const t = w.t;
  const { h } = api;
  const lang = w.lang === 'en' ? 'en' : 'zh';
  const req = w.request || {};
  const res = w.response;
  const a = req.applicant || {};
  const loan = req.loan || {};
  const fin = req.financing || {};
  const money = (v) => api.formatFigure(t, lang, 'money', v).join('');
  const row = (k, v) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v));
  const basics = [row(t.answersList.kind, t.kind[a.kind] || ''), row(t.answersList.region, w.regionText())];
  if (a.industry) basics.push(row(t.answersList.industry, api.industryName(a.industry)));
  if (a.employees !== undefined) basics.push(row(t.answersList.employees, `${a.employees}${t.employeesUnit}`));
  if (a.revenue !== undefined) basics.push(row(t.answersList.revenue, money(a.revenue)));
  const dash = '—';
  const needRows = [
    row(s.amount, loan.amount ? money(loan.amount) : dash),
    row(s.use, fin.purpose ? s.purposes[fin.purpose] : dash),
    row(s.term, loan.term_months ? api.fill(s.months, { n: loan.term_months }) : dash),
  ];
  const standards = Object.entries(api.model.STANDARDS).map(([id, key]) => row(s.short[id], s.answer[String(fin[key] ?? '')]));
  const others = (res?.results || []).filter((r) => r.programme !== 'financing_coordination');
  // Those it may qualify for: eligible, or open until something is added.
  const likely = others.filter((r) => r.status === 'eligible' || r.status === 'needs_info');
  const msg = (o) => api.citizenText(lang === 'en' ? o.message_en : o.message_zh, lang);
  const answer = result.status === 'eligible' ? s.eligible : api.answerSentence(result);
  const hints = (result.hints || []).map(msg).filter(Boolean);
  const channel = w.getAttribute('register-channel');
  let qr = null;
  try {
    qr = qrSvg(registerLink(w, api), api, s.scan);
  } catch {
    /* a link too long for a QR code: the sheet goes without it */
  }
  return h('div', { class: 'reg-sheet', lang: lang === 'en' ? 'en' : 'zh-CN' },
    h('div', { class: 'reg-head' },
      h('div', {}, h('h2', {}, s.sheetTitle), h('p', { class: 'reg-small' }, s.sheetSub),
        h('p', {}, api.fill(s.dates, { today: api.today(), as_of: res?.as_of || '' }))),
      qr),
    h('div', { class: 'reg-fill' }, h('span', {}, s.firm), h('span', {}, s.contact), h('span', {}, s.phone)),
    h('h3', {}, s.basics), h('table', {}, h('tbody', {}, basics)),
    h('h3', {}, s.need), h('table', {}, h('tbody', {}, needRows)),
    h('h3', {}, s.standards), h('table', {}, h('tbody', {}, standards)),
    h('h3', {}, s.result), h('p', {}, `${t.status[result.status]}${t.colon}${answer}`),
    h('h3', {}, s.others),
    others.length === 0 ? h('p', {}, s.noOthers)
      : likely.length === 0 ? h('p', {}, s.noneEligible)
        : h('ul', {}, likely.map((r) => h('li', {}, `${t.programme[r.programme]}${t.paren(t.status[r.status])}${t.colon}${api.answerSentence(r)}`))),
    h('h3', {}, s.next),
    h('ul', {}, hints.map((x) => h('li', {}, x)), channel ? h('li', {}, api.fill(s.channel, { channel })) : null),
    h('p', { class: 'reg-small' }, s.footer));
}
