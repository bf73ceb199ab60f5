//! What every plan that opens must hold, whatever came in: checking it again changes nothing,
//! and what the person does next (adds to each list, logs a meeting, checks in) is all still
//! there at the next load.

use multi_mentor::domain::date::Date;
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};
use multi_mentor::domain::plan::{Horizon, Level, Plan, Priority, Reason};

pub fn hold(plan: &Plan) {
    let again = plan_within_limits(plan.clone());
    assert_eq!(again, (plan.clone(), Trimmed::default()), "opened over the limits");

    let mut edited = plan.clone();
    // A full list refuses (None): that is the limit holding, not a loss.
    let _ = edited.add_competency("Budgeting".into(), Reason::Goal, Priority::High);
    let _ = edited.add_mentor("Amara".into());
    let _ = edited.add_contact("Jo".into(), Vec::new());
    let _ = edited.add_own_factor("Night shifts".into());
    let today = Date {
        year: 2026,
        month: 12,
        day: 6,
    };
    if let Some(mentor) = edited.mentors.last_mut() {
        mentor.meet(today, "Went over the budget");
    }
    let levels: Vec<_> = (edited.competencies.iter().rev().take(2))
        .map(|c| (c.id, Level::new(3)))
        .collect();
    edited.check_in(today, &levels, &[Horizon::Soon], "On track");
    let loaded = plan_within_limits(edited.clone());
    assert_eq!(loaded, (edited, Trimmed::default()), "an edit lost at the next load");
}
