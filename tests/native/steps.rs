use multi_mentor::domain::content;
use multi_mentor::domain::steps::Step;

#[test]
fn every_step_round_trips_through_its_hash() {
    for step in Step::ALL {
        assert_eq!(Step::from_hash(&step.href()), step);
        assert_eq!(Step::from_hash(step.slug()), step);
    }
}

#[test]
fn an_unknown_or_empty_hash_lands_on_the_start() {
    for hash in ["", "#", "#/", "#/nowhere", "#/MENTORS", "plan=abc"] {
        assert_eq!(Step::from_hash(hash), Step::Start, "{hash:?}");
    }
}

#[test]
fn next_and_previous_walk_the_flow_in_order() {
    assert_eq!(Step::Start.previous(), None);
    assert_eq!(Step::Plan.next(), None);
    let mut walked = vec![Step::Start];
    while let Some(next) = walked.last().unwrap().next() {
        walked.push(next);
    }
    assert_eq!(walked, Step::ALL);
    assert_eq!(Step::Mentors.previous(), Some(Step::SoftSkills));
}

#[test]
fn every_step_has_a_name_a_heading_and_an_introduction() {
    for step in Step::ALL {
        let (heading, intro) = content::step_intro(step);
        assert!(!content::step_name(step).is_empty());
        assert!(!heading.is_empty() && !intro.is_empty());
    }
}

#[test]
fn the_brief_s_four_paths_are_offered_as_suggestions() {
    let titles: Vec<&str> = content::SCENARIOS.iter().map(|s| s.title).collect();
    for needle in [
        "IT to accounting",
        "leadership",
        "raising children",
        "newcomer to Canada",
    ] {
        assert!(titles.iter().any(|t| t.contains(needle)), "{needle}");
    }
    assert!(content::SCENARIOS.iter().all(|s| s.competencies.len() >= 3));
}

#[test]
fn every_workshop_screen_has_an_address_that_leads_back_to_it() {
    use multi_mentor::domain::steps::{Slide, WorkshopRoute};
    let mut routes = vec![
        WorkshopRoute::Home,
        WorkshopRoute::SwitchOn,
        WorkshopRoute::Room,
        WorkshopRoute::Guide,
    ];
    routes.extend(Slide::ALL.map(WorkshopRoute::Present));
    for route in routes {
        assert_eq!(WorkshopRoute::from_hash(&route.href()), route);
    }
    for odd in ["", "#", "#/present/9", "#/present/x", "#/nowhere"] {
        let route = WorkshopRoute::from_hash(odd);
        assert!(
            matches!(
                route,
                WorkshopRoute::Home | WorkshopRoute::Present(Slide::Question(1))
            ),
            "{odd:?} gave {route:?}"
        );
    }
    assert_eq!(Slide::Plan.next(), None);
    assert_eq!(Slide::Question(1).previous(), None);
    assert_eq!(Slide::Question(4).next(), Some(Slide::Plan));
}

#[test]
fn links_between_pages_start_from_the_page_they_are_on() {
    use multi_mentor::domain::steps::{Page, Route, WorkshopRoute};
    assert_eq!(Page::StockTake.plans_href(&Route::Share), "plans/#/share");
    assert_eq!(Page::Workshop.plans_href(&Route::Plans), "../plans/#/");
    assert_eq!(Page::Plans.step_href(Step::Plan), "../#/plan");
    assert_eq!(
        Page::StockTake.workshop_href(WorkshopRoute::Home),
        "workshop/#/"
    );
    assert_eq!(Page::Workshop.workshop_href(WorkshopRoute::Room), "#/room");
}

#[test]
fn the_room_sees_the_apps_own_address_short_enough_to_type() {
    use multi_mentor::components::room::{app_root, short_address};
    for workshop in [
        "https://example.org/tools/mentors/workshop/",
        "https://example.org/tools/mentors/workshop/index.html",
    ] {
        assert_eq!(app_root(workshop), "https://example.org/tools/mentors/");
    }
    assert_eq!(app_root("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
    assert_eq!(
        short_address("https://example.org/tools/mentors/"),
        "example.org/tools/mentors"
    );
    assert_eq!(short_address("http://127.0.0.1:8080/"), "127.0.0.1:8080");
}
