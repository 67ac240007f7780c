//! A row of cells → an evaluate request (its fields, as JSON text or typed), or the
//! row's errors, each with its row number, column and a message in Chinese.

use super::columns::{match_header, parse_cell, ColumnDef, FieldValue, Kind, Unit, COLUMNS};
use super::read::RawRow;
use super::regions::RegionIndex;
use crate::request::{
    ApplicantIn, ApplicantKind, EvaluateRequestIn, Financing, Guarantee, LoanIn, PremisesIn, PremisesOwner, Programme, Purpose, Repayment,
    StartupGroup, TechStatus,
};
use crate::text::Lang;
use crate::wire::{DateField, Dec, Int, Money, Rate};
use serde::Serialize;

/// Rows looked at for the header (a title row or two above it is common).
pub const HEADER_SEARCH_ROWS: usize = 10;

/// One problem with one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// The row number a spreadsheet shows.
    pub row: u64,
    /// The column's header as the file writes it (or the template's, for a missing column).
    pub column: String,
    pub message_zh: String,
}

/// Spreadsheet column letters: 0 → A, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index;
    let mut out = Vec::new();
    loop {
        let rem = u8::try_from(n.checked_rem(26).unwrap_or(0)).unwrap_or(0);
        out.push(char::from(b'A'.saturating_add(rem)));
        n = n.checked_div(26).unwrap_or(0);
        if n == 0 {
            break;
        }
        n = n.saturating_sub(1);
    }
    out.iter().rev().collect()
}

/// The list's header: which column feeds which request field.
#[derive(Debug, Clone)]
pub struct Header {
    /// The header's row number.
    pub line: u64,
    /// The header cells as the file writes them; an empty one is named by its letter.
    pub names: Vec<String>,
    /// The template column each file column matched, with the unit its header states.
    pub uses: Vec<Option<(&'static ColumnDef, Unit)>>,
    /// Notes about the header, in Chinese (unrecognised or empty or repeated columns).
    pub notes: Vec<String>,
}

fn matches_in(row: &RawRow) -> usize {
    row.cells.iter().filter(|c| match_header(c).is_some()).count()
}

/// The index (among `rows`) of the header: the first row with the most recognised
/// column names, at least two. Title rows above it are skipped.
pub fn find_header(rows: &[RawRow]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        let n = matches_in(row);
        if n >= 2 && best.is_none_or(|(_, m)| n > m) {
            best = Some((i, n));
        }
    }
    best.map(|(i, _)| i)
}

