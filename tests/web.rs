//! Component tests in headless Chromium:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]
// The tests check the app against the standard library, so they may call what the app may not.
#![allow(clippy::disallowed_methods)]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use multi_mentor::browser;
use multi_mentor::components::load_notice::LoadNotice;
use multi_mentor::components::plan_grid::PlanGrid;
use multi_mentor::components::save_status::SaveStatus;
use multi_mentor::components::undo_bar::UndoBar;
use multi_mentor::domain::content;
use multi_mentor::domain::library::Library;
use multi_mentor::domain::plan::{Plan, Priority, Reason};
use multi_mentor::pages::skills::SkillsStep;
use multi_mentor::pages::start::StartStep;
use multi_mentor::state::{PlanContext, SaveState, UndoContext};
use multi_mentor::storage::{BACKUP_KEY, LoadProblem, StorageError};
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

/// Mounts `view` with a plan context (and the undo bar) around it.
fn mount_with_plan<V: IntoView + 'static>(
    plan: Plan,
    view: impl FnOnce() -> V + 'static,
) -> (HtmlElement, PlanContext, impl Drop) {
    let library = RwSignal::new(Library::with_plan("My plan".into(), plan));
    let context = PlanContext::new(library);
    let root = test_root();
    let mounted = mount_to(root.clone(), move || {
        provide_context(context);
        provide_context(UndoContext::new(library));
        (view(), view! { <UndoBar /> })
    });
    (root, context, mounted)
}

fn buttons_named(root: &HtmlElement, name: &str) -> Vec<HtmlElement> {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .filter_map(|i| all.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .filter(|button| {
            let label = button
                .get_attribute("aria-label")
                .unwrap_or_else(|| button.text_content().unwrap_or_default());
            label.trim() == name
        })
        .collect()
}

fn clear_local_storage() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
}

#[wasm_bindgen_test]
async fn typing_in_the_start_form_updates_the_plan() {
    let context = PlanContext::of_plan("My plan".into(), Plan::default());
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(context);
        // The welcome's example link moves to another screen.
        multi_mentor::router::provide_router();
        view! { <StartStep /> }
    });

    type_into(&find(&root, "#goal-year"), "Lead a small team");
    type_into(&find(&root, "#target-role"), "Team lead");
    type_into(&find(&root, "#review-notes"), "Delegate more");
    tick().await;

    let plan = context.with_untracked(Plan::clone);
    assert_eq!(plan.goals.year.text, "Lead a small team");
    assert_eq!(plan.target_role, "Team lead");
    assert_eq!(plan.review_notes, "Delegate more");
}

#[wasm_bindgen_test]
async fn the_start_form_shows_the_plan_and_labels_every_field() {
    let context = PlanContext::of_plan(
        "My plan".into(),
        Plan {
            target_role: "Staff accountant".into(),
            ..Plan::default()
        },
    );
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(context);
        // The welcome's example link moves to another screen.
        multi_mentor::router::provide_router();
        view! { <StartStep /> }
    });
    tick().await;

    let role: HtmlInputElement = find(&root, "#target-role");
    assert_eq!(role.value(), "Staff accountant");
    for id in [
        "goal-soon",
        "goal-soon-by",
        "goal-year",
        "goal-year-by",
        "goal-later",
        "goal-later-by",
        "target-role",
        "review-notes",
    ] {
        let label: HtmlElement = find(&root, &format!("label[for='{id}']"));
        assert!(
            !label.inner_text().trim().is_empty(),
            "{id} has no label text"
        );
    }

    context.update(|plan| plan.target_role = "Controller".into());
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
    assert_eq!(
        status.text_content().unwrap(),
        content::save_status::SAVED.get()
    );
    assert!(!status.class_list().contains("save-status--problem"));

    state.set(SaveState::Failed(StorageError::QuotaExceeded));
    tick().await;
    assert_eq!(
        status.text_content().unwrap(),
        content::save_status::STORAGE_FULL.get()
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
        view! { <LoadNotice problem=RwSignal::new(Some(problem.clone())) resume_saving=Callback::new(|()| {}) /> }
    });
    tick().await;

    let alert: HtmlElement = find(&root, "[role='alert']");
    assert!(alert.text_content().unwrap().contains(BACKUP_KEY));
    find::<HtmlElement>(&root, "button").click();
    tick().await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn with_no_room_for_a_copy_the_notice_offers_it_as_a_file_then_saving_resumes() {
    let problem = LoadProblem::BackupFailed {
        stored: "{ damaged".into(),
    };
    let resumed = RwSignal::new(false);
    let root = test_root();
    let _mounted = mount_to(root.clone(), move || {
        let resume_saving = Callback::new(move |()| resumed.set(true));
        view! { <LoadNotice problem=RwSignal::new(Some(problem.clone())) resume_saving /> }
    });
    tick().await;

    let buttons = root.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 2, "the download, and Dismiss");
    let download: HtmlElement = buttons.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(
        download.text_content().as_deref(),
        Some("Download a copy and start saving again")
    );
    assert!(!resumed.get_untracked());
    download.click();
    tick().await;
    assert!(
        resumed.get_untracked(),
        "saving starts again once the copy is downloaded"
    );
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn no_notice_is_shown_when_nothing_went_wrong() {
    let root = test_root();
    let _mounted = mount_to(
        root.clone(),
        || view! { <LoadNotice problem=RwSignal::new(None) resume_saving=Callback::new(|()| {}) /> },
    );
    tick().await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
}

