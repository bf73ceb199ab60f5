//! The flooded plan of issue 10's report: 400 competencies and 200 mentors, each mentor
//! answering every competency. The native limits tests check it is trimmed, and
//! `examples/crafted_plans.rs` makes the link and file the end-to-end tests open from it.

use multi_mentor::domain::plan::{Competency, Id, Level, Mentor, Plan, Priority, Reason};

pub fn competency(id: u32) -> Competency {
    Competency {
        id: Id(id),
        name: format!("Skill {id}"),
        reason: Reason::Goal,
        now: Level::new(1),
        target: Level::new(5),
        priority: Priority::Medium,
        soft_skill: false,
        serves: None,
        by: None,
    }
}

pub fn flood() -> Plan {
    let competencies: Vec<Competency> = (0..400).map(competency).collect();
    let ids: Vec<Id> = competencies.iter().map(|c| c.id).collect();
    let mentors = (400..600)
        .map(|id| Mentor {
            id: Id(id),
            name: format!("Mentor {id}"),
            competencies: ids.clone(),
            ..Mentor::default()
        })
        .collect();
    Plan {
        competencies,
        mentors,
        next_id: 600,
        ..Plan::default()
    }
}
