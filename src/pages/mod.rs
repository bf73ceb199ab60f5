//! One file per screen: each is a route of the app (see `router.rs`).

pub mod mentors;
pub mod plan;
pub mod plans;
pub mod presenter;
pub mod review;
pub mod room;
pub mod share;
pub mod shared;
pub mod since;
pub mod situation;
pub mod skills;
pub mod soft_skills;
pub mod start;
pub mod value;
pub mod workshop;
