use multi_mentor::domain::content::Voice;
use multi_mentor::domain::markup::Point;
use multi_mentor::domain::markup::escape;
use multi_mentor::domain::plan::{Plan, Priority, Reason, Status};
use multi_mentor::domain::team_map::{DOT, GAP, PERSON, SEAT, figure, layout};
use proptest::prelude::*;

const CENTRE: Point = Point { x: 0, y: 0 };

/// True if no two of these circles of this radius come closer than `GAP`.
fn apart(points: &[Point], radius: i32) -> bool {
    let least = i64::from(2 * radius + GAP).pow(2);
    points.iter().enumerate().all(|(i, a)| {
        points[i + 1..]
            .iter()
            .all(|b| a.distance_squared(*b) >= least)
    })
}

/// True if every point is on a ring of this radius, give or take a unit of rounding.
fn on_ring(points: &[Point], radius: i32) -> bool {
    points.iter().all(|point| {
        let distance = (point.distance_squared(CENTRE) as f64).sqrt();
        (distance - f64::from(radius)).abs() <= 1.5
    })
}

proptest! {
    #[test]
    fn nothing_overlaps_for_up_to_30_mentors_and_100_skills(mentors in 1usize..=30, skills in 0usize..=100) {
        let map = layout(skills, mentors);
        prop_assert_eq!(map.mentors.len(), mentors);
        prop_assert_eq!(map.skills.len(), skills);
        prop_assert!(apart(&map.mentors, SEAT), "mentors overlap: {:?}", map.mentors);
        prop_assert!(apart(&map.skills, DOT), "skills overlap");
        prop_assert!(on_ring(&map.mentors, map.mentor_ring));
        prop_assert!(on_ring(&map.skills, map.skill_ring));
        // The rings keep the person, the skills and the mentors apart.
        prop_assert!(map.skill_ring - DOT - PERSON >= GAP);
        prop_assert!(map.mentor_ring - SEAT - (map.skill_ring + DOT) >= GAP);
        // The view box holds every seat and the person.
        let [left, top, width, height] = map.view;
        for seat in map.mentors.iter().chain([&CENTRE]) {
            prop_assert!(seat.x - SEAT >= left && seat.x + SEAT <= left + width);
            prop_assert!(seat.y - SEAT >= top && seat.y + SEAT <= top + height);
        }
    }
}

#[test]
fn the_first_seat_is_at_the_top_and_the_rest_go_round_clockwise() {
    let map = layout(0, 4);
    let r = map.mentor_ring;
    assert_eq!(
        map.mentors,
        [
            Point { x: 0, y: -r },
            Point { x: r, y: 0 },
            Point { x: 0, y: r },
            Point { x: -r, y: 0 },
        ]
    );
}

/// Three skills, one of them covered by nobody, and two mentors.
fn plan() -> Plan {
    let mut plan = Plan::default();
    let budgets = plan
        .add_competency("Budgets".into(), Reason::Goal, Priority::High)
        .unwrap();
    let talks = plan
        .add_competency("Talks".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.add_competency("Hiring".into(), Reason::Goal, Priority::Low);
    let ana = plan.add_mentor("Ana <\"&\">".into()).unwrap();
    plan.mentor_mut(ana).unwrap().competencies = vec![budgets, talks];
    plan.mentor_mut(ana).unwrap().status = Status::Active;
    plan.add_mentor("Bo".into());
    plan
}

fn labels(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn every_mentor_and_every_empty_seat_is_on_the_map_and_in_its_key() {
    let plan = plan();
    let markup = figure(
        &plan,
        &labels(&["Ana <\"&\">", "Bo"]),
        &labels(&["Budgets", "Talks", "Hiring"]),
        Voice::Owner,
    );
    assert_eq!(markup.matches("href=\"#/mentors/").count(), 2);
    assert!(markup.contains(
        "aria-label=\"Ana &lt;&quot;&amp;&quot;&gt;: Expert, Active. Open in Mentors.\""
    ));
    assert!(markup.contains("aria-label=\"Bo: Expert, Idea. Open in Mentors.\""));
    assert_eq!(
        markup.matches("map__skill--open").count(),
        1,
        "Hiring has no one"
    );
    assert_eq!(markup.matches("<line ").count(), 2, "Ana's two skills");
    assert!(markup.contains("<li><span dir=\"auto\">Hiring</span>: empty seat, no one yet</li>"));
    assert!(
        markup
            .contains("<li><span dir=\"auto\">Budgets</span>: Ana &lt;&quot;&amp;&quot;&gt;</li>")
    );
    assert!(!markup.contains("<\"&\">"), "names are escaped");
}

#[test]
fn a_map_for_a_reader_has_no_links_and_the_mentee_in_the_middle() {
    let plan = plan();
    let markup = figure(
        &plan,
        &labels(&["Ana", "Bo"]),
        &labels(&["B", "T", "H"]),
        Voice::Reader,
    );
    assert!(!markup.contains("<a "));
    assert_eq!(markup.matches("role=\"img\" aria-label=\"").count(), 2);
    assert!(
        !markup.contains(">You</text>"),
        "a person drawn, not \"You\""
    );
    assert!(markup.contains("<path d=\"M-44,52"));
    assert!(markup.contains("aria-label=\"Map of the mentee and their mentors\""));
}

#[test]
fn markup_escapes_the_four_characters_that_matter_in_text_and_attributes() {
    assert_eq!(escape("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
}

#[test]
fn a_long_name_is_cut_with_an_ellipsis_under_its_seat() {
    let mut plan = Plan::default();
    plan.add_mentor("Alexandra Papadopoulou".into());
    let markup = figure(
        &plan,
        &labels(&["Alexandra Papadopoulou"]),
        &[],
        Voice::Owner,
    );
    assert!(markup.contains(">Alexandra Pap\u{2026}</text>"), "{markup}");
    assert!(markup.contains("aria-label=\"Alexandra Papadopoulou: "));
}