/// The browser-side code that ships, on the same samples as the native tests.
#[path = "web/shipped.rs"]
mod shipped;

fn plan_with_competency(name: &str) -> Plan {
    let mut plan = Plan::default();
    plan.add_competency(name.into(), Reason::Goal, Priority::High);
    plan
}

#[wasm_bindgen_test]
async fn a_blank_competency_name_is_refused_at_the_field_and_the_old_name_kept() {
    let (root, context, _mounted) = mount_with_plan(
        plan_with_competency("Delegating"),
        || view! { <SkillsStep /> },
    );
    tick().await;
    let id = context.with_untracked(Plan::clone).competencies[0].id;
    let name: HtmlInputElement = find(&root, &format!("#competency-{}-name", id.0));

    type_into(&name, "   ");
    tick().await;
    assert_eq!(
        context.with_untracked(Plan::clone).competencies[0].name,
        "Delegating"
    );
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error: HtmlElement = find(&root, &format!("#competency-{}-name-error", id.0));
    assert_eq!(
        error.text_content().unwrap(),
        content::skills::NAME_REQUIRED.get()
    );
    assert!(!error.hidden());

    type_into(&name, "Delegating work");
    tick().await;
    assert_eq!(
        context.with_untracked(Plan::clone).competencies[0].name,
        "Delegating work"
    );
    assert!(error.hidden());
}

#[wasm_bindgen_test]
async fn the_add_form_refuses_a_blank_name_and_adds_a_real_one() {
    let (root, context, _mounted) = mount_with_plan(Plan::default(), || view! { <SkillsStep /> });
    tick().await;
    let submit = &buttons_named(&root, content::skills::ADD.get())[0];
    submit.click();
    tick().await;
    assert!(context.with_untracked(Plan::clone).competencies.is_empty());
    let field: HtmlInputElement = find(&root, "#new-competency");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&field, "  Month-end close ");
    submit.click();
    tick().await;
    let plan = context.with_untracked(Plan::clone);
    assert_eq!(plan.competencies.len(), 1);
    assert_eq!(plan.competencies[0].name, "Month-end close");
    assert_eq!(field.value(), "", "the form is ready for the next one");
}

#[wasm_bindgen_test]
async fn a_suggestion_adds_its_competency_once() {
    let (root, context, _mounted) = mount_with_plan(Plan::default(), || view! { <SkillsStep /> });
    tick().await;
    let name = "Delegating work";
    buttons_named(&root, &content::skills::add_suggestion(name))[0].click();
    tick().await;
    assert!(
        context
            .with_untracked(Plan::clone)
            .has_competency_named(name)
    );
    assert!(buttons_named(&root, &content::skills::add_suggestion(name)).is_empty());
}

#[wasm_bindgen_test]
async fn removing_a_competency_can_be_undone_with_its_mentor_links() {
    let mut plan = plan_with_competency("Delegating");
    let competency = plan.competencies[0].id;
    let mentor = plan.add_mentor("Kevin".into()).unwrap();
    plan.mentor_mut(mentor)
        .unwrap()
        .competencies
        .push(competency);
    let before = plan.clone();
    let (root, context, _mounted) = mount_with_plan(plan, || view! { <SkillsStep /> });
    tick().await;

    buttons_named(&root, "Remove Delegating")[0].click();
    tick().await;
    let after = context.with_untracked(Plan::clone);
    assert!(after.competencies.is_empty());
    assert!(after.mentors[0].competencies.is_empty());
    let status: HtmlElement = find(&root, ".undo-bar [role='status']");
    assert_eq!(
        status.text_content().unwrap(),
        content::common::removed("Delegating")
    );

    find::<HtmlElement>(&root, &format!("#{}", multi_mentor::ids::UNDO_BUTTON)).click();
    tick().await;
    assert_eq!(context.with_untracked(Plan::clone), before);
}

