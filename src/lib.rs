//! # huiqi (惠企)
//!
//! Tells a small business whether it qualifies for 科技贷, 外贸贷, 创业担保贷款 and
//! 房租减免, and what that is worth, with the clause behind every figure.
//!
//! A pure core: rules, money, dates and schedules in plain Rust, with no clock, no
//! I/O and no panics. The native CLI (`src/main.rs`) and the WebAssembly binding
//! (`src/wasm.rs`) only convert JSON and map errors.
//!
//! ```
//! let engine = huiqi::Engine::builtin().unwrap();
//! let out = engine.evaluate_json(r#"{"as_of": "2022-06-30", "region": "410724",
//!     "applicant": {"kind": "person", "startup_groups": ["college_graduate"], "subsidised_loans_before": 0},
//!     "programmes": ["startup_guarantee_loan"]}"#).unwrap();
//! assert!(out.contains(r#""status":"eligible""#));
//! ```

#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::arithmetic_side_effects,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod cases;
pub mod dates;
pub mod engine;
pub mod error;
pub mod json;
pub mod money;
pub mod policy;
pub mod programmes;
pub mod rates;
pub mod region;
pub mod request;
pub mod response;
pub mod schedule;
pub mod size;
pub mod text;
pub mod tri;

/// The WebAssembly binding (exported to JS; public for the browser tests).
#[cfg(target_arch = "wasm32")]
pub mod wasm_api {
    pub use crate::wasm::*;
}
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use engine::{Engine, ENGINE};
pub use error::{Error, ErrorCode, Result};
