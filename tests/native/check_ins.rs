use multi_mentor::domain::date::add_months;
use multi_mentor::domain::limits::{Trimmed, plan_within_limits};
use multi_mentor::domain::living::CHECK_IN_MONTHS;
use multi_mentor::domain::plan::{
    CheckIn, Goal, Goals, Horizon, Id, Level, MAX_CHECK_INS, Plan, Priority, Rating, Reason,
};
use proptest::prelude::*;

use crate::living::{TODAY, date, plan_with_levels};

// ---- check-ins and progress ----

#[test]
fn a_check_in_records_the_levels_the_goals_met_and_the_note() {
    let mut plan = plan_with_levels(&[2, 4]);
    plan.goals.soon.met = true;
    plan.goals.later.met = true;
    assert_eq!(plan.next_check_in(), None, "none before the first");
    plan.record_check_in(TODAY, "  Better at delegating.  ");
    let ids: Vec<Id> = plan.competencies.iter().map(|c| c.id).collect();
    assert_eq!(
        plan.check_ins,
        [CheckIn {
            date: TODAY,
            levels: vec![
                Rating {
                    id: ids[0],
                    level: Level::new(2)
                },
                Rating {
                    id: ids[1],
                    level: Level::new(4)
                },
            ],
            met: vec![Horizon::Soon, Horizon::Later],
            note: "Better at delegating.".into(),
        }]
    );
    assert_eq!(plan.next_check_in(), Some(date(2027, 2, 28)));
    assert_eq!(
        plan.next_check_in(),
        Some(add_months(TODAY, CHECK_IN_MONTHS))
    );
    plan.record_check_in(date(2027, 3, 31), "");
    assert_eq!(plan.next_check_in(), Some(date(2027, 6, 30)));
}

#[test]
fn the_next_check_in_follows_the_latest_one_whatever_the_order() {
    let mut plan = Plan::default();
    plan.record_check_in(date(2027, 1, 10), "");
    plan.record_check_in(date(2026, 5, 1), "Entered late");
    assert_eq!(plan.next_check_in(), Some(date(2027, 4, 10)));
}

