use multi_mentor::domain::analysis::{
    Finding, distinct_names, findings, grid, grid_headings, grid_rows,
};
use multi_mentor::domain::plan::{Advice, Cadence, Level, Plan, Priority, Reach, Reason, Status};

use crate::analysis::{TODAY, healthy_plan};

#[test]
fn the_team_mix_is_looked_at_once_there_is_a_team() {
    let mut plan = Plan::default();
    let listening = plan.add_soft_skill("Listening".into()).unwrap();
    let gap = Finding::Gap {
        competency: listening,
        priority: Priority::Medium,
    };
    assert_eq!(
        findings(&plan, TODAY),
        vec![gap.clone()],
        "no team yet: only the gap"
    );
    let ana = plan.add_mentor("Ana".into()).unwrap();
    plan.mentor_mut(ana).unwrap().status = Status::Asked;
    plan.mentor_mut(ana).unwrap().offer = "Proofreading".into();
    assert_eq!(
        findings(&plan, TODAY),
        vec![
            gap,
            Finding::HelpsWithNoSkill { mentor: ana },
            Finding::NoOnlineMentor,
            Finding::NoSoftSkillMentor
        ]
    );
}

#[test]
fn what_is_offered_matters_once_the_mentor_is_asked() {
    let (mut plan, daniel, _) = healthy_plan();
    plan.mentor_mut(daniel).unwrap().offer.clear();
    let nothing_offered = vec![Finding::NothingOffered { mentor: daniel }];
    for (status, found) in [
        (Status::Idea, vec![]),
        (Status::Asked, nothing_offered.clone()),
        (Status::Active, nothing_offered),
        (Status::Paused, vec![]),
    ] {
        plan.mentor_mut(daniel).unwrap().status = status;
        let offers: Vec<Finding> = findings(&plan, TODAY)
            .into_iter()
            .filter(|f| matches!(f, Finding::NothingOffered { .. }))
            .collect();
        assert_eq!(offers, found, "{status:?}");
    }
}

#[test]
fn a_skill_already_at_its_target_is_no_gap() {
    let mut plan = Plan::default();
    let budgets = plan
        .add_competency("Budgets".into(), Reason::Goal, Priority::Low)
        .unwrap();
    let competency = plan.competency_mut(budgets).unwrap();
    competency.now = competency.target;
    assert_eq!(findings(&plan, TODAY), vec![]);
    assert!(!grid(&plan).rows[0].gap, "nor marked as one in the grid");
    plan.competency_mut(budgets).unwrap().now = Level::new(1);
    assert!(findings(&plan, TODAY).contains(&Finding::Gap {
        competency: budgets,
        priority: Priority::Low
    }));
    assert!(grid(&plan).rows[0].gap);
}

#[test]
fn a_paused_mentor_counts_for_nothing_in_the_findings() {
    let (mut plan, _, sofia) = healthy_plan();
    let branding = plan.competencies[1].id;
    plan.mentor_mut(sofia).unwrap().status = Status::Paused;
    assert_eq!(
        findings(&plan, TODAY),
        vec![
            Finding::Gap {
                competency: branding,
                priority: Priority::Medium
            },
            Finding::NoSharedSituation,
            Finding::NoOnlineMentor,
            Finding::NoSoftSkillMentor,
        ]
    );
    // The grid still shows what she helps with, and marks the skill as the gap it now is.
    let row = &grid(&plan).rows[1];
    assert_eq!((row.mentor_count(), row.gap), (1, true));
}

#[test]
fn an_active_mentor_needs_a_pace_and_five_at_once_is_the_most() {
    let (mut plan, daniel, _) = healthy_plan();
    plan.mentor_mut(daniel).unwrap().cadence = Cadence::NotSet;
    assert_eq!(
        findings(&plan, TODAY),
        vec![Finding::NoPace { mentor: daniel }]
    );
    plan.mentor_mut(daniel).unwrap().status = Status::Asked;
    assert_eq!(
        findings(&plan, TODAY),
        vec![],
        "a pace is agreed once they are active"
    );

    let (mut plan, daniel, _) = healthy_plan();
    let accounting = plan.competencies[0].id;
    let add_active = |plan: &mut Plan, name: &str| {
        let like_daniel = plan.mentor(daniel).unwrap().clone();
        let id = plan.add_mentor(name.into()).unwrap();
        let mentor = plan.mentor_mut(id).unwrap();
        *mentor = like_daniel;
        mentor.id = id;
        mentor.name = name.into();
        mentor.competencies = vec![accounting];
    };
    for name in ["Ana", "Bo", "Cy", "Di"] {
        add_active(&mut plan, name);
    }
    assert_eq!(findings(&plan, TODAY), vec![], "five active");
    add_active(&mut plan, "Ed");
    assert_eq!(
        findings(&plan, TODAY),
        vec![Finding::TooManyActive { count: 6 }]
    );
}

