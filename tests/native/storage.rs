use multi_mentor::components::load_notice::load_problem_message;
use multi_mentor::domain::content;
use multi_mentor::domain::date::Date;
use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::Plan;
use multi_mentor::domain::{files, limits, share};
use multi_mentor::storage::{
    self, BACKUP_KEY, DEMO_KEY, EnvelopeError, LAST_VISIT_KEY, LoadProblem, MAX_BACKUPS, PLAN_KEY,
    SCHEMA_VERSION, Slot, StorageError, WORKSHOP_KEY,
};
use proptest::prelude::*;

use crate::support::{MemoryStore, any_plan, sample_plan};

/// A library of one plan, as a browser that used schema 1 or 2 ends up with.
fn one_plan(plan: Plan) -> Library {
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

#[test]
fn garbage_is_kept_under_the_backup_key_and_a_fresh_plan_starts() {
    let garbage = "{not json at all ✂";
    let store = MemoryStore::with(&[(PLAN_KEY, garbage)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.library, one_plan(Plan::default()));
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: BACKUP_KEY.into()
        })
    );
    assert_eq!(store.item(BACKUP_KEY).as_deref(), Some(garbage));
    assert_eq!(
        store.item(PLAN_KEY).as_deref(),
        Some(garbage),
        "load never writes the plan key"
    );
    assert!(loaded.can_save());
}

#[test]
fn a_plan_of_the_wrong_shape_is_unreadable() {
    for text in [
        r#"{"schema":1,"plan":42}"#,
        r#"{"schema":2,"plan":42}"#,
        r#"{"schema":2,"plan":{"competencies":[{"id":1,"name":"x","now":9}]}}"#,
        r#"{"schema":1}"#,
        r#"{"plan":{}}"#,
        r#"{"schema":0,"plan":{}}"#,
        r#"{"schema":-1,"plan":{}}"#,
        r#"{"schema":1,"plan":{"goals":7}}"#,
        r#"{"schema":2,"plan":{"mentors":[{"reach":"by pigeon"}]}}"#,
        "null",
        "",
    ] {
        assert!(
            matches!(
                storage::decode_envelope(text),
                Err(EnvelopeError::Unreadable(_))
            ),
            "{text:?} should be unreadable"
        );
    }
}

#[test]
fn a_plan_from_a_newer_build_is_kept_and_named() {
    let newer = r#"{"schema":99,"plan":{"something":"new"}}"#;
    let store = MemoryStore::with(&[(PLAN_KEY, newer)]);
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::NewerSchema {
            found: 99,
            backup_key: BACKUP_KEY.into()
        })
    );
    assert_eq!(store.item(BACKUP_KEY).as_deref(), Some(newer));
}

#[test]
fn an_earlier_backup_is_never_overwritten() {
    let store = MemoryStore::with(&[(PLAN_KEY, "second garbage"), (BACKUP_KEY, "first garbage")]);
    let loaded = storage::load(&store, Slot::Own);
    let second_key = format!("{BACKUP_KEY}:2");
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: second_key.clone()
        })
    );
    assert_eq!(store.item(BACKUP_KEY).as_deref(), Some("first garbage"));
    assert_eq!(store.item(&second_key).as_deref(), Some("second garbage"));
}

#[test]
fn the_same_garbage_loaded_twice_reuses_its_backup() {
    let store = MemoryStore::with(&[(PLAN_KEY, "garbage")]);
    storage::load(&store, Slot::Own);
    let before = store.snapshot();
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(store.snapshot(), before);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: BACKUP_KEY.into()
        })
    );
}

#[test]
fn when_no_backup_can_be_written_saving_is_refused() {
    let store = MemoryStore {
        fail_writes: Some(StorageError::QuotaExceeded),
        ..MemoryStore::with(&[(PLAN_KEY, "garbage")])
    };
    let loaded = storage::load(&store, Slot::Own);
    // The notice offers the stored text as a file; once downloaded, saving starts again.
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::BackupFailed {
            stored: "garbage".into()
        })
    );
    assert!(!loaded.can_save());
    assert_eq!(store.item(PLAN_KEY).as_deref(), Some("garbage"));
}

#[test]
fn with_every_backup_key_in_use_the_oldest_backup_gives_way() {
    let store = MemoryStore::default();
    for n in 1..=MAX_BACKUPS {
        store.insert(PLAN_KEY, &format!("damaged {n}"));
        let loaded = storage::load(&store, Slot::Own);
        let key = loaded
            .problem
            .as_ref()
            .and_then(LoadProblem::backup_key)
            .expect("kept");
        storage::note_backup_made(&store, key, &format!("20260101T{n:06}Z"));
    }
    // The oldest by when it was made, not by its key.
    let slot_2 = format!("{BACKUP_KEY}:2");
    store.insert(&format!("{slot_2}:made"), "20251231T000000Z");
    let oldest = storage::backups(&store, Slot::Own)[1].clone();
    assert_eq!(
        (oldest.key.as_str(), oldest.text.as_str()),
        (slot_2.as_str(), "damaged 2")
    );

    store.insert(PLAN_KEY, "damaged once more");
    let loaded = storage::load(&store, Slot::Own);
    assert!(loaded.can_save(), "saving is not paused");
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: oldest.key.clone()
        })
    );
    let backups = storage::backups(&store, Slot::Own);
    assert_eq!(backups.len(), MAX_BACKUPS as usize);
    assert!(
        backups.iter().all(|b| b.text != "damaged 2"),
        "the oldest gave way"
    );
    assert_eq!(
        store.item(&oldest.key).as_deref(),
        Some("damaged once more")
    );
    assert_eq!(
        store.item(&format!("{}:made", oldest.key)),
        None,
        "its old date went with it"
    );
}

