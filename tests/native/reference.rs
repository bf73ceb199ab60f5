//! The reference plan of tests/fixtures/reference-plan.json, mapped onto our model.
//! Shared by the native tests and `examples/link_length.rs`.

use multi_mentor::domain::plan::{
    Cadence, Factor, Goals, Id, Level, Plan, Priority, Reach, Reason, SituationRef, Status,
};
use serde_json::Value;

pub const REFERENCE_JSON: &str = include_str!("../fixtures/reference-plan.json");

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

fn factor(name: &str) -> Factor {
    match name {
        "new immigrant" => Factor::NewcomerToCountry,
        "career switcher" => Factor::ChangingCareers,
        "parent of young children" => Factor::ParentOfYoungChildren,
        other => panic!("no factor for {other:?}"),
    }
}

/// The person's name (which names the plan) and the plan.
pub fn reference_plan() -> (String, Plan) {
    let json: Value = serde_json::from_str(REFERENCE_JSON).expect("the fixture is JSON");
    let person = &json["person"];
    let mut plan = Plan {
        goals: Goals::in_a_year(text(&person["goals"])),
        target_role: text(&person["target_role"]),
        review_notes: text(&person["performance_review"]),
        ..Plan::default()
    };
    plan.situation.notes = text(&person["situation_notes"]);
    for part in person["situation"].as_array().into_iter().flatten() {
        plan.set_factor(factor(part.as_str().unwrap_or_default()), true);
    }
    let mut by_name = Vec::new();
    for c in json["competencies"].as_array().into_iter().flatten() {
        let reason = match c["source"].as_str().unwrap_or_default() {
            // A soft skill is a goal of the person's with the soft-skill flag (set below).
            "goal" | "soft skill" => Reason::Goal,
            "transition" => Reason::Transition,
            "performance review" => Reason::PerformanceReview,
            _ => Reason::Situation,
        };
        let priority = match c["priority"].as_str().unwrap_or_default() {
            "high" => Priority::High,
            "low" => Priority::Low,
            _ => Priority::Medium,
        };
        let name = text(&c["name"]);
        let id = plan.add_competency(name.clone(), reason, priority).unwrap();
        let competency = plan.competency_mut(id).expect("just added");
        competency.soft_skill = c["source"] == "soft skill";
        competency.now = Level::new(c["now"].as_u64().unwrap_or(1) as u8);
        competency.target = Level::new(c["target"].as_u64().unwrap_or(1) as u8);
        by_name.push((name, id));
    }
    let id_of = |name: &Value| -> Id {
        let name = name.as_str().unwrap_or_default();
        by_name
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, id)| *id)
            .expect("answers a listed competency")
    };
    for m in json["mentors"].as_array().into_iter().flatten() {
        let id = plan.add_mentor(text(&m["name"])).unwrap();
        let competencies = m["answers"]
            .as_array()
            .into_iter()
            .flatten()
            .map(id_of)
            .collect();
        let shared = m["shares"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|part| SituationRef::Listed(factor(part.as_str().unwrap_or_default())))
            .collect();
        let mentor = plan.mentor_mut(id).expect("just added");
        mentor.how_known = text(&m["relation"]);
        mentor.competencies = competencies;
        mentor.shared = shared;
        mentor.reach = match m["reach"].as_str().unwrap_or_default() {
            "online, quick answers" => Reach::Online,
            "in person and online" => Reach::Both,
            _ => Reach::InPerson,
        };
        mentor.status = match m["status"].as_str().unwrap_or_default() {
            "active" => Status::Active,
            "asked" => Status::Asked,
            "paused" => Status::Paused,
            _ => Status::Idea,
        };
        mentor.offer = text(&m["offer"]);
        mentor.next_step = text(&m["next_step"]);
        mentor.cadence = match m["cadence"].as_str().unwrap_or_default() {
            "every 2 weeks" => Cadence::EveryTwoWeeks,
            "monthly" => Cadence::Monthly,
            "quarterly" => Cadence::Quarterly,
            "as needed" => Cadence::AsNeeded,
            cadence if cadence.starts_with("weekly") => Cadence::Weekly,
            _ => Cadence::NotSet,
        };
    }
    (text(&person["name"]), plan)
}