#[wasm_bindgen_test]
async fn the_grid_marks_who_answers_what_and_follows_the_plan() {
    let mut plan = plan_with_competency("Delegating");
    plan.add_competency("Tax".into(), Reason::Goal, Priority::Low);
    let competency = plan.competencies[0].id;
    let kevin = plan.add_mentor("Kevin".into()).unwrap();
    plan.add_mentor("Robert".into());
    plan.mentor_mut(kevin)
        .unwrap()
        .competencies
        .push(competency);
    let (root, context, _mounted) = mount_with_plan(plan, || view! { <PlanGrid /> });
    tick().await;

    let rows = root.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 2);
    assert_eq!(
        root.query_selector_all("tbody td.answered")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(root.query_selector_all("tbody tr.gap").unwrap().length(), 1);
    let headings: HtmlElement = find(&root, "thead tr");
    assert!(headings.inner_text().contains("Kevin") && headings.inner_text().contains("Robert"));

    context.update(|plan| plan.mentor_mut(kevin).unwrap().name = "Kevin Liu".into());
    tick().await;
    assert!(
        find::<HtmlElement>(&root, "thead tr")
            .inner_text()
            .contains("Kevin Liu")
    );
}

#[wasm_bindgen_test]
fn after_a_panic_the_person_reads_that_their_plan_is_safe_and_can_reload() {
    multi_mentor::browser::show_crash_notice();
    let notice: HtmlElement = document()
        .query_selector(".crash-notice[role='alert']")
        .unwrap()
        .expect("the notice is on the page")
        .unchecked_into();
    let text = notice.text_content().unwrap();
    assert!(text.contains(content::crash::HEADING.get()) && text.contains("Your plan is safe"));
    let reload: HtmlElement = find(&notice, "a");
    assert_eq!(reload.text_content().unwrap(), content::crash::RELOAD.get());
    assert_eq!(
        reload.get_attribute("href"),
        window().location().href().ok()
    );
    notice.remove();
}

#[wasm_bindgen_test]
fn when_the_wasm_stops_the_person_reads_the_crash_notice_once() {
    let notices = || {
        document()
            .query_selector_all(".crash-notice")
            .unwrap()
            .length()
    };
    multi_mentor::browser::show_crash_notice_on_trap();
    let not_ours = web_sys::ErrorEvent::new("error").unwrap();
    window().dispatch_event(&not_ours).unwrap();
    assert_eq!(
        notices(),
        0,
        "an error that is not a stop of the wasm shows nothing"
    );
    for _ in 0..2 {
        let init = web_sys::ErrorEventInit::new();
        init.set_error(&js_sys::WebAssembly::RuntimeError::new("unreachable").into());
        let stop = web_sys::ErrorEvent::new_with_event_init_dict("error", &init).unwrap();
        window().dispatch_event(&stop).unwrap();
    }
    assert_eq!(notices(), 1);
    document()
        .query_selector(".crash-notice")
        .unwrap()
        .unwrap()
        .remove();
}

#[wasm_bindgen_test]
fn the_browsers_lower_case_matches_the_standard_librarys() {
    for text in ["ÉCOLE Ünï", "ΣΑΣ ΟΔΟΣ", "Straße İstanbul", "Mentor 7"] {
        assert_eq!(
            multi_mentor::text::lowercase(text),
            text.to_lowercase(),
            "{text}"
        );
    }
}

/// The French lookup as it ships: the file beside the app (here, the one `public/` holds),
/// handed over by the page's `frenchCatalogue`, read by `browser::french_catalogue`, and each
/// text found by the key of its English. A text the file lacks shows in English.
#[wasm_bindgen_test]
async fn the_shipped_french_file_gives_each_text_its_french() {
    let file = include_str!("../public/catalogue-fr.json");
    let define = format!("window.frenchCatalogue = () => Promise.resolve({file});");
    js_sys::eval(&define).expect("the page's hook is defined");
    let pairs = browser::french_catalogue().await.expect("the file reads");
    assert!(pairs.len() > 500, "{} pairs", pairs.len());
    content::use_french(pairs);
    content::set_language(content::Language::French);
    let heading = content::welcome::HEADING.get();
    let label = content::message::kind_label(multi_mentor::domain::plan::MessageKind::FollowUp);
    let unknown = content::Tr::new("Not in the file", "Pas dans le fichier").get();
    content::set_language(content::Language::English);
    assert_eq!(heading, "Un seul mentor ne suffit plus");
    assert_eq!(label, "Relance faute de réponse");
    assert_eq!(unknown, "Not in the file");
}
