//! Component tests in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use multi_mentor::app::PlanContext;
use multi_mentor::components::load_notice::LoadNotice;
use multi_mentor::components::save_status::{SaveState, SaveStatus};
use multi_mentor::components::start_step::StartStep;
use multi_mentor::domain::content;
use multi_mentor::domain::plan::Plan;
use multi_mentor::storage::{
    self, BACKUP_KEY, BrowserStore, KeyValueStore, LoadProblem, PLAN_KEY, StorageError,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to mount one component into.
fn test_root() -> HtmlElement {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root.unchecked_into()
}

fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn type_into(field: &HtmlElement, text: &str) {
    if let Some(textarea) = field.dyn_ref::<HtmlTextAreaElement>() {
        textarea.set_value(text);
    } else {
        field.unchecked_ref::<HtmlInputElement>().set_value(text);
    }
    let event = web_sys::Event::new("input").unwrap();
    field.dispatch_event(&event).unwrap();
}

fn clear_local_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn typing_in_the_start_form_updates_the_plan() {
    let context = PlanContext::new(Plan::default());
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(context);
        view! { <StartStep /> }
    });

    type_into(&find(&root, "#goals"), "Lead a small team");
    type_into(&find(&root, "#target-role"), "Team lead");
    type_into(&find(&root, "#review-notes"), "Delegate more");
    tick().await;

    let plan = context.plan.get_untracked();
    assert_eq!(plan.goals, "Lead a small team");
    assert_eq!(plan.target_role, "Team lead");
    assert_eq!(plan.review_notes, "Delegate more");
}

#[wasm_bindgen_test]
async fn the_start_form_shows_the_plan_and_labels_every_field() {
    let context = PlanContext::new(Plan {
        target_role: "Staff accountant".into(),
        ..Plan::default()
    });
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(context);
        view! { <StartStep /> }
    });
    tick().await;

    let role: HtmlInputElement = find(&root, "#target-role");
    assert_eq!(role.value(), "Staff accountant");
    for id in ["goals", "target-role", "review-notes"] {
        let label: HtmlElement = find(&root, &format!("label[for='{id}']"));
        assert!(
            !label.inner_text().trim().is_empty(),
            "{id} has no label text"
        );
    }

    context
        .plan
        .update(|plan| plan.target_role = "Controller".into());
    tick().await;
    assert_eq!(role.value(), "Controller");
}

#[wasm_bindgen_test]
async fn the_save_status_says_when_storage_is_full() {
    let state = RwSignal::new(SaveState::Saved);
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || view! { <SaveStatus state /> });
    tick().await;

    let status: HtmlElement = find(&root, "[role='status']");
    assert_eq!(status.text_content().unwrap(), content::save_status::SAVED);
    assert!(!status.class_list().contains("save-status--problem"));

    state.set(SaveState::Failed(StorageError::QuotaExceeded));
    tick().await;
    assert_eq!(
        status.text_content().unwrap(),
        content::save_status::STORAGE_FULL
    );
    assert!(status.class_list().contains("save-status--problem"));
}

#[wasm_bindgen_test]
async fn the_load_notice_names_the_backup_and_can_be_dismissed() {
    let problem = LoadProblem::Unreadable {
        backup_key: BACKUP_KEY.into(),
    };
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        view! { <LoadNotice problem=Some(problem.clone()) /> }
    });
    tick().await;

    let alert: HtmlElement = find(&root, "[role='alert']");
    assert!(alert.text_content().unwrap().contains(BACKUP_KEY));
    find::<HtmlElement>(&root, "button").click();
    tick().await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn no_notice_is_shown_when_nothing_went_wrong() {
    let root = test_root();
    let _mounted = mount_to(root.clone(), || view! { <LoadNotice problem=None /> });
    tick().await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_browser_store_round_trips_a_plan_through_local_storage() {
    clear_local_storage();
    let plan = Plan {
        goals: "Return to paid work in marketing".into(),
        ..Plan::default()
    };
    storage::save(&BrowserStore, &plan).unwrap();
    assert!(
        BrowserStore
            .get(PLAN_KEY)
            .unwrap()
            .unwrap()
            .contains("\"schema\":1")
    );
    assert_eq!(storage::load(&BrowserStore).plan, plan);
    clear_local_storage();
}

#[wasm_bindgen_test]
fn the_browser_store_keeps_garbage_under_the_backup_key() {
    clear_local_storage();
    BrowserStore.set(PLAN_KEY, "}{ garbage").unwrap();
    let loaded = storage::load(&BrowserStore);
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
