//! Bilingual message templates from the policy data, filled with typed values.
//!
//! A template is plain text with `{name}` placeholders; the engine passes values
//! (money, rates, dates, …) and each language formats them its own way: `2000万元`
//! in Chinese, `CNY 20,000,000` in English.

use crate::money::DecimalOps;
use crate::dates::Date;
use crate::money::{write_decimal, write_money_en, write_money_zh, HUNDRED};
use rust_decimal::Decimal;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Lit(String),
    Arg(String),
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    raw: String,
    pieces: Vec<Piece>,
}

impl Template {
    pub const EMPTY: Template = Template {
        raw: String::new(),
        pieces: Vec::new(),
    };

    /// Parse `{name}` placeholders; `{{` and `}}` stand for literal braces.
    pub fn parse(raw: &str) -> std::result::Result<Template, String> {
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    lit.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    lit.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(ch) if ch.is_ascii_alphanumeric() || ch == '_' => name.push(ch),
                            _ => return Err(format!("unclosed or invalid placeholder in \"{raw}\"")),
                        }
                    }
                    if name.is_empty() {
                        return Err(format!("empty placeholder in \"{raw}\""));
                    }
                    if !lit.is_empty() {
                        pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                    }
                    pieces.push(Piece::Arg(name));
                }
                '}' => return Err(format!("stray '}}' in \"{raw}\"")),
                other => lit.push(other),
            }
        }
        if !lit.is_empty() {
            pieces.push(Piece::Lit(lit));
        }
        Ok(Template {
            raw: raw.to_string(),
            pieces,
        })
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The placeholder names used.
    pub fn args(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Arg(a) => Some(a.as_str()),
            Piece::Lit(_) => None,
        })
    }

    pub fn is_static(&self) -> bool {
        self.pieces.iter().all(|p| matches!(p, Piece::Lit(_)))
    }

    pub fn render<'t>(&'t self, lang: Lang, args: &[(&str, Arg<'_>)]) -> Cow<'t, str> {
        if self.is_static() {
            return match self.pieces.first() {
                Some(Piece::Lit(s)) if self.pieces.len() == 1 => Cow::Borrowed(s.as_str()),
                _ => Cow::Borrowed(""),
            };
        }
        let mut out = String::with_capacity(self.raw.len().saturating_add(16));
        for p in &self.pieces {
            match p {
                Piece::Lit(s) => out.push_str(s),
                Piece::Arg(name) => match args.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => v.write(lang, &mut out),
                    // Validation guarantees every placeholder is supplied; never show a hole.
                    None => out.push('…'),
                },
            }
        }
        Cow::Owned(out)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

/// A value for a placeholder.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// 元 → `2000万元` / `CNY 20,000,000`.
    Money(Decimal),
    /// fraction → `55%`.
    Percent(Decimal),
    /// fraction → percentage points `5`.
    Points(Decimal),
    Int(i64),
    Months(u32),
    Date(Date),
    /// A plain decimal: `1.3`.
    Decimal(Decimal),
    /// Language-specific words.
    Words(Cow<'a, str>, Cow<'a, str>),
}

impl Arg<'_> {
    fn write(&self, lang: Lang, out: &mut String) {
        match (self, lang) {
            (Arg::Money(d), Lang::Zh) => write_money_zh(out, *d),
            (Arg::Money(d), Lang::En) => write_money_en(out, *d),
            (Arg::Percent(d), _) => {
                write_decimal(out, d.c_mul(HUNDRED).unwrap_or(*d));
                out.push('%');
            }
            (Arg::Points(d), _) => write_decimal(out, d.c_mul(HUNDRED).unwrap_or(*d)),
            (Arg::Int(i), _) => {
                if *i < 0 {
                    out.push('-');
                }
                crate::money::write_uint(out, i.unsigned_abs());
            }
            (Arg::Months(m), _) => crate::money::write_uint(out, u64::from(*m)),
            (Arg::Date(d), _) => d.write_to(out),
            (Arg::Decimal(d), _) => write_decimal(out, *d),
            (Arg::Words(zh, _), Lang::Zh) => out.push_str(zh),
            (Arg::Words(_, en), Lang::En) => out.push_str(en),
        }
    }
}

/// A Chinese and an English template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    pub zh: Template,
    pub en: Template,
}

impl Bilingual {
    pub fn render<'t>(&'t self, args: &[(&str, Arg<'_>)]) -> (Cow<'t, str>, Cow<'t, str>) {
        (self.zh.render(Lang::Zh, args), self.en.render(Lang::En, args))
    }

    pub fn args(&self) -> impl Iterator<Item = &str> {
        self.zh.args().chain(self.en.args())
    }

    /// The English, unless the engine was made without its English texts (an empty
    /// template stands for that: a text that is given is never empty).
    pub fn english(&self) -> Option<&Template> {
        (!self.en.raw.is_empty()).then_some(&self.en)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn fills_placeholders_per_language() {
        let t = Bilingual {
            zh: Template::parse("营业收入{revenue}，补偿比例{share}").unwrap(),
            en: Template::parse("revenue {revenue}, share {share}").unwrap(),
        };
        let args = [
            ("revenue", Arg::Money(Decimal::from_str("30000000").unwrap())),
            ("share", Arg::Percent(Decimal::from_str("0.55").unwrap())),
        ];
        let (zh, en) = t.render(&args);
        assert_eq!(zh, "营业收入3000万元，补偿比例55%");
        assert_eq!(en, "revenue CNY 30,000,000, share 55%");
    }

    #[test]
    fn rejects_broken_templates() {
        assert!(Template::parse("{unclosed").is_err());
        assert!(Template::parse("a } b").is_err());
        assert!(Template::parse("{}").is_err());
        assert_eq!(Template::parse("{{literal}}").unwrap().render(Lang::Zh, &[]), "{literal}");
    }
}
