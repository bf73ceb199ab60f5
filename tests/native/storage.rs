use multi_mentor::domain::date::Date;
use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::Plan;
use multi_mentor::domain::{files, limits, share};
use multi_mentor::storage::{
    self, DEMO_KEY, EnvelopeError, LAST_VISIT_KEY, LoadProblem, PLAN_KEY, SCHEMA_VERSION, Slot,
    WORKSHOP_KEY,
};
use proptest::prelude::*;

use crate::support::{MemoryStore, any_plan, sample_plan};

/// A library of one plan, as a browser that used schema 1 or 2 ends up with.
pub(crate) fn one_plan(plan: Plan) -> Library {
    Library::with_plan("My plan".into(), plan)
}

#[test]
fn an_empty_browser_starts_a_blank_plan_without_a_notice() {
    let loaded = storage::load(&MemoryStore::default(), Slot::Own);
    assert_eq!(loaded.library, one_plan(Plan::default()));
    assert_eq!(loaded.problem, None);
    assert!(loaded.can_save());
}

#[test]
fn a_saved_plan_loads_back() {
    let store = MemoryStore::default();
    let mut library = one_plan(sample_plan());
    library.add("Another".into(), Plan::default());
    storage::save(&store, Slot::Own, &library).unwrap();
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.library, library);
    assert_eq!(loaded.problem, None);
}

#[test]
fn the_envelope_carries_the_schema_version_and_every_plan() {
    let text = storage::encode_envelope(&one_plan(sample_plan()));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["schema"], SCHEMA_VERSION);
    assert_eq!(json["library"]["current"], 0);
    assert_eq!(json["library"]["plans"][0]["name"], "My plan");
    assert_eq!(
        json["library"]["plans"][0]["plan"]["target_role"],
        "Staff accountant"
    );
}

