//! One plan that uses every shape the stored JSON has, and that JSON as this app writes it.
//! The native tests (serde_json) and the browser tests (the browser's JSON) both check
//! against the same text, so the two ways of writing JSON never drift apart.

use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::{
    Advice, Cadence, Factor, Industry, Level, Plan, Priority, Reach, Reason, SituationRef, Status,
};

pub fn every_shape() -> Library {
    let mut plan = Plan {
        goals: "Lead a team \u{201c}soon\u{201d}\nand well".into(),
        industry: Some(Industry::FinanceAndAccounting),
        ..Plan::default()
    };
    plan.situation.factors.push(Factor::NewcomerToCountry);
    let own = plan.add_own_factor("Night shifts".into());
    let skill = plan.add_competency("Delegating".into(), Reason::Goal, Priority::High);
    if let Some(competency) = plan.competency_mut(skill) {
        competency.now = Level::new(2);
        competency.target = Level::new(5);
        competency.soft_skill = true;
    }
    let mentor = plan.add_mentor("Anita".into());
    if let Some(mentor) = plan.mentor_mut(mentor) {
        mentor.competencies.push(skill);
        mentor.shared = vec![
            SituationRef::Listed(Factor::NewcomerToCountry),
            SituationRef::Own(own),
        ];
        mentor.reach = Reach::Both;
        mentor.status = Status::Active;
        mentor.cadence = Cadence::Monthly;
    }
    plan.private.review_notes = true;
    plan.set_advice_aside(Advice::Sponsor, true);
    let mut library = Library::with_plan("Mine".into(), plan);
    library.add("Blank".into(), Plan::default());
    library
}

/// `every_shape()` as stored: exactly what serde_json writes.
pub const EVERY_SHAPE_JSON: &str = r#"{"schema":4,"library":{"plans":[{"id":0,"name":"Mine","plan":{"goals":"Lead a team “soon”\nand well","target_role":"","review_notes":"","situation":{"factors":["newcomer_to_country"],"own_factors":[{"id":0,"name":"Night shifts"}],"notes":""},"industry":"finance_and_accounting","competencies":[{"id":1,"name":"Delegating","reason":"goal","now":2,"target":5,"priority":"high","soft_skill":true}],"contacts":[],"mentors":[{"id":2,"name":"Anita","how_known":"","role":"expert","competencies":[1],"shared":[{"listed":"newcomer_to_country"},{"own":0}],"reach":"both","status":"active","next_step":"","cadence":"monthly","offer":""}],"next_id":3,"private":{"review_notes":true,"situation_notes":false,"situation":false},"set_aside":["sponsor"]}},{"id":1,"name":"Blank","plan":{"goals":"","target_role":"","review_notes":"","situation":{"factors":[],"own_factors":[],"notes":""},"industry":null,"competencies":[],"contacts":[],"mentors":[],"next_id":0,"private":{"review_notes":false,"situation_notes":false,"situation":false},"set_aside":[]}}],"current":0,"next_id":2}}"#;
