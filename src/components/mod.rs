//! One file per screen or widget.

pub mod load_notice;
pub mod save_status;
pub mod shell;
pub mod start_step;
pub mod text_field;
pub mod welcome;
