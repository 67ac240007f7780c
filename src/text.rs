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

/// A piece of a template, as byte offsets into its text: most texts have no
/// placeholder and need no piece at all, and none is copied out of the text (the
/// copies were a sixth of the engine's start natively, more in wasm).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Lit(usize, usize),
    Arg(usize, usize),
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    raw: String,
    /// Empty: the text is `raw` as it stands (no placeholder, no escaped brace).
    pieces: Vec<Piece>,
}

impl Template {
    pub const EMPTY: Template = Template {
        raw: String::new(),
        pieces: Vec::new(),
    };

    /// Parse `{name}` placeholders; `{{` and `}}` stand for literal braces.
    pub fn parse(raw: &str) -> std::result::Result<Template, String> {
        let bytes = raw.as_bytes();
        let mut pieces = Vec::new();
        let lit = |pieces: &mut Vec<Piece>, from: usize, to: usize| {
            if to > from {
                pieces.push(Piece::Lit(from, to));
            }
        };
        let (mut start, mut i) = (0, 0);
        while let Some(&b) = bytes.get(i) {
            let doubled = bytes.get(i.saturating_add(1)) == Some(&b);
            match b {
                // An escaped brace: the text so far with one brace, then on after both.
                b'{' | b'}' if doubled => {
                    lit(&mut pieces, start, i.saturating_add(1));
                    i = i.saturating_add(2);
                    start = i;
                }
                b'{' => {
                    let name = i.saturating_add(1);
                    let mut end = name;
                    loop {
                        match bytes.get(end) {
                            Some(b'}') => break,
                            Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => end = end.saturating_add(1),
                            _ => return Err(format!("unclosed or invalid placeholder in \"{raw}\"")),
                        }
                    }
                    if end == name {
                        return Err(format!("empty placeholder in \"{raw}\""));
                    }
                    lit(&mut pieces, start, i);
                    pieces.push(Piece::Arg(name, end));
                    i = end.saturating_add(1);
                    start = i;
                }
                b'}' => return Err(format!("stray '}}' in \"{raw}\"")),
                _ => i = i.saturating_add(1),
            }
        }
        if !pieces.is_empty() || start > 0 {
            lit(&mut pieces, start, bytes.len());
        }
        Ok(Template {
            raw: raw.to_string(),
            pieces,
        })
    }

    fn slice(&self, from: usize, to: usize) -> &str {
        self.raw.get(from..to).unwrap_or("")
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The placeholder names used.
    pub fn args(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Arg(from, to) => Some(self.slice(*from, *to)),
            Piece::Lit(..) => None,
        })
    }

    pub fn is_static(&self) -> bool {
        self.pieces.iter().all(|p| matches!(p, Piece::Lit(..)))
    }

    pub fn render<'t>(&'t self, lang: Lang, args: &[(&str, Arg<'_>)]) -> Cow<'t, str> {
        match self.pieces.as_slice() {
            [] => return Cow::Borrowed(&self.raw),
            [Piece::Lit(from, to)] => return Cow::Borrowed(self.slice(*from, *to)),
            _ => {}
        }
        let mut out = String::with_capacity(self.raw.len().saturating_add(16));
        for p in &self.pieces {
            match p {
                Piece::Lit(from, to) => out.push_str(self.slice(*from, *to)),
                Piece::Arg(from, to) => match args.iter().find(|(n, _)| *n == self.slice(*from, *to)) {
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
        assert!(Template::parse("{名}").is_err());
    }

    #[test]
    fn escaped_braces_and_placeholders_mix() {
        let t = Template::parse("首{{a}}中 {n}{m}，尾{{").unwrap();
        assert_eq!(t.args().collect::<Vec<_>>(), ["n", "m"]);
        let args = [("n", Arg::Int(3)), ("m", Arg::Months(12))];
        assert_eq!(t.render(Lang::Zh, &args), "首{a}中 312，尾{");
        let plain = Template::parse("无占位符的文本").unwrap();
        assert!(plain.is_static() && plain.args().next().is_none());
        assert_eq!(plain.render(Lang::En, &[]), "无占位符的文本");
        assert_eq!(Template::parse("x{{y").unwrap().render(Lang::Zh, &[]), "x{y");
    }
}
