//! Multi-Mentor Plan: a career stock-take that builds a multi-mentor strategy, in the browser.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod plans_app;
pub mod storage;
pub mod workshop_app;

pub use app::App;
pub use plans_app::PlansApp;
pub use workshop_app::WorkshopApp;
