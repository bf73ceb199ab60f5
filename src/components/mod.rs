//! Widgets that several screens use.

pub mod choices;
pub mod fields;
pub mod keep_copy;
pub mod language_switch;
pub mod load_notice;
pub mod meeting_log;
pub mod plan_grid;
pub mod plan_overview;
pub mod qr_code;
pub mod save_status;
pub mod shell;
pub mod step_nav;
pub mod undo_bar;
pub mod update_notice;
pub mod welcome;
pub mod when;
pub mod workshop_content;
