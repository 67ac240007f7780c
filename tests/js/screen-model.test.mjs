// The screening table's model (js/widget/screen-model.js): layout from the result headers,
// counts, filters, sorting and the error texts, on rows shaped as the wasm returns them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { layout, statusOf, tally, errorText, filterRows, sortRows, headline, outOfPeriod } from '../../js/widget/screen-model.js';

const PROGRAMMES = [
  { programme: 'tech_loan', name_zh: '科技贷', short_zh: '科技贷', figures: [['max_compensation', '最高补偿（元）', 'money']] },
  { programme: 'rent_relief', name_zh: '房租减免', short_zh: '房租减免', figures: [['relief_amount', '减免金额（元）', 'money']] },
];
const HEADERS = ['筛查结果', '错误说明', '所在县区（识别为）', '企业规模', '科技贷', '科技贷 最高补偿（元）', '科技贷 规则集', '科技贷 提示', '房租减免', '房租减免 减免金额（元）', '房租减免 规则集', '房租减免 提示', '需补充信息'];
const row = (n, name, tech, rent, fig = '') => ({
  row: n,
  status: 'screened',
  cells: [String(n), name],
  outcome: { programmes: [{ programme: 'tech_loan', status: tech }, { programme: 'rent_relief', status: rent }] },
  errors: [],
  out: ['已筛查', '', '获嘉县', '小型', '', fig, '', '', '', '', '', '', ''],
});
const ROWS = [
  row(3, '乙', 'ineligible', 'eligible'),
  row(2, '甲', 'eligible', 'needs_info', '1,000,000'),
  { row: 4, status: 'invalid', cells: ['4', '丙'], outcome: null, errors: [{ row: 4, column: '营业收入（万元）', message_zh: '「很多」不是金额' }], out: [] },
  { row: 5, status: 'empty', cells: ['', ''], outcome: null, errors: [], out: [] },
  row(6, '丁', 'eligible', 'ineligible', '4,800,000'),
];

test('layout finds each programme\'s columns from the headers and the list', () => {
  const L = layout(HEADERS, PROGRAMMES);
  assert.equal(L.missing, 12);
  assert.deepEqual(L.programmes.map((p) => [p.key, p.status, p.figures[0].index, p.hint]), [['tech_loan', 4, 5, 7], ['rent_relief', 8, 9, 11]]);
});

test('statuses, counts and the answer first', () => {
  assert.equal(statusOf(ROWS[2], 'tech_loan'), 'error');
  assert.equal(statusOf(ROWS[3], 'tech_loan'), 'empty');
  const t = tally(ROWS, PROGRAMMES);
  assert.deepEqual([t.rows, t.screened, t.invalid, t.empty], [5, 3, 1, 1]);
  assert.deepEqual(t.by.tech_loan, { eligible: 2, needs_info: 0, ineligible: 1, not_in_force: 0 });
  assert.equal(headline(t, PROGRAMMES), '共 4 家企业，可能符合：科技贷 2 家、房租减免 1 家；1 行有错误，需核对后重新筛查');
  assert.equal(errorText(ROWS[2]), '第4行「营业收入（万元）」列：「很多」不是金额');
});

test('a programme not in force on the screening date is said so, not counted as 0 firms', () => {
  const rows = [row(2, '甲', 'eligible', 'not_in_force'), row(3, '乙', 'needs_info', 'not_in_force')];
  const t = tally(rows, PROGRAMMES);
  assert.equal(outOfPeriod(t.by.rent_relief), true);
  assert.equal(outOfPeriod(t.by.tech_loan), false);
  assert.equal(headline(t, PROGRAMMES), '共 2 家企业，可能符合：科技贷 1 家；房租减免在筛查日期不在有效期');
});

test('filters by programme, status, errors and text', () => {
  const ids = (rows) => rows.map((r) => r.row);
  assert.deepEqual(ids(filterRows(ROWS, { programme: 'tech_loan', status: 'eligible' })), [2, 6]);
  assert.deepEqual(ids(filterRows(ROWS, { status: 'needs_info' })), [2]);
  assert.deepEqual(ids(filterRows(ROWS, { status: 'error' })), [4]);
  assert.deepEqual(ids(filterRows(ROWS, { text: '丁' })), [6]);
  assert.deepEqual(ids(filterRows(ROWS)), [3, 2, 4, 5, 6], 'nothing filtered: every row, blank ones too');
});

test('sorts by row, by a cell, and by a programme (符合 first, the larger figure first)', () => {
  const ids = (rows) => rows.map((r) => r.row);
  assert.deepEqual(ids(sortRows(ROWS)), [2, 3, 4, 5, 6]);
  assert.deepEqual(ids(sortRows(ROWS, { dir: -1 })), [6, 5, 4, 3, 2]);
  assert.deepEqual(ids(sortRows(ROWS, { by: 'cell', cell: 1 })).slice(0, 1), [5]);
  assert.deepEqual(ids(sortRows(ROWS, { by: 'programme', programme: 'tech_loan', figure: 5 })), [6, 2, 3, 4, 5]);
});