#[test]
fn advice_set_aside_stays_quiet_until_taken_back() {
    let mut plan = Plan {
        target_role: "Team manager".into(),
        ..Plan::default()
    };
    let budgets = plan
        .add_competency("Budgets".into(), Reason::Goal, Priority::Medium)
        .unwrap();
    let ana = plan.add_mentor("Ana".into()).unwrap();
    plan.mentor_mut(ana).unwrap().competencies = vec![budgets];
    plan.set_advice_aside(Advice::OnlineMentor, true);
    plan.set_advice_aside(Advice::Sponsor, true);
    assert_eq!(findings(&plan, TODAY), vec![Finding::NoOneAsked]);
    plan.set_advice_aside(Advice::Sponsor, false);
    assert_eq!(
        findings(&plan, TODAY),
        vec![Finding::NoOneAsked, Finding::NoSponsor]
    );
    assert_eq!(plan.set_aside, vec![Advice::OnlineMentor]);
}

#[test]
fn only_plan_wide_advice_can_be_set_aside_and_each_kind_has_its_own() {
    let (mut plan, daniel, sofia) = healthy_plan();
    plan.mentor_mut(daniel).unwrap().offer.clear();
    plan.mentor_mut(sofia).unwrap().reach = Reach::InPerson;
    plan.mentor_mut(sofia).unwrap().shared.clear();
    plan.mentor_mut(sofia).unwrap().competencies.clear();
    plan.target_role = "Director of finance".into();
    let found = findings(&plan, TODAY);
    let mut advice: Vec<_> = found.iter().filter_map(Finding::advice).collect();
    // A team reached only online: no one met in person (a team cannot lack both).
    let mut online_only = plan.clone();
    for mentor in &mut online_only.mentors {
        mentor.reach = Reach::Online;
    }
    let in_person = findings(&online_only, TODAY);
    assert!(in_person.contains(&Finding::NoInPerson), "{in_person:?}");
    advice.insert(4, Advice::InPerson);
    assert_eq!(advice, Advice::ALL, "{found:?}");
    assert_eq!(
        Finding::NothingOffered { mentor: daniel }.advice(),
        None,
        "a mentor's own finding is not advice to set aside"
    );
    for advice in Advice::ALL {
        plan.set_advice_aside(advice, true);
    }
    assert!(
        findings(&plan, TODAY)
            .iter()
            .all(|finding| finding.advice().is_none())
    );
    assert!(!findings(&plan, TODAY).is_empty());
}

#[test]
fn the_grid_has_a_row_per_competency_and_a_column_per_mentor() {
    let (plan, _, _) = healthy_plan();
    let grid = grid(&plan);
    let names: Vec<&str> = grid.mentors.iter().map(|(_, name)| name.as_str()).collect();
    assert_eq!(names, ["Daniel", "Sofia"]);
    assert_eq!(grid.rows.len(), 2);
    assert_eq!(grid.rows[0].answered, vec![true, false]);
    assert_eq!(grid.rows[1].answered, vec![false, true]);
    assert_eq!(grid.rows[1].mentor_count(), 1);
}

#[test]
fn the_grid_markup_marks_helpers_gaps_and_counts_and_escapes_names() {
    let (mut plan, _, _) = healthy_plan();
    plan.mentors[0].name = "Dan <b>&</b> \"Co\"".to_owned();
    plan.competencies[1].name = "<script>".to_owned();
    plan.add_competency("Budgeting".to_owned(), Reason::Goal, Priority::Low);
    let grid = grid(&plan);
    let headings = grid_headings(&grid.mentors);
    assert_eq!(
        headings,
        "<tr><th scope=\"col\">Skill</th>\
         <th scope=\"col\" dir=\"auto\">Dan &lt;b&gt;&amp;&lt;/b&gt; &quot;Co&quot;</th>\
         <th scope=\"col\" dir=\"auto\">Sofia</th><th scope=\"col\">Mentors</th></tr>"
    );
    let rows = grid_rows(&grid.rows);
    assert!(rows.contains("<bdi>&lt;script&gt;</bdi>") && !rows.contains("<script>"));
    // One helper per competency but the new one, which is a gap.
    assert_eq!(rows.matches("<tr>").count(), 2);
    assert_eq!(rows.matches("<td class=\"answered\">").count(), 2);
    assert_eq!(rows.matches("<tr class=\"gap\">").count(), 1);
    let gap_row = rows.split("<tr").last().unwrap();
    assert!(
        gap_row.contains("Budgeting") && gap_row.contains("<td class=\"plan-grid__count\">0</td>")
    );
}

#[test]
fn namesakes_are_told_apart() {
    assert_eq!(
        distinct_names(["Sam", "Ana", " sam ", "SAM", "Ana"]),
        ["Sam", "Ana", "sam (2)", "SAM (3)", "Ana (2)"]
    );
}
