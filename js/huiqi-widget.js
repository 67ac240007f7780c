// <huiqi-widget>: the huiqi engine as a small guided form and result cards, in its own
// Shadow DOM so portal CSS cannot break it (and it cannot break the portal).
//
//   <script type="module" src="/static/huiqi/huiqi-widget.js"></script>
//   <huiqi-widget lang="zh-CN" region="410724"></huiqi-widget>
//
// Attributes: lang (zh-CN | en), region (GB/T 2260 code to preset), programmes
// (tech_loan trade_loan startup_guarantee_loan rent_relief), as-of (YYYY-MM-DD; default
// today from the browser clock), outreach (large type, scenario date, next visitor,
// idle reset). Events: huiqi-result {request, response}, huiqi-error {code, field, …}.
// Theming: CSS custom properties (--huiqi-accent, --huiqi-font, …) and ::part().
// Nothing typed here leaves the page: no requests, no storage.
import { STRINGS, KEY_FIGURES, FIGURE_KIND, CSS } from './huiqi-widget-assets.js';
import { REGIONS, INDUSTRIES } from './huiqi-widget-data.js';

const PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan', 'rent_relief'];
const LOAN_PROGRAMMES = ['tech_loan', 'trade_loan', 'startup_guarantee_loan'];
const IDLE_MS = 3 * 60 * 1000;
const HASH_KEY = 'huiqi=';

// ---- The engine, loaded once per page, in the background. ----
let engineSource;
let enginePromise;
function engine() {
  if (!enginePromise) {
    // A page may hand over the engine's bytes (the offline edition embeds them).
    const source = engineSource ?? globalThis.huiqiEngineSource;
    // The three downloads start together (the API, its glue, the wasm) rather than
    // each after the one that names it: on a slow link that is two round trips saved.
    const wasm = source ?? fetch(new URL('./huiqi_bg.wasm', import.meta.url));
    Promise.resolve(wasm).catch(() => {}); // a failure is reported through enginePromise
    enginePromise = Promise.all([import('./index.js'), import('./huiqi.js')]).then(async ([m]) => {
      await m.default({ module_or_path: await wasm });
      return m;
    });
  }
  return enginePromise;
}

// ---- Exact decimal strings (never floats for money or rates). ----
const FULLWIDTH = /[０-９．，－]/g;
function normaliseNumber(text) {
  return String(text ?? '')
    .replace(FULLWIDTH, (c) => ({ '．': '.', '，': ',', '－': '-' })[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_]/g, '');
}
/** `digits` with its decimal point moved `places` to the right (left if negative). */
function shiftDecimal(digits, places) {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(digits);
  if (!m) return null;
  let int = m[1] || '0';
  let frac = m[2] || '';
  if (places > 0) {
    frac = frac.padEnd(places, '0');
    int += frac.slice(0, places);
    frac = frac.slice(places);
  } else if (places < 0) {
    int = int.padStart(-places + 1, '0');
    frac = int.slice(int.length + places) + frac;
    int = int.slice(0, int.length + places);
  }
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}
function countDecimals(s) {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}
/** Format a decimal string with thousands separators (display only). */
function group(s) {
  const [i, f] = String(s).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return f ? `${g}.${f}` : g;
}
function todayLocal() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
function validDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d && y >= 1900 && y <= 2199;
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, k) => (values[k] ?? ''));
}

// ---- Tiny DOM builder: no innerHTML, so no text can become markup. ----
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

