use multi_mentor::domain::content;
use multi_mentor::domain::plan::{Id, MessageKind};
use multi_mentor::domain::steps::{Slide, Step};
use multi_mentor::router::Route;

/// Every screen of the app, once each.
fn every_route() -> Vec<Route> {
    let mut routes: Vec<Route> = Step::ALL.into_iter().map(Route::Step).collect();
    routes.extend([
        Route::Plans,
        Route::Share,
        Route::Shared("s1.AbC-_".to_owned()),
        Route::Example("newcomer".to_owned()),
        Route::Example(String::new()),
        Route::Since,
        Route::Review,
        Route::Workshop,
        Route::WorkshopOn,
        Route::Room,
        Route::Mentor(Id(12), None),
    ]);
    routes.extend(MessageKind::ALL.map(|kind| Route::Mentor(Id(12), Some(kind))));
    routes.extend(Slide::ALL.map(Route::Present));
    routes
}

#[test]
fn every_screen_round_trips_through_its_hash() {
    for route in every_route() {
        let href = route.href();
        assert!(href.starts_with('#'), "{href}: a hash, so no page loads");
        assert_eq!(Route::from_hash(&href), route, "{href}");
    }
    for step in Step::ALL {
        assert_eq!(Route::from_hash(step.slug()), Route::Step(step));
    }
}

#[test]
fn an_unknown_or_empty_hash_lands_on_the_start() {
    for hash in [
        "",
        "#",
        "#/",
        "#/nowhere",
        "#/MENTORS",
        "plan=abc",
        "#/plans/extra",
        "#/workshop/x",
    ] {
        assert_eq!(Route::from_hash(hash), Route::Step(Step::Start), "{hash:?}");
    }
}

#[test]
fn odd_presenter_addresses_fall_back_to_the_first_question() {
    for hash in [
        "#/workshop/present",
        "#/workshop/present/9",
        "#/workshop/present/x",
        "#/workshop/present/0",
    ] {
        assert_eq!(
            Route::from_hash(hash),
            Route::Present(Slide::Question(1)),
            "{hash:?}"
        );
    }
    assert_eq!(Route::from_hash("#/workshop/"), Route::Workshop);
}

#[test]
fn only_the_presenter_and_the_room_fill_the_screen() {
    let full: Vec<Route> = every_route()
        .into_iter()
        .filter(Route::is_full_screen)
        .collect();
    let mut expected = vec![Route::Room];
    expected.extend(Slide::ALL.map(Route::Present));
    assert_eq!(full.len(), expected.len());
    assert!(expected.iter().all(|route| full.contains(route)));
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
    let titles: Vec<&str> = content::SCENARIOS.iter().map(|s| s.title.get()).collect();
    for needle in [
        "IT to accounting",
        "leadership",
        "at home with children",
        "newcomer to Canada",
    ] {
        assert!(titles.iter().any(|t| t.contains(needle)), "{needle}");
    }
    assert!(content::SCENARIOS.iter().all(|s| s.competencies.len() >= 3));
}

#[test]
fn slides_walk_in_order() {
    assert_eq!(Slide::Team.next(), None);
    assert_eq!(Slide::Question(1).previous(), None);
    assert_eq!(Slide::Question(4).next(), Some(Slide::Findings));
    assert_eq!(Slide::Findings.next(), Some(Slide::Map));
    assert_eq!(Slide::Team.previous(), Some(Slide::Map));
}

#[test]
fn every_slide_has_its_own_address_and_the_old_plan_address_still_opens() {
    for slide in Slide::ALL {
        assert_eq!(Slide::from_slug(&slide.slug()), slide);
    }
    assert_eq!(Slide::from_slug("plan"), Slide::Findings);
    assert_eq!(Slide::from_slug("5"), Slide::Question(1));
}

#[test]
fn the_room_sees_the_apps_own_address_short_enough_to_type() {
    use multi_mentor::pages::room::{app_root, short_address};
    for address in [
        "https://example.org/tools/mentors/",
        "https://example.org/tools/mentors/index.html",
    ] {
        assert_eq!(app_root(address), "https://example.org/tools/mentors/");
    }
    assert_eq!(app_root("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
    assert_eq!(
        short_address("https://example.org/tools/mentors/"),
        "example.org/tools/mentors"
    );
    assert_eq!(short_address("http://127.0.0.1:8080/"), "127.0.0.1:8080");
}

#[test]
fn each_step_counts_what_it_holds_and_the_first_empty_one_is_suggested() {
    use multi_mentor::domain::plan::{Factor, Plan, Priority, Reason};
    let mut plan = Plan::default();
    assert_eq!(Step::suggested(&plan), Step::Start);
    plan.goals.soon.text = "Lead a team".into();
    plan.add_competency("Budgeting".into(), Reason::Goal, Priority::High);
    plan.add_soft_skill("Giving feedback".into());
    let filled: Vec<Option<usize>> = Step::ALL.iter().map(|step| step.filled(&plan)).collect();
    assert_eq!(
        filled,
        [Some(1), Some(2), Some(0), Some(1), Some(0), Some(0), None]
    );
    assert_eq!(Step::suggested(&plan), Step::Situation);

    plan.set_factor(Factor::NewcomerToCountry, true);
    let mentor = plan.add_mentor("Anita".into()).unwrap();
    assert_eq!(Step::suggested(&plan), Step::Value);
    plan.mentor_mut(mentor).expect("added").offer = "Spreadsheet tips".into();
    assert_eq!(
        Step::suggested(&plan),
        Step::Plan,
        "every step holds something"
    );
}

#[test]
fn an_odd_mentor_address_still_lands_on_the_mentors_step() {
    assert_eq!(Route::from_hash("#/mentors/x"), Route::Step(Step::Mentors));
    assert_eq!(Route::from_hash("#/mentors/-1"), Route::Step(Step::Mentors));
    assert_eq!(
        Route::from_hash("#/mentors/7/nonsense"),
        Route::Mentor(Id(7), None)
    );
    assert_eq!(
        Route::from_hash("#/mentors/7/follow-up/more"),
        Route::Step(Step::Start)
    );
}