#[test]
fn progress_starts_from_the_levels_given_when_setting_up() {
    // Rated 2 when setting up, 3 at the first check-in: progress reads 2 to 3, not 3 to 3.
    let mut plan = plan_with_levels(&[2]);
    let id = plan.competencies[0].id;
    plan.check_in(
        TODAY,
        &[(id, Level::new(3))],
        &[Horizon::Soon],
        "A good month",
    );
    let progress = &plan.progress()[0];
    assert_eq!((progress.first.value(), progress.now.value()), (2, 3));
    assert!(plan.goals.soon.met && !plan.goals.later.met);
    assert_eq!(
        plan.check_ins[0].met,
        [Horizon::Soon],
        "the goals met by then"
    );
    assert_eq!(plan.check_ins[0].note, "A good month");

    // A skill added later starts from the level it was added at.
    let late = plan
        .add_competency("Late skill".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.check_in(
        date(2027, 3, 1),
        &[(id, Level::new(4)), (late, Level::new(5))],
        &[],
        "",
    );
    let firsts: Vec<(u8, u8)> = plan
        .progress()
        .iter()
        .map(|p| (p.first.value(), p.now.value()))
        .collect();
    assert_eq!(firsts, [(2, 4), (2, 5)]);
    assert!(!plan.goals.soon.met, "unticked at the second check-in");
}

#[test]
fn progress_runs_from_the_first_check_in_that_rated_a_competency() {
    let mut plan = plan_with_levels(&[1, 3]);
    plan.competency_mut(plan.competencies[0].id).unwrap().target = Level::new(5);
    plan.record_check_in(date(2026, 1, 1), "");
    let first = plan.competencies[0].id;
    plan.competency_mut(first).unwrap().now = Level::new(2);
    let late = plan
        .add_competency("Late skill".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.competency_mut(late).unwrap().now = Level::new(3);
    plan.record_check_in(date(2026, 4, 1), "");
    plan.competency_mut(first).unwrap().now = Level::new(4);
    plan.competency_mut(late).unwrap().now = Level::new(5);
    let never = plan
        .add_competency("Never rated".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.competency_mut(never).unwrap().now = Level::new(4);

    let progress: Vec<(&str, u8, u8, u8)> = plan
        .progress()
        .iter()
        .map(|p| (p.name, p.first.value(), p.now.value(), p.target.value()))
        .collect();
    assert_eq!(
        progress,
        [
            ("Skill 0", 1, 4, 5),
            ("Skill 1", 3, 3, 4),
            ("Late skill", 3, 5, 4),
            ("Never rated", 4, 4, 4),
        ]
    );
}

#[test]
fn past_the_limit_the_two_oldest_check_ins_merge_into_the_first() {
    let mut plan = plan_with_levels(&[1]);
    let first_skill = plan.competencies[0].id;
    plan.record_check_in(date(2020, 1, 1), "first");
    let second_skill = plan
        .add_competency("Second".into(), Reason::Goal, Priority::Low)
        .unwrap();
    plan.goals.year.met = true;
    plan.record_check_in(date(2020, 4, 1), "second");
    plan.competency_mut(first_skill).unwrap().now = Level::new(5);
    plan.goals.year.met = false;
    for i in 2..MAX_CHECK_INS {
        plan.record_check_in(date(2020, 1, 1).plus_days(100 * i as i64), "");
    }
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    let third = plan.check_ins[2].clone();

    plan.record_check_in(date(2030, 1, 1), "latest");
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    let oldest = &plan.check_ins[0];
    assert_eq!(oldest.date, date(2020, 1, 1));
    assert_eq!(oldest.note, "first\nsecond", "both notes kept");
    assert_eq!(oldest.met, [Horizon::Year], "the goal met by the second");
    assert_eq!(
        oldest.levels,
        [
            Rating {
                id: first_skill,
                level: Level::new(1)
            },
            Rating {
                id: second_skill,
                level: Level::new(2)
            },
        ],
        "the first's level stays; the second's new competency joins"
    );
    assert_eq!(plan.check_ins[1], third, "the third is now second");
    assert_eq!(plan.check_ins.last().unwrap().note, "latest");
}

proptest! {
    /// However many check-ins, at most `MAX_CHECK_INS` are kept, and the first one's date and
    /// levels stay the baseline of progress.
    #[test]
    fn many_check_ins_keep_the_limit_and_the_first_as_the_baseline(
        start in proptest::collection::vec(1u8..=5, 1..6),
        changes in proptest::collection::vec(
            (0usize..6, 1u8..=5, ".{0,10}"),
            MAX_CHECK_INS..MAX_CHECK_INS * 3,
        ),
    ) {
        let mut plan = plan_with_levels(&start);
        let first_date = date(2020, 1, 1);
        plan.record_check_in(first_date, "Start");
        let baseline = plan.check_ins[0].levels.clone();
        let mut day = first_date;
        for (i, level, note) in &changes {
            let id = plan.competencies[i % plan.competencies.len()].id;
            plan.competency_mut(id).unwrap().now = Level::new(*level);
            day = add_months(day, CHECK_IN_MONTHS);
            plan.record_check_in(day, note);
            prop_assert!(plan.check_ins.len() <= MAX_CHECK_INS);
        }
        prop_assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
        prop_assert_eq!(plan.check_ins[0].date, first_date);
        prop_assert_eq!(&plan.check_ins[0].levels, &baseline);
        prop_assert!(plan.check_ins[0].note.starts_with("Start"));
        prop_assert_eq!(plan.check_ins.last().unwrap().date, day, "the latest is kept");
        prop_assert_eq!(plan.next_check_in(), Some(add_months(day, CHECK_IN_MONTHS)));
        let firsts: Vec<u8> = plan.progress().iter().map(|p| p.first.value()).collect();
        prop_assert_eq!(firsts, start);
        let nows: Vec<Level> = plan.progress().iter().map(|p| p.now).collect();
        let levels: Vec<Level> = plan.competencies.iter().map(|c| c.now).collect();
        prop_assert_eq!(nows, levels);
    }
}

// ---- goals by horizon ----

#[test]
fn goals_are_read_and_written_by_horizon() {
    let mut goals = Goals::in_a_year("Lead a team".into());
    assert_eq!(goals.get(Horizon::Year).text, "Lead a team");
    assert_eq!(goals.texts().collect::<Vec<_>>(), ["", "Lead a team", ""]);
    assert!(!goals.is_empty());
    goals.get_mut(Horizon::Later).text = "Run the department".into();
    goals.get_mut(Horizon::Soon).by = Some(date(2027, 2, 28));
    assert_eq!(goals.later.text, "Run the department");
    assert_eq!(goals.soon.by, Some(date(2027, 2, 28)));
    assert_eq!(
        goals.texts().collect::<Vec<_>>(),
        ["", "Lead a team", "Run the department"]
    );
    let blank = Goals {
        soon: Goal {
            text: "  ".into(),
            by: Some(TODAY),
            met: true,
        },
        ..Goals::default()
    };
    assert!(blank.is_empty(), "only spaces and a date is no goal");
    assert!(Goals::default().is_empty());
}

// ---- migration ----

#[test]
fn the_old_goals_text_becomes_the_one_year_goal() {
    let mut plan = Plan {
        goals_text: "Move into accounting\nwithin two years.".into(),
        ..Plan::default()
    };
    plan.migrate();
    assert_eq!(
        plan.goals.year.text,
        "Move into accounting\nwithin two years."
    );
    assert_eq!(plan.goals.soon, Goal::default());
    assert_eq!(plan.goals.later, Goal::default());
    assert_eq!(plan.goals_text, "");
    let once = plan.clone();
    plan.migrate();
    assert_eq!(plan, once, "migrating twice changes nothing more");
}

#[test]
fn a_one_year_goal_already_set_is_not_overwritten() {
    let mut plan = Plan {
        goals_text: "Old words".into(),
        goals: Goals::in_a_year("New words".into()),
        ..Plan::default()
    };
    plan.migrate();
    assert_eq!(plan.goals.year.text, "New words");
    assert_eq!(plan.goals_text, "");

    let mut blank = Plan {
        goals_text: "   ".into(),
        ..Plan::default()
    };
    blank.migrate();
    assert_eq!(blank.goals.year.text, "", "spaces are no goal");
    assert_eq!(blank.goals_text, "");
}

#[test]
fn an_old_saved_plan_with_one_goals_text_opens_with_it_as_the_one_year_goal() {
    let old: Plan = serde_json::from_str(
        r#"{"goals":"Lead a team","competencies":[{"id":0,"name":"Delegating",
            "reason":"soft_skill","now":2,"target":4,"priority":"high"}],"next_id":1}"#,
    )
    .expect("an old plan reads");
    let (plan, trimmed) = plan_within_limits(old);
    assert_eq!(trimmed, Trimmed::default());
    assert_eq!(plan.goals, Goals::in_a_year("Lead a team".into()));
    assert_eq!(plan.goals_text, "");
    assert_eq!(plan.competencies[0].reason, Reason::Goal);
    assert!(plan.competencies[0].soft_skill);

    let saved = serde_json::to_value(&plan).expect("a plan writes");
    assert!(
        saved.get("goals").is_none(),
        "the old field is never written"
    );
    assert_eq!(saved["horizons"]["year"]["text"], "Lead a team");
    let back: Plan = serde_json::from_value(saved).expect("and reads back");
    assert_eq!(back, plan);
}