impl Header {
    pub fn from_row(row: &RawRow) -> Header {
        let mut uses: Vec<Option<(&'static ColumnDef, Unit)>> = Vec::with_capacity(row.cells.len());
        let mut names = Vec::with_capacity(row.cells.len());
        let mut notes = Vec::new();
        let mut unknown = Vec::new();
        for (i, cell) in row.cells.iter().enumerate() {
            let text = cell.trim();
            if text.is_empty() {
                names.push(format!("第{}列", column_letter(i)));
                uses.push(None);
                notes.push(format!(
                    "第{}列（表头第{}行）的表头为空，可能是合并单元格：该列未用于筛查，内容原样写入结果",
                    column_letter(i),
                    row.line
                ));
                continue;
            }
            names.push(text.to_string());
            match match_header(text) {
                Some((def, unit)) => {
                    if uses.iter().flatten().any(|(d, _)| d.key == def.key) {
                        notes.push(format!("「{text}」与前面的列重复（都是{}）：只用前一列", def.header));
                        uses.push(None);
                    } else {
                        uses.push(Some((def, unit)));
                    }
                }
                None => {
                    unknown.push(text.to_string());
                    uses.push(None);
                }
            }
        }
        // Empty cells at the end of a header row say nothing.
        while names.len() > uses.iter().rposition(Option::is_some).map_or(0, |p| p.saturating_add(1))
            && row.cells.get(names.len().saturating_sub(1)).is_some_and(|c| c.trim().is_empty())
        {
            names.pop();
            uses.pop();
            notes.pop();
        }
        if !unknown.is_empty() {
            notes.push(format!("未识别的列（原样写入结果，不参与筛查）：{}", unknown.join("、")));
        }
        Header { line: row.line, names, uses, notes }
    }

    /// Is a column for this key present?
    pub fn has(&self, key: &str) -> bool {
        self.uses.iter().flatten().any(|(d, _)| d.key == key)
    }

    /// The file's header of the column feeding a request field (for the engine's errors).
    pub fn column_for_field(&self, field: &str) -> Option<&str> {
        self.uses.iter().zip(&self.names).find_map(|(u, name)| match u {
            Some((d, _)) if !d.field.is_empty() && (field == d.field || field.starts_with(&format!("{}[", d.field))) => {
                Some(name.as_str())
            }
            _ => None,
        })
    }
}

/// What a row turned into.
#[derive(Debug, Clone, PartialEq)]
pub enum Built {
    Request(RowRequest),
    Errors(Vec<RowError>),
    Empty,
}

/// Settings every request of a list shares.
#[derive(Debug, Clone)]
pub struct RequestSettings {
    pub as_of: String,
    /// Ask for the explained answer (texts); `false` adds `"explain": false`.
    pub explain: bool,
}

/// The language every request asks for: Chinese only (`"lang"` in the JSON text).
const LANG: (&str, Lang) = ("zh-CN", Lang::Zh);

/// A row's request: the fields its cells give (dotted paths, in the file's order), to be
/// written as the JSON text the JSON door reads ([`RowRequest::to_json`]) or built as the
/// typed request that door would read from it ([`RowRequest::to_typed`]).
#[derive(Debug, Clone, PartialEq)]
pub struct RowRequest {
    fields: Vec<(&'static str, FieldValue)>,
}

impl RowRequest {
    /// The request as JSON text.
    pub fn to_json(&self, settings: &RequestSettings) -> String {
        // In template order, where the fields of one object are adjacent.
        let mut fields: Vec<&(&'static str, FieldValue)> = self.fields.iter().collect();
        fields.sort_by_key(|(field, _)| COLUMNS.iter().position(|d| d.field == *field).unwrap_or(usize::MAX));
        request_text(settings, &fields)
    }

    /// The request the JSON door reads from [`RowRequest::to_json`], built without the
    /// text: each value through the reader that door uses for its field (`Money`,
    /// `Int`, the enums' names). `None` when a value is not one it would read as given
    /// (an amount over the limit, a count out of range): the caller then goes through the
    /// door, whose error the row gets. The door's checks that span fields are not made
    /// here: [`crate::Engine::resolve_request`] makes them, for both. (The door's other
    /// checks cannot fail for a row: its JSON text is a small object, each field once.)
    pub fn to_typed(&self, settings: &RequestSettings) -> Option<EvaluateRequestIn> {
        let kind = self.fields.iter().find(|(field, _)| *field == "applicant.kind").and_then(|(_, v)| named(v, ApplicantKind::parse))?;
        let mut region = None;
        let mut a = ApplicantIn::new(kind);
        let (mut loan, mut premises, mut financing) = (None::<LoanIn>, None::<PremisesIn>, None::<Financing>);
        for &(field, ref v) in &self.fields {
            match field {
                "region" => region = Some(text(v)?.to_string()),
                // Read first: the applicant is made with it.
                "applicant.kind" => {}
                "applicant.industry" => a.industry = Some(name(v)?.to_string()),
                "applicant.employees" => a.employees = Some(count(v, field)?),
                "applicant.revenue" => a.revenue = Some(read(v, field, Money::from_text)?),
                "applicant.total_assets" => a.total_assets = Some(read(v, field, Money::from_text)?),
                "applicant.tech_status" => a.tech_status = Some(all_named(v, TechStatus::parse)?),
                "applicant.research_cooperation" => a.research_cooperation = Some(flag(v)?),
                "applicant.foreign_trade.trades_abroad" => a.foreign_trade.get_or_insert_default().trades_abroad = Some(flag(v)?),
                "applicant.foreign_trade.credit_insurance" => a.foreign_trade.get_or_insert_default().credit_insurance = Some(flag(v)?),
                "applicant.new_hires.count" => a.new_hires.get_or_insert_default().count = Some(count(v, field)?),
                "applicant.new_hires.contract_years" => a.new_hires.get_or_insert_default().contract_years = Some(read(v, field, Dec::from_text)?),
                "applicant.startup_groups" => a.startup_groups = Some(all_named(v, StartupGroup::parse)?),
                "applicant.subsidised_loans_before" => a.subsidised_loans_before = Some(count(v, field)?),
                "loan.amount" => loan.get_or_insert_default().amount = Some(read(v, field, Money::from_text)?),
                "loan.term_months" => loan.get_or_insert_default().term_months = Some(count(v, field)?),
                "loan.annual_rate" => loan.get_or_insert_default().annual_rate = Some(read(v, field, Rate::from_text)?),
                "loan.collateral_value" => loan.get_or_insert_default().collateral_value = Some(read(v, field, Money::from_text)?),
                "loan.single_asset_collateral" => loan.get_or_insert_default().single_asset_collateral = Some(flag(v)?),
                "loan.guarantee" => loan.get_or_insert_default().guarantee = Some(named(v, Guarantee::parse)?),
                "loan.repayment" => loan.get_or_insert_default().repayment = Some(named(v, Repayment::parse)?),
                "loan.start_date" => loan.get_or_insert_default().start_date = Some(read(v, field, DateField::from_text)?),
                "premises.owner" => premises.get_or_insert_default().owner = Some(named(v, PremisesOwner::parse)?),
                "premises.monthly_rent" => premises.get_or_insert_default().monthly_rent = Some(read(v, field, Money::from_text)?),
                "premises.sublet" => premises.get_or_insert_default().sublet = Some(flag(v)?),
                "premises.cannot_operate_normally" => premises.get_or_insert_default().cannot_operate_normally = Some(flag(v)?),
                "premises.county_medium_high_risk_2022" => premises.get_or_insert_default().county_medium_high_risk_2022 = Some(flag(v)?),
                "financing.operates_compliantly" => financing.get_or_insert_default().operates_compliantly = Some(flag(v)?),
                "financing.fixed_premises" => financing.get_or_insert_default().fixed_premises = Some(flag(v)?),
                "financing.real_need" => financing.get_or_insert_default().real_need = Some(flag(v)?),
                "financing.purpose" => financing.get_or_insert_default().purpose = Some(named(v, Purpose::parse)?),
                "financing.good_credit" => financing.get_or_insert_default().good_credit = Some(flag(v)?),
                "financing.lawful_use" => financing.get_or_insert_default().lawful_use = Some(flag(v)?),
                // A field not known here: the JSON door reads it.
                _ => return None,
            }
        }
        Some(EvaluateRequestIn {
            as_of: DateField::from_text(&settings.as_of, "as_of").ok()?,
            region: region?,
            applicant: a,
            loan,
            premises,
            financing,
            programmes: Some(super::PROGRAMMES.iter().map(|p| Programme::parse(p.programme)).collect::<Option<_>>()?),
            lang: Some(LANG.1),
            explain: (!settings.explain).then_some(false),
        })
    }
}

// A field's value as `to_typed` takes it: `None` for a value of another shape.
fn text(v: &FieldValue) -> Option<&str> {
    match v {
        FieldValue::Text(t) => Some(t),
        _ => None,
    }
}
fn name(v: &FieldValue) -> Option<&'static str> {
    match v {
        FieldValue::Name(n) => Some(n),
        _ => None,
    }
}
fn flag(v: &FieldValue) -> Option<bool> {
    match v {
        FieldValue::Bool(b) => Some(*b),
        _ => None,
    }
}
fn named<T>(v: &FieldValue, parse: fn(&str) -> Option<T>) -> Option<T> {
    parse(name(v)?)
}
fn all_named<T>(v: &FieldValue, parse: fn(&str) -> Option<T>) -> Option<Vec<T>> {
    match v {
        FieldValue::Names(list) => list.iter().map(|n| parse(n)).collect(),
        _ => None,
    }
}
/// A text read by the JSON door's reader for its field type.
fn read<T>(v: &FieldValue, field: &str, from_text: fn(&str, &str) -> crate::Result<T>) -> Option<T> {
    from_text(text(v)?, field).ok()
}
fn count<const MIN: u32, const MAX: u32>(v: &FieldValue, field: &str) -> Option<Int<MIN, MAX>> {
    match v {
        FieldValue::Whole(n) => Int::from_whole(*n, field).ok(),
        _ => None,
    }
}

/// `"key":` after a comma unless it is the first member of its object.
fn push_key(out: &mut Vec<u8>, first: &mut bool, key: &str) {
    if !*first {
        out.push(b',');
    }
    *first = false;
    out.push(b'"');
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

/// The request's JSON text from its fields (dotted paths, in template order), written
/// directly: no map is built. The fields under one object must be adjacent, which the
/// template's column order guarantees (a test checks it).
fn request_text(settings: &RequestSettings, fields: &[&(&'static str, FieldValue)]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(320);
    out.extend_from_slice(b"{\"as_of\":");
    let _ = serde_json::to_writer(&mut out, settings.as_of.as_str());
    let mut first = false;
    let mut open: Vec<&str> = Vec::with_capacity(3);
    for (path, value) in fields {
        let (parents, leaf) = match path.rsplit_once('.') {
            Some((p, l)) => (p, l),
            None => ("", *path),
        };
        let parents: Vec<&str> = if parents.is_empty() { Vec::new() } else { parents.split('.').collect() };
        let common = open.iter().zip(&parents).take_while(|(a, b)| a == b).count();
        while open.len() > common {
            open.pop();
            out.push(b'}');
            first = false;
        }
        for p in parents.iter().skip(common) {
            push_key(&mut out, &mut first, p);
            out.push(b'{');
            first = true;
            open.push(p);
        }
        push_key(&mut out, &mut first, leaf);
        let _ = serde_json::to_writer(&mut out, value);
    }
    out.extend(std::iter::repeat_n(b'}', open.len()));
    // Every programme of the results' columns, the self-check among them (a request
    // without `programmes` gets the four loan and rent programmes only).
    out.extend_from_slice(b",\"programmes\":[");
    for (i, p) in super::PROGRAMMES.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(p.programme.as_bytes());
        out.push(b'"');
    }
    out.push(b']');
    out.extend_from_slice(b",\"lang\":\"");
    out.extend_from_slice(LANG.0.as_bytes());
    out.push(b'"');
    if !settings.explain {
        out.extend_from_slice(b",\"explain\":false");
    }
    out.push(b'}');
    String::from_utf8(out).unwrap_or_default()
}

/// A row → its request, or its errors. An all-blank row is `Empty`.
pub fn build_request(header: &Header, row: &RawRow, regions: &RegionIndex) -> Built {
    if row.cells.iter().all(|c| c.trim().is_empty()) {
        return Built::Empty;
    }
    let mut fields: Vec<(&'static str, FieldValue)> = Vec::with_capacity(header.uses.len());
    let mut errors = Vec::new();
    for (i, (use_, name)) in header.uses.iter().zip(&header.names).enumerate() {
        let Some((def, unit)) = use_ else { continue };
        if def.kind == Kind::Text || def.field.is_empty() {
            continue;
        }
        let raw = row.cells.get(i).map(|s| s.trim()).unwrap_or("");
        if raw.is_empty() {
            if def.required {
                errors.push(RowError {
                    row: row.line,
                    column: name.clone(),
                    message_zh: format!("{}为必填项，不能为空", def.header),
                });
            }
            continue;
        }
        match parse_cell(def, *unit, raw, regions) {
            Ok(v) => fields.push((def.field, v)),
            Err(message_zh) => errors.push(RowError { row: row.line, column: name.clone(), message_zh }),
        }
    }
    if !header.has("region") {
        errors.push(RowError {
            row: row.line,
            column: "所在县区".to_string(),
            message_zh: "名单中没有“所在县区”列：请按模板添加".to_string(),
        });
    }
    if !errors.is_empty() {
        return Built::Errors(errors);
    }
    if !fields.iter().any(|(f, _)| *f == "applicant.kind") {
        fields.push(("applicant.kind", FieldValue::Name("enterprise")));
    }
    Built::Request(RowRequest { fields })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(line: u64, cells: &[&str]) -> RawRow {
        RawRow { line, cells: cells.iter().map(|s| s.to_string()).collect() }
    }

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn header_and_request() {
        let rows = vec![
            raw(1, &["2025年千企万户大走访名单", "", ""]),
            raw(2, &["企业名称", "所在县区", "营业收入（元）", "", "联系电话", "备注", ""]),
            raw(3, &["甲", "获嘉", "18,000,000", "x", "138", "", ""]),
            raw(4, &["乙", "火星县", "很多", "", "", "", ""]),
            raw(5, &["", " ", ""]),
        ];
        let h = find_header(&rows).unwrap();
        assert_eq!(h, 1);
        let header = Header::from_row(&rows[h]);
        assert_eq!(header.names.len(), 6);
        assert_eq!(header.names[3], "第D列");
        assert_eq!(header.notes.len(), 2, "{:?}", header.notes);
        let regions = RegionIndex::builtin();
        let s = RequestSettings { as_of: "2025-06-30".into(), explain: true };
        let Built::Request(v) = build_request(&header, &rows[2], &regions) else { panic!() };
        assert_eq!(
            v.to_json(&s),
            r#"{"as_of":"2025-06-30","region":"410724","applicant":{"kind":"enterprise","revenue":"18000000"},"programmes":["tech_loan","trade_loan","startup_guarantee_loan","rent_relief","financing_coordination"],"lang":"zh-CN"}"#
        );
        let Built::Errors(e) = build_request(&header, &rows[3], &regions) else { panic!() };
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].row, e[0].column.as_str()), (4, "所在县区"));
        assert_eq!((e[1].row, e[1].column.as_str()), (4, "营业收入（元）"));
        assert_eq!(build_request(&header, &rows[4], &regions), Built::Empty);
    }

    /// `request_text` writes each object once: the fields under one object are adjacent
    /// in the template's order.
    #[test]
    fn template_fields_are_grouped_by_object() {
        let fields: Vec<&str> = COLUMNS.iter().map(|d| d.field).filter(|f| !f.is_empty()).collect();
        let mut closed: Vec<String> = Vec::new();
        let mut open: Vec<String> = Vec::new();
        for f in fields {
            let parents: Vec<String> = f.split('.').collect::<Vec<_>>().split_last().unwrap().1.iter().map(|s| s.to_string()).collect();
            let prefixes: Vec<String> = (1..=parents.len()).map(|n| parents[..n].join(".")).collect();
            while let Some(o) = open.last() {
                if prefixes.contains(o) {
                    break;
                }
                closed.push(open.pop().unwrap());
            }
            for p in prefixes {
                assert!(!closed.contains(&p), "{f}: the object {p} was already closed");
                if !open.contains(&p) {
                    open.push(p);
                }
            }
        }
    }

    #[test]
    fn request_text_nests_and_reads_back() {
        let s = RequestSettings { as_of: "2025-06-30".into(), explain: false };
        let fields = [
            ("region", FieldValue::Text("410724".into())),
            ("applicant.kind", FieldValue::Name("enterprise")),
            ("applicant.foreign_trade.trades_abroad", FieldValue::Bool(true)),
            ("applicant.foreign_trade.credit_insurance", FieldValue::Bool(false)),
            ("applicant.employees", FieldValue::Whole(12)),
            ("applicant.tech_status", FieldValue::Names(vec!["tech_sme"])),
            ("loan.amount", FieldValue::Text("5000000".into())),
            ("premises.owner", FieldValue::Name("state")),
        ];
        let text = request_text(&s, &fields.iter().collect::<Vec<_>>());
        assert_eq!(
            text,
            r#"{"as_of":"2025-06-30","region":"410724","applicant":{"kind":"enterprise","foreign_trade":{"trades_abroad":true,"credit_insurance":false},"employees":12,"tech_status":["tech_sme"]},"loan":{"amount":"5000000"},"premises":{"owner":"state"},"programmes":["tech_loan","trade_loan","startup_guarantee_loan","rent_relief","financing_coordination"],"lang":"zh-CN","explain":false}"#
        );
        assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok());
    }
}
