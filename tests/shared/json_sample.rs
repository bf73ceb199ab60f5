//! One plan that uses every shape the stored JSON has, and that JSON as this app writes it.
//! The native tests (serde_json) and the browser tests (the browser's JSON) both check
//! against the same text, so the two ways of writing JSON never drift apart.

use multi_mentor::domain::date::Date;
use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::{
    Advice, Cadence, Factor, Goals, Horizon, Industry, Level, MessageKind, Plan, Priority, Reach,
    Reason, SituationRef, Status,
};

pub fn every_shape() -> Library {
    let mut plan = Plan {
        goals: Goals::in_a_year("Lead a team \u{201c}soon\u{201d}\nand well".into()),
        industry: Some(Industry::FinanceAndAccounting),
        target_role: "Team lead".into(),
        review_notes: "Delegate more".into(),
        identity: 2_923_004_711,
        changed: 1_796_000_000,
        ..Plan::default()
    };
    plan.situation.notes = "Evenings only".into();
    plan.goals.soon.text = "Ask Anita".into();
    plan.goals.year.by = Some(day(2027, 11, 30));
    plan.goals.later.text = "Run the department".into();
    plan.goals.later.by = Some(day(2030, 6, 30));
    plan.situation.factors.push(Factor::NewcomerToCountry);
    let own = plan.add_own_factor("Night shifts".into()).unwrap();
    let skill = plan
        .add_competency("Delegating".into(), Reason::Goal, Priority::High)
        .unwrap();
    if let Some(competency) = plan.competency_mut(skill) {
        competency.now = Level::new(2);
        competency.target = Level::new(5);
        competency.soft_skill = true;
        competency.serves = Some(Horizon::Year);
        competency.by = Some(day(2027, 6, 30));
    }
    plan.goals.soon.by = Some(day(2027, 2, 28));
    plan.goals.soon.met = true;
    let mentor = plan.add_mentor("Anita".into()).unwrap();
    if let Some(mentor) = plan.mentor_mut(mentor) {
        mentor.competencies.push(skill);
        mentor.shared = vec![
            SituationRef::Listed(Factor::NewcomerToCountry),
            SituationRef::Own(own),
        ];
        mentor.reach = Reach::Both;
        mentor.status = Status::Active;
        mentor.cadence = Cadence::Monthly;
        mentor.set_status(Status::Active, day(2026, 9, 1));
        mentor.next_step = "Ask about budgets".into();
        mentor.meet(day(2026, 11, 2), "Agreed to shadow a close");
        mentor.finish_step(day(2026, 11, 20));
        mentor.next_step = "Shadow the December close".into();
        mentor.step_due = Some(day(2026, 12, 15));
        mentor.how_known = "My manager".into();
        mentor.offer = "A budget template".into();
    }
    let contact = plan.add_contact("Bo".into(), vec![skill]).unwrap();
    if let Some(contact) = plan.contact_mut(contact) {
        contact.mentor = Some(mentor);
    }
    plan.record_check_in(day(2026, 11, 28), "Delegated the month-end report");
    plan.private.review_notes = true;
    plan.set_advice_aside(Advice::Sponsor, true);
    plan.set_advice_aside(Advice::InPerson, true);
    let mut library = Library::with_plan("Mine".into(), plan);
    library.set_message(
        mentor,
        MessageKind::ThankYou,
        Some("Thank you, Anita!".into()),
    );
    library.set_signature("Sam".into());
    library.add("Blank".into(), Plan::default());
    library
}

fn day(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// `every_shape()` as stored: exactly what serde_json writes.
pub const EVERY_SHAPE_JSON: &str = r#"{"schema":7,"library":{"plans":[{"id":0,"name":"Mine","plan":{"horizons":{"soon":{"text":"Ask Anita","by":{"year":2027,"month":2,"day":28},"met":true},"year":{"text":"Lead a team “soon”\nand well","by":{"year":2027,"month":11,"day":30},"met":false},"later":{"text":"Run the department","by":{"year":2030,"month":6,"day":30},"met":false}},"target_role":"Team lead","review_notes":"Delegate more","situation":{"factors":["newcomer_to_country"],"own_factors":[{"id":0,"name":"Night shifts"}],"notes":"Evenings only"},"industry":"finance_and_accounting","competencies":[{"id":1,"name":"Delegating","reason":"goal","now":2,"target":5,"priority":"high","soft_skill":true,"serves":"year","by":{"year":2027,"month":6,"day":30}}],"contacts":[{"id":3,"name":"Bo","strengths":[1],"mentor":2}],"mentors":[{"id":2,"name":"Anita","how_known":"My manager","role":"expert","competencies":[1],"shared":[{"listed":"newcomer_to_country"},{"own":0}],"reach":"both","status":"active","next_step":"Shadow the December close","step_due":{"year":2026,"month":12,"day":15},"cadence":"monthly","offer":"A budget template","asked_on":{"year":2026,"month":9,"day":1},"log":[{"date":{"year":2026,"month":11,"day":20},"note":"Ask about budgets","done_step":true},{"date":{"year":2026,"month":11,"day":2},"note":"Agreed to shadow a close","done_step":false}]}],"next_id":4,"private":{"review_notes":true,"situation_notes":false,"situation":false},"set_aside":["sponsor","in_person"],"check_ins":[{"date":{"year":2026,"month":11,"day":28},"levels":[{"id":1,"level":2}],"met":["soon"],"note":"Delegated the month-end report"}],"identity":2923004711,"changed":1796000000},"messages":[{"mentor":2,"kind":"thank_you","text":"Thank you, Anita!"}],"signature":"Sam"},{"id":1,"name":"Blank","plan":{"horizons":{"soon":{"text":"","by":null,"met":false},"year":{"text":"","by":null,"met":false},"later":{"text":"","by":null,"met":false}},"target_role":"","review_notes":"","situation":{"factors":[],"own_factors":[],"notes":""},"industry":null,"competencies":[],"contacts":[],"mentors":[],"next_id":0,"private":{"review_notes":false,"situation_notes":false,"situation":false},"set_aside":[],"check_ins":[],"identity":0,"changed":0}}],"current":0,"next_id":2}}"#;

/// The same plans as schema 4 stored them, before the living plan: one goals text, and no
/// dates, meetings or check-ins. Every past schema's stored plans load and re-save.
#[allow(dead_code)]
pub const SCHEMA_4_JSON: &str = r#"{"schema":4,"library":{"plans":[{"id":0,"name":"Mine","plan":{"goals":"Lead a team “soon”\nand well","target_role":"","review_notes":"","situation":{"factors":["newcomer_to_country"],"own_factors":[{"id":0,"name":"Night shifts"}],"notes":""},"industry":"finance_and_accounting","competencies":[{"id":1,"name":"Delegating","reason":"goal","now":2,"target":5,"priority":"high","soft_skill":true}],"contacts":[],"mentors":[{"id":2,"name":"Anita","how_known":"","role":"expert","competencies":[1],"shared":[{"listed":"newcomer_to_country"},{"own":0}],"reach":"both","status":"active","next_step":"","cadence":"monthly","offer":""}],"next_id":3,"private":{"review_notes":true,"situation_notes":false,"situation":false},"set_aside":["sponsor","in_person"]}},{"id":1,"name":"Blank","plan":{"goals":"","target_role":"","review_notes":"","situation":{"factors":[],"own_factors":[],"notes":""},"industry":null,"competencies":[],"contacts":[],"mentors":[],"next_id":0,"private":{"review_notes":false,"situation_notes":false,"situation":false},"set_aside":[]}}],"current":0,"next_id":2}}"#;