let sheet;
function styleSheet() {
  if (!sheet && 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

const PRINTING = 'data-huiqi-printing';
let printSheet;
/** Hide all but `host` and its ancestors in print media; returns the undo, or null where
 *  constructed style sheets or :has() are missing (the whole page prints then). */
function isolatePrint(host) {
  if (!('adoptedStyleSheets' in Document.prototype) || !CSS_SUPPORTS_HAS()) return null;
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(`@media print {
      body *:not([${PRINTING}]):not(:has([${PRINTING}])) { display: none !important; }
      body, body :has([${PRINTING}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
    }`);
  }
  host.setAttribute(PRINTING, '');
  if (!document.adoptedStyleSheets.includes(printSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  return () => {
    host.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
}
// (`CSS` here is the widget's style text; the browser's CSS namespace is globalThis.CSS.)
const CSS_SUPPORTS_HAS = () => typeof globalThis.CSS?.supports === 'function' && globalThis.CSS.supports('selector(:has(a))');

// ---- Regions ----
const CITIES = REGIONS.henan.map(([code, zh, en, counties]) => ({ code, zh, en, counties: counties.map(([c, z, e]) => ({ code: c, zh: z, en: e })) }));
const PROVINCES = REGIONS.provinces.filter(([code]) => code !== '410000').map(([code, zh, en]) => ({ code, zh, en }));
function regionName(code, lang) {
  const pick = (o) => (lang === 'en' ? o.en : o.zh);
  for (const c of CITIES) {
    if (c.code === code) return pick(c);
    const k = c.counties.find((x) => x.code === code);
    if (k) return lang === 'en' ? `${k.en}, ${c.en}` : `${c.zh}${k.zh}`;
  }
  const p = PROVINCES.find((x) => x.code === `${code.slice(0, 2)}0000`);
  return p ? pick(p) : code;
}

// ---- The form's fields ----
// Every answer is a string in `state`; the request is built from what is visible.
const EMPTY = () => ({
  programmes: [],
  kind: 'enterprise',
  city: '',
  county: '',
  province: '',
  industry: '',
  employees: '',
  revenue: '',
  total_assets: '',
  tech_status: [],
  no_tech: false,
  research: '',
  trades_abroad: '',
  credit_insurance: '',
  groups: [],
  no_group: false,
  new_hires: '',
  contract_years: '',
  subsidised_before: '',
  amount: '',
  term: '',
  rate: '',
  repayment: '',
  collateral: '',
  single_asset: '',
  guarantee: '',
  start_date: '',
  owner: '',
  rent: '',
  sublet: '',
  cannot_operate: '',
  county_risk: '',
  as_of: '',
});

const has = (st, p) => st.programmes.includes(p);
const isEnterprise = (st) => st.kind === 'enterprise';
const needsLoan = (st) => LOAN_PROGRAMMES.some((p) => has(st, p));

/** Field rules: numbers read in the unit shown, sent in yuan or as fractions. */
const NUMBER_FIELDS = {
  employees: { integer: true, max: 10000000, example: 'employees' },
  revenue: { scale: 4, decimals: 6, example: 'revenue' },
  total_assets: { scale: 4, decimals: 6, example: 'revenue' },
  new_hires: { integer: true, max: 10000000, example: 'hires' },
  contract_years: { decimals: 2, max: 50, example: 'hires' },
  amount: { scale: 4, decimals: 6, positive: true, example: 'amount' },
  term: { integer: true, min: 1, max: 600, example: 'hires', message: 'term' },
  rate: { scale: -2, decimals: 6, max: 36, example: 'rate', message: 'rate' },
  collateral: { scale: 4, decimals: 6, example: 'amount' },
  rent: { decimals: 2, example: 'rent' },
};

class HuiqiWidget extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'region', 'programmes', 'as-of', 'outreach'];
  }

  /** Load the engine from elsewhere (e.g. embedded bytes in the offline edition). */
  static setEngineSource(source) {
    engineSource = source;
  }

  /** The engine module (after init): for `configure(override)` and the rest of the JS API. */
  static engine() {
    return engine();
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.state = EMPTY();
    this.errors = {};
    this.response = null;
    this.request = null;
    this._presets = [];
    this._policies = null;
    this._idle = null;
    this._rendered = false;
  }

  get lang() {
    return (this.getAttribute('lang') || 'zh-CN').toLowerCase().startsWith('en') ? 'en' : 'zh';
  }
  get t() {
    return STRINGS[this.lang];
  }
  get outreach() {
    return this.hasAttribute('outreach');
  }
  get fixedProgrammes() {
    const attr = this.getAttribute('programmes');
    if (!attr) return null;
    const list = attr.split(/[\s,]+/).filter((p) => PROGRAMMES.includes(p));
    return list.length ? list : null;
  }

  /** Example visitors: [{ id, title_zh, title_en, story_zh, story_en, from_article, assumed, answers }]. */
  set presets(list) {
    this._presets = Array.isArray(list) ? list : [];
    if (this._rendered) this.render();
  }
  get presets() {
    return this._presets;
  }

  connectedCallback() {
    const sh = styleSheet();
    if (sh) this.shadowRoot.adoptedStyleSheets = [sh];
    this.applyDefaults();
    if (!this.restoreFromHash()) this.render();
    engine().then(
      () => this.setStatus(''),
      () => this.setStatus(this.t.loadFailed),
    );
    if (this.outreach) this.armIdle();
  }

  disconnectedCallback() {
    clearTimeout(this._idle);
    this._idle = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this._rendered || oldValue === newValue) return;
    if (name === 'region' || name === 'programmes' || name === 'as-of') this.applyDefaults();
    if (name === 'outreach' && this.outreach) this.armIdle();
    this.render();
    // Results are asked for in the page's language only (half the text): a new
    // language means evaluating again, without moving the visitor's focus.
    if (this.response && name === 'lang') this.evaluateNow({ focus: false });
    else if (this.response) this.renderResults();
  }

  applyDefaults() {
    const st = this.state;
    const fixed = this.fixedProgrammes;
    if (fixed) st.programmes = fixed;
    const region = this.getAttribute('region');
    if (region && /^\d{6}$/.test(region)) this.setRegion(region);
    const asOf = this.getAttribute('as-of');
    st.as_of = asOf && validDate(asOf) ? asOf : st.as_of || todayLocal();
  }

  setRegion(code) {
    const st = this.state;
    if (code.startsWith('41')) {
      const city = CITIES.find((c) => c.code === code || c.counties.some((k) => k.code === code));
      if (city) {
        st.city = city.code;
        st.county = city.code === code ? '' : code;
        st.province = '';
        return;
      }
    }
    st.city = 'outside';
    st.county = '';
    st.province = `${code.slice(0, 2)}0000`;
  }

  regionCode() {
    const st = this.state;
    if (st.city === 'outside') return st.province || '';
    return st.county || st.city || '';
  }

  // ---- Rendering the form ----
  render() {
    const t = this.t;
    const root = h('div', { class: 'root', part: 'root', lang: this.lang === 'en' ? 'en' : 'zh-CN' });
    const heading = h('h2', { id: 'huiqi-title' }, t.title);
    root.append(heading, h('p', { class: 'intro' }, t.intro));
    if (this._presets.length) root.append(this.renderPresets());
    const form = h('form', { part: 'form', novalidate: true, 'aria-labelledby': 'huiqi-title', on: { submit: (e) => this.onSubmit(e), input: (e) => this.onInput(e), change: (e) => this.onInput(e) } });
    form.append(h('div', { id: 'error-summary', role: 'alert', class: 'banner', hidden: true, tabindex: '-1' }));
    if (this.outreach) form.append(this.dateFieldset());
    if (!this.fixedProgrammes) form.append(this.programmesFieldset());
    form.append(this.whoFieldset(), this.regionFieldset(), this.businessFieldset(), this.techFieldset(), this.tradeFieldset(), this.startupFieldset(), this.loanFieldset(), this.premisesFieldset());
    if (!this.outreach) form.append(this.dateFieldset());
    const actions = h('div', { class: 'actions', part: 'actions' },
      h('button', { type: 'submit', class: 'primary', part: 'button submit' }, t.submit),
      h('button', { type: 'button', part: 'button', on: { click: () => this.clear(false) } }, this.outreach ? t.next : t.reset),
      h('span', { class: 'status-line', role: 'status', id: 'status' }),
    );
    form.append(actions);
    root.append(form);
    root.append(h('div', { class: 'results', part: 'results', id: 'results', role: 'region', 'aria-live': 'polite', 'aria-label': t.resultsHeading, tabindex: '-1' }));
    this.shadowRoot.replaceChildren(root);
    this._rendered = true;
    this.updateVisibility();
    if (this.response) this.renderResults();
  }

  renderPresets() {
    const t = this.t;
    const list = h('div', { class: 'presets', role: 'group', 'aria-labelledby': 'presets-title', part: 'presets' },
      h('h3', { id: 'presets-title' }, t.presetsLegend), h('p', { class: 'help' }, t.presetsHelp));
    for (const p of this._presets) {
      const title = this.lang === 'en' ? p.title_en || p.title_zh : p.title_zh;
      const story = this.lang === 'en' ? p.story_en || p.story_zh : p.story_zh;
      const facts = (items, tag) => (items?.length ? h('p', { class: 'preset-story' }, h('span', { class: 'tag' }, tag), ' ', items.join(t.listSep)) : null);
      list.append(h('div', { class: 'preset' },
        h('button', { type: 'button', part: 'button preset', dataset: { preset: p.id }, on: { click: () => this.applyPreset(p) } }, title),
        story ? h('p', { class: 'preset-story muted' }, story) : null,
        facts(p.from_article, t.fromArticle),
        facts(p.assumed, t.assumed),
        p.source ? h('p', { class: 'cite' }, `${t.source}${t.colon}${p.source}`) : null));
    }
    return list;
  }

  applyPreset(p) {
    this.state = { ...EMPTY(), ...p.answers };
    if (!this.state.as_of) this.state.as_of = this.getAttribute('as-of') || todayLocal();
    this.errors = {};
    this.response = null;
    this.render();
    this.evaluateNow();
  }

  field(id, label, control, opts = {}) {
    const t = this.t;
    const help = opts.help ? h('p', { class: 'help', id: `${id}-help` }, opts.help) : null;
    const err = h('p', { class: 'error', id: `${id}-error` }, this.errors[id] || '');
    return h('div', { class: 'field', dataset: { field: id } },
      h('label', { for: id }, label, opts.unit ? h('span', { class: 'unit' }, t.paren(opts.unit)) : null, opts.optional ? h('span', { class: 'opt' }, ` ${t.optional}`) : null),
      opts.unit ? h('div', { class: 'with-unit' }, control) : control,
      help, err);
  }

  input(id, opts = {}) {
    return h('input', {
      id, name: id, type: 'text', inputmode: opts.inputmode || 'decimal', autocomplete: 'off',
      placeholder: opts.placeholder, value: this.state[id] ?? '',
      'aria-invalid': this.errors[id] ? 'true' : null,
      'aria-describedby': [opts.help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' '),
    });
  }

  select(id, options, opts = {}) {
    const el = h('select', { id, name: id, 'aria-invalid': this.errors[id] ? 'true' : null, 'aria-describedby': `${id}-error` },
      opts.placeholder !== false ? h('option', { value: '' }, opts.placeholder || this.t.choose) : null,
      options.map(([value, label]) => h('option', { value }, label)));
    el.value = this.state[id] ?? '';
    return el;
  }

  /** Yes / no / not sure, as radios (not sure leaves the field out: the engine asks). */
  tri(id, label, opts = {}) {
    const t = this.t;
    const v = this.state[id];
    const name = `tri-${id}`;
    return h('fieldset', { class: 'field tri', dataset: { field: id } },
      h('legend', { class: 'label' }, label),
      h('div', { class: 'choices' },
        [['true', t.yes], ['false', t.no], ['', t.unsure]].map(([value, text]) =>
          h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked: (v ?? '') === value, dataset: { tri: id } }), text))),
      opts.help ? h('p', { class: 'help' }, opts.help) : null);
  }

  checks(id, items, noneKey, noneLabel) {
    const chosen = this.state[id];
    return h('div', { class: 'choices' },
      items.map(([value, label]) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', name: id, value, checked: chosen.includes(value), dataset: { multi: id } }), label)),
      noneKey ? h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: noneKey, checked: this.state[noneKey], dataset: { none: id } }), noneLabel) : null);
  }

  programmesFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-programmes', 'aria-describedby': 'programmes-help programmes-error' },
      h('legend', {}, t.programmesLegend),
      h('p', { class: 'help', id: 'programmes-help' }, t.programmesHelp),
      h('div', { class: 'choices' }, PROGRAMMES.map((p) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', name: 'programmes', value: p, checked: this.state.programmes.includes(p), dataset: { multi: 'programmes' } }),
        h('span', {}, t.programme[p], h('small', {}, t.programmeHint[p]))))),
      h('p', { class: 'error', id: 'programmes-error' }, this.errors.programmes || ''));
  }

  whoFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-who' }, h('legend', {}, t.whoLegend),
      h('div', { class: 'choices' }, Object.entries(t.kind).map(([k, label]) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: 'kind', value: k, checked: this.state.kind === k }), label))));
  }

  regionFieldset() {
    const t = this.t;
    const lang = this.lang;
    const name = (o) => (lang === 'en' ? o.en : o.zh);
    const st = this.state;
    const cityOptions = [...CITIES.map((c) => [c.code, name(c)]), ['outside', t.otherProvince]];
    const city = CITIES.find((c) => c.code === st.city);
    const countyOptions = city ? [[city.code, t.wholeCity], ...city.counties.map((k) => [k.code, name(k)])] : [];
    const countySelect = this.select('county', countyOptions, { placeholder: false });
    countySelect.value = st.county || (city ? city.code : '');
    return h('fieldset', { id: 'fs-region' }, h('legend', {}, t.regionLegend),
      h('div', { class: 'fields' },
        this.field('city', t.city, this.select('city', cityOptions)),
        h('div', { class: 'field', dataset: { field: 'county-wrap' }, hidden: !city }, this.field('county', t.county, countySelect)),
        h('div', { class: 'field', dataset: { field: 'province-wrap' }, hidden: st.city !== 'outside' },
          this.field('province', t.province, this.select('province', PROVINCES.map((p) => [p.code, name(p)]))))));
  }

  businessFieldset() {
    const t = this.t;
    const ind = INDUSTRIES.map((i) => [i.key, this.lang === 'en' ? i.en : i.zh]);
    return h('fieldset', { id: 'fs-business' }, h('legend', {}, t.businessLegend),
      h('div', { class: 'fields' },
        this.field('industry', t.industry, this.select('industry', ind)),
        this.field('employees', t.employees, this.input('employees', { inputmode: 'numeric', placeholder: t.examples.employees }), { unit: t.employeesUnit }),
        this.field('revenue', t.revenue, this.input('revenue', { placeholder: t.examples.revenue }), { unit: t.wan }),
        this.field('total_assets', t.totalAssets, this.input('total_assets', { placeholder: t.examples.revenue }), { unit: t.wan })));
  }

  techFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-tech' }, h('legend', {}, t.techLegend),
      this.checks('tech_status', Object.entries(t.tech), 'no_tech', t.noTech),
      h('div', { class: 'fields' }, this.tri('research', t.research)));
  }

  tradeFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-trade' }, h('legend', {}, t.tradeLegend),
      h('div', { class: 'fields' }, this.tri('trades_abroad', t.tradesAbroad), this.tri('credit_insurance', t.creditInsurance)));
  }

  startupFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-startup' }, h('legend', {}, t.startupLegend),
      h('div', { class: 'field', dataset: { field: 'groups' } }, h('span', { class: 'label', id: 'groups-label' }, t.groups),
        h('div', { role: 'group', 'aria-labelledby': 'groups-label' }, this.checks('groups', Object.entries(t.group), 'no_group', t.noGroup))),
      h('div', { class: 'fields' },
        this.field('new_hires', t.newHires, this.input('new_hires', { inputmode: 'numeric', placeholder: t.examples.hires }), { unit: t.employeesUnit }),
        this.field('contract_years', t.contractYears, this.input('contract_years', { placeholder: '1' }), { unit: t.years }),
        this.field('subsidised_before', t.subsidisedBefore, this.select('subsidised_before', t.timesOptions.map((label, i) => [String(i), label])))));
  }

  loanFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-loan' }, h('legend', {}, t.loanLegend),
      h('div', { class: 'fields' },
        this.field('amount', t.amount, this.input('amount', { placeholder: t.examples.amount }), { unit: t.wan }),
        this.field('term', t.term, this.input('term', { inputmode: 'numeric', placeholder: '24' }), { unit: t.months }),
        this.field('rate', t.rate, this.input('rate', { placeholder: t.examples.rate }), { unit: t.percent }),
        this.field('repayment', t.repayment, this.select('repayment', Object.entries(t.repay))),
        this.field('collateral', t.collateral, this.input('collateral', { placeholder: '0', help: t.collateralHelp }), { unit: t.wan, help: t.collateralHelp }),
        this.field('guarantee', t.guarantee, this.select('guarantee', Object.entries(t.guar))),
        this.tri('single_asset', t.singleAsset),
        this.field('start_date', t.startDate, h('input', { id: 'start_date', name: 'start_date', type: 'date', value: this.state.start_date, 'aria-describedby': 'start_date-error' }), { optional: true })));
  }

  premisesFieldset() {
    const t = this.t;
    return h('fieldset', { id: 'fs-premises' }, h('legend', {}, t.premisesLegend),
      h('div', { class: 'fields' },
        this.field('owner', t.owner, this.select('owner', Object.entries(t.owners))),
        this.field('rent', t.monthlyRent, this.input('rent', { placeholder: t.examples.rent }), { unit: t.yuan }),
        this.tri('county_risk', t.countyRisk),
        this.tri('cannot_operate', t.cannotOperate),
        this.tri('sublet', t.sublet)));
  }

  dateFieldset() {
    const t = this.t;
    const label = this.outreach ? t.scenarioDate : t.asOf;
    const help = this.outreach ? t.scenarioHelp : t.asOfHelp;
    return h('fieldset', { id: 'fs-date' }, h('legend', {}, this.outreach ? t.scenarioDate : t.dateLegend),
      h('div', { class: 'fields' },
        this.field('as_of', label, h('input', { id: 'as_of', name: 'as_of', type: 'date', value: this.state.as_of, min: '1900-01-01', max: '2199-12-31', 'aria-describedby': 'as_of-help as_of-error' }), { help })));
  }

  /** Show only what the chosen programmes and the applicant kind need. */
  updateVisibility() {
    const root = this.shadowRoot;
    const st = this.state;
    const show = (sel, on) => {
      const el = root.querySelector(sel);
      if (el) el.hidden = !on;
    };
    const ent = isEnterprise(st);
    const personLike = !ent;
    const industry = INDUSTRIES.find((i) => i.key === st.industry);
    show('#fs-business', ent && st.programmes.length > 0);
    show('[data-field="total_assets"]', Boolean(industry && industry.uses.includes('total_assets_wan')));
    show('#fs-tech', ent && has(st, 'tech_loan'));
    show('#fs-trade', ent && has(st, 'trade_loan'));
    show('#fs-startup', has(st, 'startup_guarantee_loan'));
    show('[data-field="groups"]', personLike);
    show('[data-field="new_hires"]', ent);
    show('[data-field="contract_years"]', ent);
    show('#fs-loan', needsLoan(st));
    show('[data-field="repayment"]', has(st, 'startup_guarantee_loan'));
    show('[data-field="start_date"]', has(st, 'startup_guarantee_loan'));
    show('[data-field="collateral"]', ent && (has(st, 'tech_loan') || has(st, 'trade_loan')));
    show('[data-field="guarantee"]', ent && has(st, 'tech_loan'));
    show('[data-field="single_asset"]', ent && has(st, 'tech_loan'));
    show('#fs-premises', has(st, 'rent_relief') && st.kind !== 'person');
    const city = root.querySelector('[data-field="county-wrap"]');
    if (city) city.hidden = !CITIES.some((c) => c.code === st.city);
    show('[data-field="province-wrap"]', st.city === 'outside');
  }

  onInput(e) {
    const el = e.target;
    const st = this.state;
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return;
    if (el.dataset.multi) {
      const list = new Set(st[el.dataset.multi]);
      if (el.checked) list.add(el.value);
      else list.delete(el.value);
      st[el.dataset.multi] = [...list];
      const noneKey = el.dataset.multi === 'tech_status' ? 'no_tech' : el.dataset.multi === 'groups' ? 'no_group' : null;
      if (noneKey && el.checked) {
        st[noneKey] = false;
        const none = this.shadowRoot.querySelector(`input[name="${noneKey}"]`);
        if (none) none.checked = false;
      }
    } else if (el.dataset.none) {
      st[el.name] = el.checked;
      if (el.checked) {
        st[el.dataset.none] = [];
        for (const box of this.shadowRoot.querySelectorAll(`input[data-multi="${el.dataset.none}"]`)) box.checked = false;
      }
    } else if (el.dataset.tri) {
      st[el.dataset.tri] = el.value;
    } else if (el.name in st) {
      st[el.name] = el.value;
      if (el.name === 'city') {
        st.county = '';
        st.province = '';
        // Rebuild the county list for the new city.
        const fs = this.shadowRoot.getElementById('fs-region');
        if (fs && e.type === 'change') {
          const next = this.regionFieldset();
          fs.replaceWith(next);
          next.querySelector('#city')?.focus();
        }
      }
      if (e.type === 'change' && this.errors[el.name]) this.validateField(el.name);
    }
    this.updateVisibility();
    if (this.response) this.setStatus(this.t.stale);
    this.touch();
  }

  setStatus(text) {
    const el = this.shadowRoot.getElementById('status');
    if (el) el.textContent = text;
  }

  // ---- Validation and the request ----
  validateField(id) {
    const t = this.t;
    const rule = NUMBER_FIELDS[id];
    const raw = normaliseNumber(this.state[id]);
    let msg = '';
    if (rule && raw !== '') {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) msg = fill(t.invalid.number, { example: t.examples[rule.example] || '1' });
      else if (raw.startsWith('-')) msg = t.invalid.negative;
      else if (rule.integer && raw.includes('.')) msg = t.invalid.integer;
      else if (rule.decimals !== undefined && countDecimals(raw) > rule.decimals) msg = fill(t.invalid.decimals, { n: rule.decimals });
      else if ((rule.max !== undefined && Number(raw) > rule.max) || (rule.min !== undefined && Number(raw) < rule.min) || (rule.positive && Number(raw) === 0)) {
        msg = rule.message ? t.invalid[rule.message] : fill(t.invalid.max, { max: rule.max });
      }
    }
    if ((id === 'as_of' || id === 'start_date') && this.state[id] && !validDate(this.state[id])) msg = t.invalid.date;
    this.errors[id] = msg;
    const input = this.shadowRoot.getElementById(id);
    const err = this.shadowRoot.getElementById(`${id}-error`);
    if (input) input.setAttribute('aria-invalid', msg ? 'true' : 'false');
    if (err) err.textContent = msg;
    return !msg;
  }

  visibleFieldIds() {
    const ids = [];
    for (const el of this.shadowRoot.querySelectorAll('input[id], select[id]')) {
      if (el.closest('[hidden]')) continue;
      ids.push(el.id);
    }
    return ids;
  }

  validateAll() {
    const t = this.t;
    const bad = [];
    for (const id of this.visibleFieldIds()) if (!this.validateField(id)) bad.push(id);
    if (this.state.programmes.length === 0) {
      this.errors.programmes = t.noResult;
      const err = this.shadowRoot.getElementById('programmes-error');
      if (err) err.textContent = t.noResult;
      bad.push('programmes');
    } else {
      this.errors.programmes = '';
    }
    const summary = this.shadowRoot.getElementById('error-summary');
    if (summary) {
      summary.replaceChildren();
      summary.hidden = bad.length === 0;
      if (bad.length) {
        summary.append(h('p', {}, fill(t.errorSummary, { n: bad.length })),
          h('ul', { class: 'plain' }, bad.map((id) => h('li', {}, h('button', { type: 'button', on: { click: () => this.focusField(id) } }, this.labelOf(id), this.t.colon, this.errors[id] || '')))));
      }
    }
    return bad;
  }

  labelOf(id) {
    const label = this.shadowRoot.querySelector(`label[for="${id}"]`);
    if (label) return label.firstChild?.textContent || id;
    return id === 'programmes' ? this.t.programmesLegend : id;
  }

  focusField(id) {
    const el = this.shadowRoot.getElementById(id) || this.shadowRoot.querySelector(`input[name="${id}"]`);
    el?.focus();
  }

  /** The engine request for what is visible and filled (CONTRACT.md). */
  buildRequest() {
    const st = this.state;
    const num = (id) => {
      const raw = normaliseNumber(st[id]);
      if (raw === '') return undefined;
      const rule = NUMBER_FIELDS[id] || {};
      return rule.scale ? shiftDecimal(raw, rule.scale) : raw;
    };
    const int = (id) => (normaliseNumber(st[id]) === '' ? undefined : Number(normaliseNumber(st[id])));
    const bool = (id) => (st[id] === 'true' ? true : st[id] === 'false' ? false : undefined);
    const visible = new Set(this.visibleFieldIds());
    const v = (id, value) => (visible.has(id) || visible.has(`tri-${id}`) ? value : undefined);
    const triVisible = (id) => Boolean(this.shadowRoot.querySelector(`[data-field="${id}"]:not([hidden])`) && !this.shadowRoot.querySelector(`[data-field="${id}"]`).closest('[hidden]'));
    const tv = (id) => (triVisible(id) ? bool(id) : undefined);
    const ent = isEnterprise(st);
    const applicant = { kind: st.kind };
    if (ent) {
      applicant.industry = v('industry', st.industry || undefined);
      applicant.employees = v('employees', int('employees'));
      applicant.revenue = v('revenue', num('revenue'));
      applicant.total_assets = v('total_assets', num('total_assets'));
    }
    if (has(st, 'tech_loan') && ent) {
      applicant.tech_status = st.no_tech ? [] : st.tech_status.length ? [...st.tech_status] : undefined;
      applicant.research_cooperation = tv('research');
    }
    if (has(st, 'trade_loan') && ent) {
      const ft = { trades_abroad: tv('trades_abroad'), credit_insurance: tv('credit_insurance') };
      if (ft.trades_abroad !== undefined || ft.credit_insurance !== undefined) applicant.foreign_trade = ft;
    }
    if (has(st, 'startup_guarantee_loan')) {
      if (!ent) applicant.startup_groups = st.no_group ? [] : st.groups.length ? [...st.groups] : undefined;
      if (ent) {
        const nh = { count: v('new_hires', int('new_hires')), contract_years: v('contract_years', num('contract_years')) };
        if (nh.count !== undefined || nh.contract_years !== undefined) applicant.new_hires = nh;
      }
      applicant.subsidised_loans_before = st.subsidised_before === '' ? undefined : Number(st.subsidised_before);
    }
    const req = { as_of: st.as_of || todayLocal(), region: this.regionCode(), applicant, programmes: [...st.programmes].sort((a, b) => PROGRAMMES.indexOf(a) - PROGRAMMES.indexOf(b)) };
    if (needsLoan(st)) {
      const loan = {
        amount: v('amount', num('amount')),
        term_months: v('term', int('term')),
        annual_rate: v('rate', num('rate')),
        repayment: v('repayment', st.repayment || undefined),
        collateral_value: v('collateral', num('collateral')),
        guarantee: v('guarantee', st.guarantee || undefined),
        single_asset_collateral: tv('single_asset'),
        start_date: v('start_date', st.start_date || undefined),
      };
      if (Object.values(loan).some((x) => x !== undefined)) req.loan = loan;
    }
    if (has(st, 'rent_relief') && st.kind !== 'person') {
      const premises = {
        owner: v('owner', st.owner || undefined),
        monthly_rent: v('rent', num('rent')),
        sublet: tv('sublet'),
        cannot_operate_normally: tv('cannot_operate'),
        county_medium_high_risk_2022: tv('county_risk'),
      };
      if (Object.values(premises).some((x) => x !== undefined)) req.premises = premises;
    }
    return JSON.parse(JSON.stringify(req)); // drops the undefined members
  }

  onSubmit(e) {
    e.preventDefault();
    this.evaluateNow();
  }

  /** Validate, evaluate, render; returns the response (or null). */
  async evaluateNow({ focus = true } = {}) {
    const t = this.t;
    this.touch();
    const bad = this.validateAll();
    if (bad.length) {
      this.shadowRoot.getElementById('error-summary')?.focus();
      return null;
    }
    if (!this.regionCode()) {
      // Region is required by the engine: default to the province when nothing is chosen.
      this.state.city = this.state.city || '';
    }
    const request = this.buildRequest();
    if (!request.region) request.region = '410000';
    request.lang = this.lang === 'en' ? 'en' : 'zh-CN';
    this.setStatus(t.loading);
    let m;
    try {
      m = await engine();
    } catch {
      this.setStatus(t.loadFailed);
      return null;
    }
    try {
      const response = m.evaluate(request);
      if (!this._policies) this._policies = m.policies();
      this.request = request;
      this.response = response;
      this.renderResults();
      this.setStatus('');
      if (focus) this.shadowRoot.getElementById('results')?.focus({ preventScroll: false });
      this.dispatchEvent(new CustomEvent('huiqi-result', { detail: { request, response }, bubbles: true, composed: true }));
      return response;
    } catch (err) {
      const detail = { code: err.code || 'error', field: err.field || '', message_zh: err.message_zh || String(err), message_en: err.message_en || String(err) };
      this.setStatus(this.lang === 'en' ? detail.message_en : detail.message_zh);
      this.dispatchEvent(new CustomEvent('huiqi-error', { detail, bubbles: true, composed: true }));
      return null;
    }
  }

  // ---- Results ----
  msg(o) {
    return this.lang === 'en' ? o.message_en : o.message_zh;
  }

  formatFigure(name, value) {
    const t = this.t;
    const kind = FIGURE_KIND[name];
    if (kind === 'percent') return [shiftDecimal(value, 2), '%'];
    if (kind === 'months') return [value, ` ${t.months}`];
    const yuan = value;
    if (this.lang === 'zh' && /^\d+(\.\d+)?$/.test(yuan) && yuan.length > 4 && !yuan.includes('.')) {
      const wan = shiftDecimal(yuan, -4);
      return [group(wan), ` ${t.wan}`];
    }
    return [group(yuan), ` ${t.yuan}`];
  }

  citationLine(c) {
    return [c.document, c.clause].filter(Boolean).join(' ');
  }

  quoteOf(ruleSet, c) {
    const rs = this._policies?.rule_sets?.find((r) => r.id === ruleSet);
    return rs?.citations?.[c.ref]?.quote || '';
  }

  citation(ruleSet, c) {
    const t = this.t;
    const quote = this.quoteOf(ruleSet, c);
    return h('details', { part: 'citation' },
      h('summary', {}, `${t.basis}${t.colon}${this.citationLine(c)}`),
      quote ? h('blockquote', { class: 'quote' }, quote) : null,
      h('p', { class: 'cite' }, `${t.source}${t.colon}${c.source}`, c.url ? [' · ', h('span', {}, c.url)] : null));
  }

  renderResults() {
    const t = this.t;
    const results = this.shadowRoot.getElementById('results');
    if (!results || !this.response) return;
    const r = this.response;
    const regionText = this.lang === 'en' ? r.region.name_en : r.region.name_zh;
    const head = h('div', { class: 'results-head' },
      h('h3', { id: 'results-title', tabindex: '-1' }, t.resultsHeading),
      h('p', { class: 'muted' }, fill(t.resultsFor, { region: regionText, date: r.as_of })));
    const nodes = [head, this.printHeader()];
    if (r.as_of < todayLocal()) nodes.push(h('p', { class: 'banner', part: 'historical' }, fill(t.historical, { date: r.as_of })));
    for (const result of r.results) nodes.push(this.card(result));
    nodes.push(this.bringList(), h('p', { class: 'muted print-only' }, t.printFooter));
    nodes.push(h('div', { class: 'actions no-print', part: 'actions' },
      h('button', { type: 'button', part: 'button', on: { click: () => this.print() } }, t.print),
      h('button', { type: 'button', part: 'button', on: { click: () => this.copy(this.summaryText()) } }, t.copySummary),
      this.outreach ? null : h('button', { type: 'button', part: 'button', on: { click: () => this.copy(this.shareLink()) } }, t.copyLink),
      h('span', { class: 'status-line', role: 'status', id: 'copy-status' })));
    if (!this.outreach) nodes.push(h('p', { class: 'help no-print' }, t.linkNote));
    results.replaceChildren(...nodes);
  }

  printHeader() {
    const t = this.t;
    const r = this.response;
    const rules = r.results.map((x) => `${this.lang === 'en' ? x.title_en : x.title_zh}${t.paren(x.rule_set)}`).join(t.listSep);
    return h('div', { class: 'print-only' },
      h('h2', {}, t.printHeading),
      h('p', {}, fill(t.resultsFor, { region: this.lang === 'en' ? r.region.name_en : r.region.name_zh, date: r.as_of })),
      h('p', { class: 'cite' }, t.rulesUsed, rules, ` · ${r.engine}`));
  }

  bringList() {
    const t = this.t;
    const ok = this.response.results.filter((x) => x.status === 'eligible' || x.status === 'needs_info').map((x) => x.programme);
    if (!ok.length) return null;
    return h('section', { class: 'part card', part: 'bring' },
      h('h4', {}, t.bringHeading),
      ok.map((p) => [h('p', { class: 'label' }, t.programme[p]), h('ul', { class: 'bring' }, t.bring[p].map((x) => h('li', {}, x)))]));
  }

  card(result, nested = false) {
    const t = this.t;
    const title = this.lang === 'en' ? result.title_en : result.title_zh;
    const period = result.effective_to ? fill(t.period, { from: result.effective_from, to: result.effective_to }) : fill(t.periodOpen, { from: result.effective_from });
    const Tag = nested ? 'div' : 'article';
    const el = h(Tag, { class: nested ? 'other' : 'card', part: nested ? 'other' : 'card', dataset: { programme: result.programme, ruleSet: result.rule_set, status: result.status } },
      h('div', { class: 'card-head' },
        h(nested ? 'h5' : 'h4', {}, nested ? title : t.programme[result.programme]),
        h('div', { class: 'badges' },
          h('span', { class: `badge s-${result.status}`, part: 'status' }, t.status[result.status]),
          result.source_quality !== 'official' ? h('span', { class: `badge q-${result.source_quality}`, part: 'quality' }, t.quality[result.source_quality]) : null)),
      nested ? null : h('p', { class: 'meta' }, title),
      h('p', { class: 'meta' }, period, ' · ', result.documents.join(t.enumSep)),
      result.source_quality !== 'official' ? h('p', { class: 'meta' }, t.qualityNote[result.source_quality]) : null);
    const figures = this.figures(result);
    if (figures) el.append(figures);
    if (!nested && result.hints.length) {
      el.append(h('section', { class: 'part hints' }, h('h5', {}, t.hintsHeading), h('ul', { class: 'plain' }, result.hints.map((x) => h('li', {}, this.msg(x))))));
    }
    if (!nested) {
      // On paper: the clauses in one line, instead of the tap-to-open lists below.
      const seen = new Set();
      for (const c of [...result.checks.map((x) => x.citation), ...result.explanations.map((x) => x.citation)]) seen.add(this.citationLine(c));
      el.append(h('p', { class: 'cite print-only' }, `${t.basis}${t.colon}`, [...seen].join(t.listSep)));
    }
    el.append(h('section', { class: 'part checks-part' }, h(nested ? 'h6' : 'h5', {}, t.checksHeading),
      h('ul', { class: 'checks' }, result.checks.map((c) => h('li', { dataset: { check: c.id, outcome: c.outcome } },
        h('span', { class: `o o-${c.outcome}` }, t.outcome[c.outcome]),
        h('div', {}, h('p', {}, this.msg(c)), this.citation(result.rule_set, c.citation)))))));
    if (!nested && result.explanations.length) {
      el.append(h('section', { class: 'part how-part' }, h('h5', {}, t.howHeading),
        h('ul', { class: 'plain' }, result.explanations.map((x) => h('li', {}, h('p', {}, this.msg(x)), this.citation(result.rule_set, x.citation))))));
    }
    const notes = this._policies?.rule_sets?.find((r) => r.id === result.rule_set)?.notes || [];
    if (!nested && notes.length) {
      el.append(h('details', { class: 'part notes-part' }, h('summary', {}, t.notesHeading), h('ul', { class: 'plain' }, notes.map((n) => h('li', { class: 'muted' }, this.msg(n))))));
    }
    if (!nested) {
      const sched = this.scheduleFor(result);
      if (sched) el.append(sched);
      // Rule sets that also apply come first; those that do not apply to this applicant stay folded.
      const applies = result.other_rule_sets.filter((o) => o.status !== 'ineligible');
      const notApplies = result.other_rule_sets.filter((o) => o.status === 'ineligible');
      if (applies.length) {
        el.append(h('section', { class: 'others' }, h('h5', {}, t.othersHeading), applies.map((o) => this.card(o, true))));
      }
      if (notApplies.length) {
        el.append(h('details', { class: 'others' }, h('summary', {}, fill(t.othersNotApplying, { n: notApplies.length })), notApplies.map((o) => this.card(o, true))));
      }
      if (applies.length) {
        el.append(h('p', { class: 'cite print-only' }, `${t.othersHeading}${t.colon}`, applies.map((o) => `${this.lang === 'en' ? o.title_en : o.title_zh}${t.paren(t.status[o.status])}`).join(t.listSep)));
      }
    }
    return el;
  }

  figures(result) {
    const t = this.t;
    const names = (KEY_FIGURES[result.programme] || []).filter((n) => result.figures[n] !== undefined && !(n === 'half_months' && result.figures[n] === '0'));
    if (!names.length) return null;
    return h('dl', { class: 'figures', part: 'figures' }, names.map((n, i) => {
      const [value, unit] = this.formatFigure(n, result.figures[n]);
      return h('div', { class: i === 0 ? 'figure lead' : 'figure', part: 'figure', dataset: { figure: n } },
        h('dt', {}, t.figure[n] || n), h('dd', {}, value, h('small', {}, unit)));
    }));
  }

  /** For a loan: the repayment schedule (table and chart), built when opened. */
  scheduleFor(result) {
    const t = this.t;
    const loan = this.request?.loan;
    if (!loan || !loan.amount || !loan.term_months || loan.annual_rate === undefined) return null;
    if (!LOAN_PROGRAMMES.includes(result.programme) || result.status === 'not_in_force') return null;
    let principal = loan.amount;
    let borrowerRate;
    if (result.programme === 'startup_guarantee_loan') {
      if (result.figures.borrower_rate === undefined) return null;
      borrowerRate = result.figures.borrower_rate;
      principal = result.figures.subsidised_principal || loan.amount;
    }
    const req = {
      principal, annual_rate: loan.annual_rate, term_months: loan.term_months,
      method: loan.repayment || 'equal_installment', start_date: loan.start_date || this.response.as_of,
      ...(borrowerRate !== undefined ? { borrower_rate: borrowerRate } : {}),
    };
    const box = h('details', { class: 'part schedule', part: 'schedule' }, h('summary', {}, fill(t.scheduleCaption, { n: loan.term_months })));
    let built = false;
    box.addEventListener('toggle', async () => {
      if (!box.open || built) return;
      built = true;
      const m = await engine();
      try {
        const table = m.schedule(req);
        box.append(this.chart(table), this.scheduleTable(table));
      } catch (e) {
        box.append(h('p', { class: 'error' }, this.lang === 'en' ? e.message_en || String(e) : e.message_zh || String(e)));
      }
    });
    return box;
  }

  scheduleTable(s) {
    const t = this.t;
    const cols = ['n', 'date', 'payment', 'principal', 'interest', 'subsidy', 'borrower_interest', 'balance'];
    return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': fill(t.scheduleCaption, { n: s.periods.length }) },
      h('table', {},
        h('caption', {}, fill(t.scheduleCaption, { n: s.periods.length })),
        h('thead', {}, h('tr', {}, cols.map((c) => h('th', { scope: 'col' }, t.col[c])))),
        h('tbody', {}, s.periods.map((p) => h('tr', {}, cols.map((c) => (c === 'n' ? h('th', { scope: 'row' }, p.n) : h('td', {}, c === 'date' ? p.date : group(p[c]))))))),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, '∑'), h('td', {}, ''), ['payment', 'principal', 'interest', 'subsidy', 'borrower_interest'].map((c) => h('td', {}, group(s.totals[c]))), h('td', {}, '')))));
  }

  /** Stacked bars per period (per year beyond 36 periods): principal, interest paid, subsidy. */
  chart(s) {
    const t = this.t;
    const rows = [];
    if (s.periods.length <= 36) {
      for (const p of s.periods) rows.push({ label: String(p.n), principal: +p.principal, borrower_interest: +p.borrower_interest, subsidy: +p.subsidy });
    } else {
      for (let i = 0; i < s.periods.length; i += 12) {
        const year = s.periods.slice(i, i + 12);
        // Display only: the exact figures are in the table.
        rows.push({
          label: fill(t.year, { n: i / 12 + 1 }),
          principal: year.reduce((a, p) => a + +p.principal, 0),
          borrower_interest: year.reduce((a, p) => a + +p.borrower_interest, 0),
          subsidy: year.reduce((a, p) => a + +p.subsidy, 0),
        });
      }
    }
    const W = 640, H = 200, pad = 4;
    const max = Math.max(1, ...rows.map((r) => r.principal + r.borrower_interest + r.subsidy));
    const bw = (W - pad * 2) / rows.length;
    const colors = { principal: '#5b6b7b', borrower_interest: '#d9822b', subsidy: '#2f8f4e' };
    const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': t.chartLabel, preserveAspectRatio: 'none' });
    rows.forEach((r, i) => {
      let y = H;
      for (const key of ['principal', 'borrower_interest', 'subsidy']) {
        const hgt = (r[key] / max) * (H - 10);
        if (hgt <= 0) continue;
        y -= hgt;
        svg.append(svgEl('rect', { x: (pad + i * bw + bw * 0.1).toFixed(2), y: y.toFixed(2), width: Math.max(0.5, bw * 0.8).toFixed(2), height: hgt.toFixed(2), fill: colors[key] }, svgEl('title', {}, `${r.label} ${t.legend[key]} ${r[key].toFixed(2)}`)));
      }
    });
    const legend = h('div', { class: 'chart-legend', 'aria-hidden': 'true' },
      ['principal', 'borrower_interest', 'subsidy'].map((k) => h('span', {}, h('span', { class: `swatch sw-${k}` }), t.legend[k])));
    return h('div', {}, svg, legend);
  }

  // ---- Actions ----
  summaryText() {
    const t = this.t;
    const r = this.response;
    if (!r) return '';
    const lines = [t.summaryTitle, fill(t.resultsFor, { region: this.lang === 'en' ? r.region.name_en : r.region.name_zh, date: r.as_of }), ''];
    for (const x of r.results) {
      lines.push(`${t.bracket(t.programme[x.programme])}${t.status[x.status]}${t.paren(this.lang === 'en' ? x.title_en : x.title_zh)}`);
      for (const n of KEY_FIGURES[x.programme] || []) {
        if (x.figures[n] === undefined) continue;
        const [v, u] = this.formatFigure(n, x.figures[n]);
        lines.push(`  ${t.figure[n]}${t.colon}${v}${u}`);
      }
      for (const hint of x.hints) lines.push(`  → ${this.msg(hint)}`);
      lines.push(`  ${t.basis}${t.colon}${x.documents.join(t.enumSep)}`);
    }
    lines.push('', t.printFooter);
    return lines.join('\n');
  }

  /** The page URL with the answers in its fragment. Built only when the visitor asks
   *  for it: the page's own URL (and so its history) never holds what was typed. */
  shareLink() {
    const url = new URL(window.location.href);
    url.hash = HASH_KEY + encodeState(this.state);
    return url.toString();
  }

  restoreFromHash() {
    const hash = (window.location.hash || '').slice(1);
    if (!hash.startsWith(HASH_KEY) || this.outreach) return false;
    const st = decodeState(hash.slice(HASH_KEY.length));
    if (!st) return false;
    this.state = { ...EMPTY(), ...st };
    if (this.fixedProgrammes) this.state.programmes = this.fixedProgrammes;
    this.render();
    this.evaluateNow();
    return true;
  }

  async copy(text) {
    const t = this.t;
    const status = this.shadowRoot.getElementById('copy-status');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = t.copied;
    } catch {
      if (status) status.textContent = t.copyFailed;
    }
  }

  /** Print the results alone: for this one printout, a document-level print sheet hides
   *  the portal page around the widget (everything that neither is nor contains it).
   *  Ctrl+P still prints the whole page, as the portal intends. */
  print() {
    const isolate = isolatePrint(this);
    try {
      window.print();
    } finally {
      // Chromium and Firefox block in print() and then fire afterprint; where print()
      // returns at once, afterprint comes later and does the cleaning.
      if (isolate) window.addEventListener('afterprint', isolate, { once: true });
    }
  }

  /** Clear every answer and result (next visitor, idle reset, start again). */
  clear(idle) {
    const t = this.t;
    this.state = EMPTY();
    this.errors = {};
    this.response = null;
    this.request = null;
    this.applyDefaults();
    if (!this.outreach && window.location.hash.startsWith(`#${HASH_KEY}`)) {
      try {
        history.replaceState(null, '', window.location.pathname + window.location.search);
      } catch {
        /* ignore */
      }
    }
    this.render();
    this.setStatus(idle ? t.idleNotice : this.outreach ? t.cleared : '');
    this.shadowRoot.getElementById('huiqi-title')?.setAttribute('tabindex', '-1');
    this.shadowRoot.getElementById('huiqi-title')?.focus();
    this.dispatchEvent(new CustomEvent('huiqi-cleared', { bubbles: true, composed: true }));
  }

  touch() {
    if (this.outreach) this.armIdle();
  }

  armIdle() {
    clearTimeout(this._idle);
    if (!this.isConnected) return;
    if (!this._idleListeners) {
      this._idleListeners = true;
      for (const ev of ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart']) this.addEventListener(ev, () => this.touch(), { passive: true });
    }
    this._idle = setTimeout(() => {
      if (this.outreach) this.clear(true);
    }, Number(this.getAttribute('idle-ms')) || IDLE_MS);
  }
}

// The answers in a URL fragment: compact JSON, base64url (UTF-8 safe).
function encodeState(st) {
  const keep = {};
  const empty = EMPTY();
  for (const [k, v] of Object.entries(st)) {
    if (JSON.stringify(v) !== JSON.stringify(empty[k])) keep[k] = v;
  }
  const bytes = new TextEncoder().encode(JSON.stringify(keep));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function decodeState(text) {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const st = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof st !== 'object' || st === null) return null;
    const empty = EMPTY();
    const clean = {};
    for (const [k, v] of Object.entries(st)) {
      if (!(k in empty)) continue;
      if (Array.isArray(empty[k]) && Array.isArray(v)) clean[k] = v.filter((x) => typeof x === 'string');
      else if (typeof empty[k] === typeof v) clean[k] = v;
    }
    return clean;
  } catch {
    return null;
  }
}

if (!customElements.get('huiqi-widget')) customElements.define('huiqi-widget', HuiqiWidget);

export { HuiqiWidget, shiftDecimal, normaliseNumber };
