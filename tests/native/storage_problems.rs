use multi_mentor::components::load_notice::load_problem_message;
use multi_mentor::domain::content;
use multi_mentor::domain::plan::Plan;
use multi_mentor::storage::{
    self, BACKUP_KEY, DEMO_KEY, EnvelopeError, LoadProblem, MAX_BACKUPS, PLAN_KEY, Slot,
    StorageError,
};

use crate::storage::one_plan;
use crate::support::{MemoryStore, sample_plan};

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
