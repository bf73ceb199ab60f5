//! Multi-Mentor Plan: a career stock-take that builds a multi-mentor strategy, in the browser.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod ids;
pub mod json;
pub mod pages;
pub mod router;
pub mod state;
pub mod storage;
pub mod text;
pub mod words;

pub use app::App;