#[test]
fn the_progress_chart_shows_first_now_and_target_in_a_table_too() {
    use multi_mentor::domain::progress_chart::figure;
    let mut plan = Plan::default();
    let budgets = plan
        .add_competency("Budgets & <forecasts>".into(), Reason::Goal, Priority::High)
        .unwrap();
    plan.add_competency("Hiring".into(), Reason::Goal, Priority::Low);
    let names = ["Budgets & <forecasts>".to_owned(), "Hiring".to_owned()];
    assert_eq!(
        figure(&plan, &names),
        None,
        "nothing to show before a first check-in"
    );

    plan.competencies[0].now = Level::new(2);
    plan.competencies[0].target = Level::new(4);
    plan.record_check_in(TODAY, "");
    plan.competency_mut(budgets).unwrap().now = Level::new(3);
    // A competency added after the first check-in starts where it is now.
    plan.add_competency("Negotiation".into(), Reason::Goal, Priority::Low);
    plan.record_check_in(date(2027, 2, 28), "");
    let names = [names[0].clone(), names[1].clone(), "Negotiation".to_owned()];
    let chart = figure(&plan, &names).unwrap();
    let rows: Vec<&str> = chart.split("<tr>").skip(2).collect();
    assert_eq!(rows.len(), 3, "one row per competency");
    assert!(
        rows[0].starts_with("<th scope=\"row\" dir=\"auto\">Budgets &amp; &lt;forecasts&gt;</th>")
    );
    assert!(
        rows[0].contains("<td>2</td><td>3</td><td>4</td>"),
        "first, now, target: {}",
        rows[0]
    );
    let now = plan.competencies[2].now.value();
    assert!(
        rows[2].contains(&format!("Negotiation</th><td>{now}</td><td>{now}</td>")),
        "{}",
        rows[2]
    );
    assert!(
        chart.contains("<svg") && chart.contains("aria-hidden=\"true\""),
        "the chart is for the eye"
    );
    assert!(chart.contains("Check-ins so far: 2; the last on Feb. 28, 2027."));
    assert!(!chart.contains("<forecasts>"), "names are escaped");
}

#[test]
fn check_ins_merged_past_the_limit_keep_a_note_within_the_text_limit() {
    use multi_mentor::domain::limits::MAX_TEXT_CHARS;
    let mut plan = Plan::default();
    let note = "Long quarter. ".repeat(100); // 1,400 characters
    for quarter in 0..(MAX_CHECK_INS as u32 + 20) {
        plan.check_in(
            date(2026 + quarter / 4, 1 + quarter % 4 * 3, 1),
            &[],
            &[],
            &note,
        );
    }
    assert_eq!(plan.check_ins.len(), MAX_CHECK_INS);
    assert_eq!(plan.check_ins[0].note.chars().count(), MAX_TEXT_CHARS);
    let (loaded, trimmed) = plan_within_limits(plan.clone());
    assert_eq!(
        trimmed,
        Trimmed::default(),
        "nothing for the next load to trim"
    );
    assert_eq!(loaded, plan);
}
