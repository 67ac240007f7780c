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
pub mod data;
pub mod dates;
pub mod engine;
pub mod english;
pub mod error;
pub mod money;
pub mod policy;
pub mod programmes;
pub mod rates;
pub mod region;
pub mod request;
pub mod response;
pub mod rules;
pub mod schedule;
/// 名单筛查: screening a 走访 list (CSV/XLSX in, XLSX/CSV out). Native, and in the
/// browser's second wasm build (`--features screen`).
#[cfg(any(not(target_arch = "wasm32"), feature = "screen"))]
pub mod screen;
pub mod size;
pub mod text;
pub mod tri;
pub mod wire;

/// The WebAssembly binding (exported to JS; public for the browser tests).
#[cfg(target_arch = "wasm32")]
pub mod wasm_api {
    pub use crate::wasm::*;
}
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "screen"))]
mod wasm_screen;

pub use engine::{Engine, ENGINE};
pub use error::{Error, ErrorCode, Result};

/// Sort a short slice, stably, by insertion. The engine sorts only a handful of items
/// (rule sets for a headline, a request's list values) and, once at load, the region
/// table (about 200 entries, nearly in order: only Henan's own are out of place),
/// and each use of the standard library's sort adds kilobytes to the wasm the browser
/// downloads.
pub(crate) fn sort_small<T>(v: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            let (Some(a), Some(b)) = (v.get(j.saturating_sub(1)), v.get(j)) else { break };
            if !before(b, a) {
                break;
            }
            v.swap(j.saturating_sub(1), j);
            j = j.saturating_sub(1);
        }
    }
}

#[cfg(test)]
mod sort_tests {
    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')];
        super::sort_small(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, vec![(0, 'f'), (1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        super::sort_small(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }
}
