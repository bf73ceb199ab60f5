//! What ships to the browser, tested in the browser on the same samples as the native tests:
//! the store over localStorage, the JSON reader and writer, and the unpacking of share links.

use multi_mentor::browser;
use multi_mentor::domain::files::{self, FileError};
use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::Plan;
use multi_mentor::domain::share::{self, ShareError};
use multi_mentor::storage::{
    self, BACKUP_KEY, BrowserStore, EnvelopeError, KeyValueStore, LoadProblem, PLAN_KEY,
    SCHEMA_VERSION, Slot,
};
use wasm_bindgen_test::*;

use crate::clear_local_storage;

#[wasm_bindgen_test]
fn the_browser_store_round_trips_a_plan_through_local_storage() {
    clear_local_storage();
    let plan = Plan {
        goals: multi_mentor::domain::plan::Goals::in_a_year(
            "Return to paid work in marketing".into(),
        ),
        ..Plan::default()
    };
    let library = Library::with_plan("My plan".into(), plan);
    storage::save(&BrowserStore, Slot::Own, &library).unwrap();
    assert!(
        BrowserStore
            .get(PLAN_KEY)
            .unwrap()
            .unwrap()
            .contains(&format!("\"schema\":{SCHEMA_VERSION}"))
    );
    assert_eq!(storage::load(&BrowserStore, Slot::Own).library, library);
    clear_local_storage();
}

#[wasm_bindgen_test]
fn the_browser_store_keeps_garbage_under_the_backup_key() {
    clear_local_storage();
    BrowserStore.set(PLAN_KEY, "}{ garbage").unwrap();
    let loaded = storage::load(&BrowserStore, Slot::Own);
    assert!(matches!(
        loaded.problem,
        Some(LoadProblem::Unreadable { .. })
    ));
    assert_eq!(
        BrowserStore.get(BACKUP_KEY).unwrap().as_deref(),
        Some("}{ garbage")
    );
    clear_local_storage();
}

#[path = "../shared/json_sample.rs"]
mod json_sample;

#[wasm_bindgen_test]
fn the_browsers_json_writes_and_reads_exactly_what_serde_json_does() {
    let library = json_sample::every_shape();
    assert_eq!(
        storage::encode_envelope(&library),
        json_sample::EVERY_SHAPE_JSON
    );
    assert_eq!(
        storage::decode_envelope(json_sample::EVERY_SHAPE_JSON),
        Ok(library.clone())
    );
    let plan = library.current_plan().clone();
    assert_eq!(
        files::import_json(&files::export_json("Mine", &plan)),
        Ok(files::Imported {
            name: "Mine".to_owned(),
            plan,
            trimmed: Default::default()
        })
    );
}

#[wasm_bindgen_test]
async fn the_browser_unpacks_share_links_and_stops_bombs_and_damage() {
    let plan = json_sample::every_shape().current_plan().clone();
    let link = share::encode("Anita's mentee", &plan);
    let opened = browser::open_share_link(&link)
        .await
        .expect("the link opens");
    assert_eq!(opened.name, "Anita's mentee");
    assert_eq!(opened.plan, plan);

    let cut_short = &link[..link.len() - 12];
    assert_eq!(
        browser::open_share_link(cut_short).await,
        Err(ShareError::Damaged)
    );

    let zeros = vec![0u8; share::MAX_DECOMPRESSED * 4];
    let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 10);
    let bomb = format!("s1.{}", share::base64url_encode(&bomb));
    assert_eq!(
        browser::open_share_link(&bomb).await,
        Err(ShareError::TooBig)
    );

    let junk = miniz_oxide::deflate::compress_to_vec(b"\x05hello world and more", 10);
    let junk = format!("s1.{}", share::base64url_encode(&junk));
    assert_eq!(
        browser::open_share_link(&junk).await,
        Err(ShareError::NotAPlan)
    );
}

#[wasm_bindgen_test]
fn the_browsers_json_migrates_old_envelopes_and_refuses_bad_ones() {
    let v1 =
        r#"{"schema":1,"plan":{"goals":"Lead","target_role":"Team lead","mentors":"not a list"}}"#;
    let library = storage::decode_envelope(v1).unwrap();
    assert_eq!(library.current_plan().goals_text, "Lead");
    assert_eq!(library.current_plan().target_role, "Team lead");
    let v2 = r#"{"schema":2,"plan":{"goals":"Lead a team","extra":true}}"#;
    assert_eq!(
        storage::decode_envelope(v2)
            .unwrap()
            .current_plan()
            .goals_text,
        "Lead a team"
    );
    for bad in [
        "}{",
        "[]",
        r#"{"schema":2}"#,
        r#"{"schema":2,"plan":{"competencies":[{"id":1,"name":"x","reason":"goal","now":9,"target":1,"priority":"high"}]}}"#,
    ] {
        assert!(
            matches!(
                storage::decode_envelope(bad),
                Err(EnvelopeError::Unreadable(_))
            ),
            "{bad}"
        );
    }
    assert_eq!(
        storage::decode_envelope(r#"{"schema":99}"#),
        Err(EnvelopeError::NewerSchema(99))
    );
    assert_eq!(files::import_json("not json"), Err(FileError::NotJson));
    assert_eq!(files::import_json("[1, 2]"), Err(FileError::NotAPlanFile));
    let damaged = r#"{"app": "multi-mentor-plan", "format": 1, "plan": {"mentors": 3}}"#;
    assert!(matches!(
        files::import_json(damaged),
        Err(FileError::Damaged(_))
    ));
}
