//! Pure domain code: no leptos, web-sys or gloo here, so it tests natively in milliseconds.

pub mod analysis;
pub mod calendar;
pub mod content;
pub mod date;
pub mod dictionary;
pub mod files;
pub mod guide;
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
pub mod sorted_set;
pub mod statement;
pub mod steps;
pub mod team_map;
pub mod worksheet;
pub mod workshop_content;
