//! The one error type every door (CLI, JS, web component) reports.
//!
//! An error is data, never a panic: a stable machine `code`, the JSON path of the
//! offending `field` (empty when the whole input is at fault), and a message in
//! Chinese and English that a person can act on.

use std::fmt;

/// Stable error codes. The string form (`as_str`) is part of the public contract:
/// add codes freely, never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The input is not valid JSON (or not a single JSON value).
    InvalidJson,
    /// The input bytes are not UTF-8 (binary data, a GBK file, …).
    InvalidUtf8,
    /// The input is larger than the engine accepts for one request.
    InputTooLarge,
    /// The input is empty or only whitespace.
    EmptyInput,
    /// A file could not be opened or read.
    Io,
    /// A required field is absent (or `null`).
    MissingField,
    /// A field the interface does not define: usually a typo.
    UnknownField,
    /// A field has the wrong JSON type (e.g. an object where a string belongs).
    InvalidType,
    /// A field's value is not one of the allowed values.
    InvalidValue,
    /// A decimal string (money or rate) could not be read.
    InvalidDecimal,
    /// A number is outside the range the field allows.
    OutOfRange,
    /// A date or month is malformed or does not exist.
    InvalidDate,
    /// A region code is not a GB/T 2260 code the engine knows.
    InvalidRegion,
    /// A portal override (policy data) is malformed; nothing of it was applied.
    InvalidOverride,
    /// A computation left the range of exact decimal arithmetic.
    ArithmeticOverflow,
    /// The command line is not understood.
    Usage,
    /// English texts were asked of an engine made without them (the element's wasm on
    /// a Chinese page): ask for `lang: "zh-CN"`, or load English first (`loadEnglish()`).
    EnglishNotLoaded,
}

impl ErrorCode {
    /// The stable string form used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::InvalidUtf8 => "invalid_utf8",
            ErrorCode::InputTooLarge => "input_too_large",
            ErrorCode::EmptyInput => "empty_input",
            ErrorCode::Io => "io_error",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::InvalidType => "invalid_type",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::InvalidDecimal => "invalid_decimal",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::InvalidRegion => "invalid_region",
            ErrorCode::InvalidOverride => "invalid_override",
            ErrorCode::ArithmeticOverflow => "arithmetic_overflow",
            ErrorCode::EnglishNotLoaded => "english_not_loaded",
            ErrorCode::Usage => "usage",
        }
    }

    /// Every code, for documentation and tests.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidJson,
        ErrorCode::InvalidUtf8,
        ErrorCode::InputTooLarge,
        ErrorCode::EmptyInput,
        ErrorCode::Io,
        ErrorCode::MissingField,
        ErrorCode::UnknownField,
        ErrorCode::InvalidType,
        ErrorCode::InvalidValue,
        ErrorCode::InvalidDecimal,
        ErrorCode::OutOfRange,
        ErrorCode::InvalidDate,
        ErrorCode::InvalidRegion,
        ErrorCode::InvalidOverride,
        ErrorCode::ArithmeticOverflow,
        ErrorCode::Usage,
        ErrorCode::EnglishNotLoaded,
    ];
}

/// A structured error: `{"error": {"code", "field", "message_zh", "message_en"}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub code: ErrorCode,
    /// JSON path such as `applicant.revenue` or `programmes[1]`; empty for the whole input.
    pub field: String,
    pub message_zh: String,
    pub message_en: String,
}

impl Error {
    pub fn new(
        code: ErrorCode,
        field: impl Into<String>,
        message_zh: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        Error {
            code,
            field: field.into(),
            message_zh: message_zh.into(),
            message_en: message_en.into(),
        }
    }

    pub fn missing(field: &str) -> Self {
        Error::new(
            ErrorCode::MissingField,
            field,
            format!("缺少必填项 {field}"),
            format!("{field} is required"),
        )
    }

    pub fn overflow(field: &str) -> Self {
        Error::new(
            ErrorCode::ArithmeticOverflow,
            field,
            "数值过大，超出精确计算范围",
            "the numbers are too large to compute exactly",
        )
    }

    /// Prefix the field path, used when a nested parser reports relative to its object.
    pub fn within(mut self, prefix: &str) -> Self {
        if prefix.is_empty() {
            return self;
        }
        self.field = if self.field.is_empty() {
            prefix.to_string()
        } else if self.field.starts_with('[') {
            format!("{prefix}{}", self.field)
        } else {
            format!("{prefix}.{}", self.field)
        };
        self
    }

    /// The JSON document `{"error": {...}}` printed by the CLI and thrown by the JS API.
    pub fn to_json(&self) -> String {
        #[derive(serde::Serialize)]
        struct Doc<'e> {
            error: &'e Error,
        }
        // Serializing four strings cannot fail.
        serde_json::to_string(&Doc { error: self }).unwrap_or_default()
    }
}

impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 4)?;
        st.serialize_field("code", self.code.as_str())?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("message_zh", &self.message_zh)?;
        st.serialize_field("message_en", &self.message_en)?;
        st.end()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.code.as_str(), self.message_en)
        } else {
            write!(f, "{} at {}: {}", self.code.as_str(), self.field, self.message_en)
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