#[test]
fn unreadable_storage_starts_in_memory_with_a_notice() {
    let store = MemoryStore {
        fail_reads: true,
        ..MemoryStore::default()
    };
    let loaded = storage::load(&store, Slot::Own);
    assert_eq!(loaded.problem, Some(LoadProblem::StorageUnavailable));
    assert_eq!(loaded.library, one_plan(Plan::default()));
}

#[test]
fn a_failed_save_reports_why() {
    let store = MemoryStore {
        fail_writes: Some(StorageError::QuotaExceeded),
        ..MemoryStore::default()
    };
    assert_eq!(
        storage::save(&store, Slot::Own, &one_plan(sample_plan())),
        Err(StorageError::QuotaExceeded)
    );
}

#[test]
fn every_notice_that_keeps_a_backup_names_its_key() {
    let key = format!("{BACKUP_KEY}:3");
    let unreadable = LoadProblem::Unreadable {
        backup_key: key.clone(),
    };
    let newer = LoadProblem::NewerSchema {
        found: 7,
        backup_key: key.clone(),
    };
    assert!(load_problem_message(&unreadable).contains(&key));
    assert!(load_problem_message(&newer).contains(&key));
    assert!(load_problem_message(&newer).contains('7'));
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
    assert_eq!(
        demo.library,
        one_plan(Plan::default()),
        "demo plans start blank"
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

#[test]
fn damaged_demo_plans_get_a_backup_of_their_own() {
    let store = MemoryStore::with(&[(DEMO_KEY, "garbage"), (PLAN_KEY, "own garbage")]);
    let loaded = storage::load(&store, Slot::Demo);
    assert_eq!(
        loaded.problem,
        Some(LoadProblem::Unreadable {
            backup_key: format!("{DEMO_KEY}:backup")
        })
    );
    assert_eq!(
        store.item(BACKUP_KEY),
        None,
        "the person's backup key is not touched"
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

#[test]
fn saving_never_writes_over_plans_stored_by_a_newer_version() {
    let newer = r#"{"schema": 99, "whatever": "comes next"}"#;
    let store = MemoryStore::with(&[(PLAN_KEY, newer)]);
    let library = one_plan(sample_plan());
    assert_eq!(
        storage::save(&store, Slot::Own, &library),
        Err(StorageError::NewerVersion(99))
    );
    assert_eq!(store.item(PLAN_KEY).as_deref(), Some(newer));

    store.insert(PLAN_KEY, "not json at all");
    assert_eq!(
        storage::save(&store, Slot::Own, &library),
        Ok(()),
        "damaged text is not newer"
    );
}

#[test]
fn backups_are_listed_with_when_they_were_made_and_can_be_deleted() {
    let store = MemoryStore::with(&[(PLAN_KEY, "{ damaged")]);
    let loaded = storage::load(&store, Slot::Own);
    let key = loaded
        .problem
        .as_ref()
        .and_then(LoadProblem::backup_key)
        .expect("a backup");
    storage::note_backup_made(&store, key, "20261128T140502Z");
    storage::note_backup_made(&store, key, "20991231T000000Z");
    let backups = storage::backups(&store, Slot::Own);
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].text, "{ damaged");
    assert_eq!(
        backups[0].made.as_deref(),
        Some("20261128T140502Z"),
        "the first note stays"
    );
    assert_eq!(backups[0].plans(), None, "damaged text cannot be restored");
    assert_eq!(
        content::plans::backup_label(1, backups[0].made.as_deref(), 2560),
        "Copy 1, made 2026-11-28 at 14:05 UTC, 2.5 KB"
    );

    storage::delete_backup(&store, key).expect("deleted");
    assert!(storage::backups(&store, Slot::Own).is_empty());
    let keys: Vec<String> = store.snapshot().into_keys().collect();
    assert_eq!(keys, [PLAN_KEY], "nothing of the copy is left");
}

#[test]
fn a_readable_backup_gives_back_its_plans() {
    let library = one_plan(sample_plan());
    let newer_then_fixed = storage::encode_envelope(&library);
    let store = MemoryStore::with(&[(BACKUP_KEY, &newer_then_fixed)]);
    let backups = storage::backups(&store, Slot::Own);
    assert_eq!(backups[0].made, None);
    assert_eq!(backups[0].plans(), Some(library));
    assert!(
        storage::backups(&store, Slot::Demo).is_empty(),
        "demo backups are apart"
    );
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
