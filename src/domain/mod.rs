//! Pure domain code: no leptos, web-sys or gloo here, so it tests natively in milliseconds.

pub mod analysis;
pub mod calendar;
pub mod content;
pub mod date;
pub mod dictionary;
pub mod files;
#[cfg(not(target_arch = "wasm32"))]
mod guide;
pub mod library;
pub mod limits;
pub mod living;
pub mod markup;
pub mod merge;
pub mod message;
pub mod plan;
pub mod progress_chart;
pub mod rhythm;
pub mod share;
pub mod side_page;
pub mod sorted_set;
#[cfg(not(target_arch = "wasm32"))]
mod statement;
pub mod steps;
pub mod team_map;
#[cfg(not(target_arch = "wasm32"))]
mod worksheet;
pub mod workshop_content;