#[test]
fn a_schema_2_plan_becomes_the_one_plan_of_a_library() {
    let plan_json = serde_json::to_string(&sample_plan()).unwrap();
    let v2 = format!(r#"{{"schema":2,"plan":{plan_json}}}"#);
    let store = MemoryStore::with(&[(PLAN_KEY, &v2)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.problem, None);
    assert_eq!(loaded.library, one_plan(sample_plan()));
    assert_eq!(
        store.item(PLAN_KEY),
        Some(v2),
        "load never writes the plan key"
    );
}

#[test]
fn a_library_whose_open_plan_is_missing_is_unreadable() {
    let text = r#"{"schema":3,"library":{"plans":[{"id":1,"name":"A","plan":{}}],"current":4,"next_id":5}}"#;
    assert!(matches!(
        storage::decode_envelope(text),
        Err(EnvelopeError::Unreadable(_))
    ));
}

#[test]
fn a_plan_missing_newer_fields_still_loads() {
    let mut plan = storage::decode_envelope(r#"{"schema":2,"plan":{"goals":"Lead a team"}}"#)
        .unwrap()
        .current_plan()
        .clone();
    plan.migrate();
    assert_eq!(plan.goals.year.text, "Lead a team");
    assert_eq!(plan.review_notes, "");
}

#[test]
fn a_schema_1_plan_migrates_with_its_text_intact() {
    // Exactly what the foundation build wrote.
    let v1 = r#"{"schema":1,"plan":{"goals":"Move into accounting","target_role":"Staff accountant","review_notes":"Present with confidence"}}"#;
    let store = MemoryStore::with(&[(PLAN_KEY, v1)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.problem, None);
    let plan = loaded.library.current_plan();
    assert_eq!(plan.goals.year.text, "Move into accounting");
    assert_eq!(plan.target_role, "Staff accountant");
    assert_eq!(plan.review_notes, "Present with confidence");
    assert!(plan.competencies.is_empty() && plan.mentors.is_empty());

    storage::save(&store, Slot::Own, &loaded.library).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&store.item(PLAN_KEY).unwrap()).unwrap();
    assert_eq!(saved["schema"], SCHEMA_VERSION);
    assert_eq!(storage::load(&store, Slot::Own).library, loaded.library);
}

#[test]
fn a_schema_1_plan_ignores_fields_it_never_had() {
    let v1 = r#"{"schema":1,"plan":{"goals":"Lead","mentors":"not a list"}}"#;
    assert_eq!(
        storage::decode_envelope(v1)
            .unwrap()
            .current_plan()
            .goals_text,
        "Lead"
    );
}

proptest! {
    #[test]
    fn any_plans_round_trip_through_storage(a in any_plan(), b in any_plan()) {
        let store = MemoryStore::default();
        let mut library = one_plan(a);
        library.add("Second".into(), b);
        storage::save(&store, Slot::Own, &library).unwrap();
        prop_assert_eq!(storage::load(&store, Slot::Own).library, library);
    }

    /// Whatever is stored, loading never panics and the original text survives somewhere.
    #[test]
    fn loading_any_text_never_loses_it(text in any::<String>()) {
        let store = MemoryStore::with(&[(PLAN_KEY, &text)]);
        let loaded = storage::load(&store, Slot::Own);
        match loaded.problem {
            None => prop_assert_eq!(storage::decode_envelope(&text).ok(), Some(loaded.library)),
            Some(LoadProblem::Unreadable { backup_key })
            | Some(LoadProblem::NewerSchema { backup_key, .. }) => {
                prop_assert_eq!(store.item(&backup_key), Some(text.clone()));
            }
            Some(other) => prop_assert!(false, "unexpected problem {:?}", other),
        }
        prop_assert_eq!(store.item(PLAN_KEY), Some(text));
    }
}

#[test]
fn workshop_mode_keeps_demo_plans_apart_and_reset_clears_only_them() {
    let store = MemoryStore::default();
    let own = one_plan(sample_plan());
    storage::save(&store, Slot::Own, &own).unwrap();
    let own_text = store.item(PLAN_KEY).unwrap();
    assert_eq!(Slot::in_use(&store), Slot::Own);

    storage::set_workshop(&store, true).unwrap();
    assert_eq!(Slot::in_use(&store), Slot::Demo);
    let demo = storage::load(&store, Slot::Demo);
    assert!(
        demo.library.is_only_a_blank_plan(),
        "demo plans start blank"
    );
    assert_eq!(
        demo.library.current_name(),
        "Demo plan",
        "called what it is"
    );
    assert_eq!(
        storage::load(&MemoryStore::default(), Slot::Own)
            .library
            .current_name(),
        "My plan"
    );
    storage::save(&store, Slot::Demo, &one_plan(Plan::default())).unwrap();
    store.insert(&format!("{DEMO_KEY}:backup"), "an old damaged demo");

    storage::reset_demo(&store).unwrap();
    storage::set_workshop(&store, false).unwrap();
    assert_eq!(Slot::in_use(&store), Slot::Own);
    assert_eq!(
        store.snapshot().into_iter().collect::<Vec<_>>(),
        vec![(PLAN_KEY.to_owned(), own_text)],
        "only the person's own plans are left, byte for byte"
    );
}

#[path = "../shared/json_sample.rs"]
mod json_sample;

#[test]
fn schema_4_plans_load_with_their_goals_kept_whole_and_save_as_the_current_schema() {
    let store = MemoryStore::with(&[(PLAN_KEY, json_sample::SCHEMA_4_JSON)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.problem, None);
    let plan = loaded.library.current_plan();
    assert_eq!(
        plan.goals.year.text,
        "Lead a team \u{201c}soon\u{201d}\nand well"
    );
    assert!(plan.goals.soon.text.is_empty() && plan.goals.later.text.is_empty());
    assert!(plan.mentors[0].log.is_empty() && plan.check_ins.is_empty());

    storage::save(&store, Slot::Own, &loaded.library).unwrap();
    let saved = store.item(PLAN_KEY).unwrap();
    let current = format!("{{\"schema\":{SCHEMA_VERSION},");
    assert!(saved.starts_with(&current), "{saved}");
    assert!(
        !saved.contains(r#""goals":"#),
        "the old goals text is not written again"
    );
    assert_eq!(storage::load(&store, Slot::Own).library, loaded.library);
}

#[test]
fn stored_json_is_exactly_what_the_browser_writes_too() {
    let library = json_sample::every_shape();
    assert_eq!(
        storage::encode_envelope(&library),
        json_sample::EVERY_SHAPE_JSON
    );
    assert_eq!(
        storage::decode_envelope(json_sample::EVERY_SHAPE_JSON),
        Ok(library)
    );
}

/// index.html decides before the wasm runs whether a returning visitor is there (then the
/// prerendered first screen stays hidden); it must read the keys the app writes.
#[test]
fn the_first_paint_script_reads_the_keys_the_app_writes() {
    let page = include_str!("../../index.html");
    for key in [PLAN_KEY, WORKSHOP_KEY] {
        assert!(
            page.contains(&format!("localStorage.getItem(\"{key}\")")),
            "index.html reads {key}"
        );
    }
}

/// A schema 3 library, where "soft skill" was a reason, loads into schema 4 with the flag.
#[test]
fn a_schema_3_soft_skill_reason_becomes_the_flag() {
    let old = json_sample::SCHEMA_4_JSON
        .replace(r#"{"schema":4,"#, r#"{"schema":3,"#)
        .replace(
            r#""reason":"goal","now":2,"target":5,"priority":"high","soft_skill":true}"#,
            r#""reason":"soft_skill","now":2,"target":5,"priority":"high"}"#,
        );
    assert!(old.contains(r#""reason":"soft_skill""#));
    let store = MemoryStore::with(&[(PLAN_KEY, &old)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.problem, None);
    let schema_4 = MemoryStore::with(&[(PLAN_KEY, json_sample::SCHEMA_4_JSON)]);
    assert_eq!(loaded.library, storage::load(&schema_4, Slot::Own).library);
}

#[test]
fn each_visit_gives_the_day_of_the_one_before_and_keeps_its_own() {
    let store = MemoryStore::default();
    let day = |month, day| Date {
        year: 2026,
        month,
        day,
    };
    assert_eq!(
        storage::visit(&store, day(11, 28)),
        None,
        "a first visit has none before"
    );
    assert_eq!(storage::visit(&store, day(12, 5)), Some(day(11, 28)));
    assert_eq!(
        storage::visit(&store, day(12, 5)),
        Some(day(12, 5)),
        "twice on one day"
    );
    let damaged = MemoryStore::with(&[(LAST_VISIT_KEY, "last Tuesday")]);
    assert_eq!(
        storage::visit(&damaged, day(12, 5)),
        None,
        "a damaged day is not a day"
    );
    assert_eq!(storage::visit(&damaged, day(12, 6)), Some(day(12, 5)));
}

/// A field added to a plan must be carried by links, files and the limits. The sample fills
/// every text, list and optional field with something; this test fails when one is added
/// without a value there (its JSON then shows it empty), and the round trips below fail when
/// a link, a file or the limits drop it.
#[test]
fn every_field_of_the_sample_is_filled_and_survives_a_link_a_file_and_the_limits() {
    let library = json_sample::every_shape();
    let entry = &library.plans[0];
    let json: serde_json::Value =
        serde_json::from_str(&storage::encode_envelope(&library)).expect("the envelope is JSON");
    let stored = &json["library"]["plans"][0];
    let plan = &stored["plan"];
    let mut empty = Vec::new();
    let mut check = |place: &str, object: &serde_json::Value| {
        for (key, value) in object.as_object().expect("an object") {
            let is_empty = value.is_null()
                || value.as_str() == Some("")
                || value.as_array().is_some_and(Vec::is_empty);
            if is_empty {
                empty.push(format!("{place}.{key}"));
            }
        }
    };
    check("entry", stored);
    check("plan", plan);
    check("situation", &plan["situation"]);
    for horizon in ["soon", "year", "later"] {
        check(horizon, &plan["horizons"][horizon]);
    }
    check("competency", &plan["competencies"][0]);
    check("contact", &plan["contacts"][0]);
    check("mentor", &plan["mentors"][0]);
    check("log entry", &plan["mentors"][0]["log"][0]);
    check("check-in", &plan["check_ins"][0]);
    assert!(
        empty.is_empty(),
        "give these a value in json_sample: {empty:?}"
    );

    let shared = share::decode(&share::encode(&entry.name, &entry.plan)).expect("the link opens");
    assert_eq!(
        (shared.name.as_str(), &shared.plan),
        (entry.name.as_str(), &entry.plan)
    );
    let file = files::import_json(&files::export_json(&entry.name, &entry.plan));
    assert_eq!(file.expect("the file opens").plan, entry.plan);
    assert_eq!(
        limits::library_within_limits(library.clone()),
        (library, limits::Trimmed::default())
    );
}
