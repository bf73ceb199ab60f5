//! One file per screen or widget.

pub mod fields;
pub mod guide;
pub mod load_notice;
pub mod mentors_step;
pub mod plan_grid;
pub mod plan_step;
pub mod plans_screen;
pub mod presenter;
pub mod qr_code;
pub mod room;
pub mod save_status;
pub mod share_screen;
pub mod shared_view;
pub mod shell;
pub mod situation_step;
pub mod skills_step;
pub mod soft_skills_step;
pub mod start_step;
pub mod step_nav;
pub mod undo_bar;
pub mod value_step;
pub mod welcome;
pub mod workshop_home;
