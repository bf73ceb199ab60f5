use multi_mentor::domain::date::{Date, LAST_DAY, date_of};
use multi_mentor::domain::limits::Trimmed;
use multi_mentor::domain::plan::{
    Advice, Cadence, Entry, Factor, Goal, Goals, Horizon, Plan, Status,
};
use multi_mentor::domain::share::{
    self, MAX_DECOMPRESSED, ShareError, SharedPlan, base64url_decode, base64url_encode,
};
use proptest::prelude::*;

use crate::reference::reference_plan;
use crate::support::{any_plan, clean_name};

#[test]
fn the_reference_plan_round_trips_through_a_link_well_under_the_limit() {
    let (name, plan) = reference_plan();
    let fragment = share::encode(&name, &plan);
    assert!(fragment.starts_with("s5."));
    // The test command fails above 2,000 characters; the goal is 1,500.
    assert!(fragment.len() < 2000, "{} characters", fragment.len());
    let trimmed = Trimmed::default();
    assert_eq!(
        share::decode(&fragment),
        Ok(SharedPlan {
            name,
            plan,
            trimmed
        })
    );
}

#[test]
fn a_leading_hash_is_accepted() {
    let fragment = share::encode("Ana", &Plan::default());
    assert!(share::decode(&format!("#{fragment}")).is_ok());
}

#[test]
fn a_link_for_oneself_says_so_and_carries_the_same_plan() {
    let (name, plan) = reference_plan();
    let shared = share::encode(&name, &plan);
    let mine = share::encode_for_oneself(&name, &plan);
    assert!(share::is_for_oneself(&mine) && share::is_for_oneself(&format!("#{mine}")));
    assert!(!share::is_for_oneself(&shared));
    assert_eq!(share::decode(&mine), share::decode(&shared));
    assert!(share::decode(&mine).is_ok());
    // The mark only ends a link: inside, it is damage.
    let inside = format!("{}{}{}", &mine[..10], share::FOR_ONESELF, &mine[10..]);
    assert_eq!(share::decode(&inside), Err(ShareError::NotBase64));
}

#[test]
fn private_notes_can_be_left_out() {
    let (name, mut plan) = reference_plan();
    plan.private.review_notes = true;
    let shared = share::decode(&share::encode(&name, &plan.without_private_notes())).unwrap();
    assert_eq!(shared.plan.review_notes, "");
    assert_eq!(
        shared.plan.situation.notes, plan.situation.notes,
        "not marked private"
    );
}

#[test]
fn links_that_are_not_plans_say_why() {
    let good = share::encode("Ana", &reference_plan().1);
    let cases: Vec<(String, ShareError)> = vec![
        ("".into(), ShareError::NotALink),
        ("#/mentors".into(), ShareError::NotALink),
        ("s.abc".into(), ShareError::NotALink),
        ("sx.abc".into(), ShareError::NotALink),
        (
            good.replacen("s5.", "s6.", 1),
            ShareError::UnknownVersion("6".into()),
        ),
        (
            good.replacen("s5.", "s12.", 1),
            ShareError::UnknownVersion("12".into()),
        ),
        (format!("{good}!"), ShareError::NotBase64),
        (good.replacen('A', "*", 1), ShareError::NotBase64),
        (good[..good.len() / 2].to_owned(), ShareError::Damaged),
        ("s1.".to_owned() + &"A".repeat(70_000), ShareError::TooLong),
        ("s1.AAAA".into(), ShareError::Damaged),
    ];
    for (fragment, expected) in cases {
        let shown: String = fragment.chars().take(40).collect();
        assert_eq!(share::decode(&fragment), Err(expected), "{shown}");
    }
}

#[test]
fn a_decompression_bomb_is_stopped_at_the_cap() {
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![0u8; MAX_DECOMPRESSED * 4], 10);
    let fragment = format!("s1.{}", base64url_encode(&bomb));
    assert!(fragment.len() < 4000, "a small link");
    assert_eq!(share::decode(&fragment), Err(ShareError::TooBig));
}

#[test]
fn valid_deflate_that_is_not_a_plan_is_refused() {
    let junk = miniz_oxide::deflate::compress_to_vec(b"\x05hello world and more", 10);
    let fragment = format!("s1.{}", base64url_encode(&junk));
    assert_eq!(share::decode(&fragment), Err(ShareError::NotAPlan));
}

#[test]
fn base64url_uses_only_link_safe_characters() {
    let text = base64url_encode(&(0..=255).collect::<Vec<u8>>());
    assert!(
        text.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    assert_eq!(base64url_decode("A"), None, "a length base64 cannot have");
}

proptest! {
    #[test]
    fn any_plan_round_trips_through_a_link(name in ".{0,40}".prop_map(|name| clean_name(&name)), plan in any_plan()) {
        let fragment = share::encode(&name, &plan);
        let trimmed = Trimmed::default();
        prop_assert_eq!(share::decode(&fragment), Ok(SharedPlan { name, plan, trimmed }));
    }

    #[test]
    fn base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
    }

    #[test]
    fn arbitrary_strings_never_panic_the_decoder(text in ".{0,300}") {
        let _ = share::decode(&text);
        let _ = share::decode(&format!("s1.{text}"));
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = share::decode(&format!("s1.{}", base64url_encode(&bytes)));
        // The same bytes as a deflate stream of their own, so that the layout reader sees them.
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
        let _ = share::decode(&format!("s1.{}", base64url_encode(&packed)));
    }

    /// Links edited by hand: one character changed, or cut anywhere, never panic.
    #[test]
    fn edited_links_never_panic(plan in any_plan(), at in any::<prop::sample::Index>(), c in any::<char>()) {
        let fragment = share::encode("Ana", &plan);
        let i = at.index(fragment.len());
        let mut edited: String = fragment.chars().take(i).collect();
        edited.push(c);
        edited.extend(fragment.chars().skip(i + 1));
        let _ = share::decode(&edited);
        let _ = share::decode(&fragment[..i]);
    }
}

#[test]
fn the_reference_plans_link_fits_a_qr_code_and_a_far_longer_one_does_not() {
    use multi_mentor::components::qr_code::qr_svg;
    let (name, plan) = reference_plan();
    let link = format!(
        "https://example.org/tools/mentors/plans/#{}",
        share::encode(&name, &plan)
    );
    let svg = qr_svg(&link, "QR code").expect("a plan link fits a QR code");
    assert!(svg.starts_with("<svg") && svg.contains("aria-label=\"QR code\""));
    assert_eq!(qr_svg(&"x".repeat(3_000), "QR code"), None);
}

/// A link made by the app before format 2 (the reference plan, when "soft skill" was a
/// reason) still opens, and its soft skills get the flag.
#[test]
fn a_format_1_link_still_opens_with_its_soft_skills_flagged() {
    let old = include_str!("../fixtures/reference-link-v1.txt").trim();
    assert!(old.starts_with("s1."));
    let (name, plan) = reference_plan();
    let opened = share::decode(old).expect("a format 1 link opens");
    assert_eq!(opened.name, name);
    assert_eq!(opened.plan, plan);
    assert!(opened.plan.competencies.iter().any(|c| c.soft_skill));
    assert!(
        opened
            .plan
            .competencies
            .iter()
            .all(|c| c.reason != multi_mentor::domain::plan::Reason::SoftSkill)
    );
}

const fn date(year: u32, month: u32, day: u32) -> Date {
    Date { year, month, day }
}

/// The reference plan kept up for a year: goals by horizon with dates, competencies that
/// serve them by a date, steps with dates, days asked, meetings, steps done and check-ins.
fn living_plan() -> (String, Plan) {
    let (name, mut plan) = reference_plan();
    plan.goals = Goals {
        soon: Goal {
            text: "Present to the managers once".into(),
            by: Some(date(2027, 2, 28)),
            met: true,
        },
        year: Goal {
            text: plan.goals.year.text.clone(),
            by: Some(date(2027, 11, 28)),
            met: false,
        },
        later: Goal {
            text: "Lead a finance team".into(),
            by: None,
            met: false,
        },
    };
    for (i, competency) in plan.competencies.iter_mut().enumerate() {
        competency.serves = Some(Horizon::ALL[i % 3]);
        competency.by = (i % 2 == 0).then(|| date(2027, 6, 1 + i as u32));
    }
    for (i, mentor) in plan.mentors.iter_mut().enumerate() {
        mentor.status = Status::Active;
        mentor.cadence = Cadence::Monthly;
        mentor.asked_on = Some(date(2026, 1, 10 + i as u32));
        mentor.step_due = Some(date(2026, 12, 1 + i as u32));
        mentor.meet(
            date(2026, 2, 1 + i as u32),
            "First coffee; agreed to meet monthly",
        );
        mentor.meet(date(2026, 3, 1 + i as u32), "Mock interview");
        mentor.log_entry(Entry {
            date: date(2026, 3, 5),
            note: "Sent the CV".into(),
            done_step: true,
        });
    }
    plan.record_check_in(date(2026, 5, 1), "Started");
    plan.competencies[0].now = plan.competencies[0].target;
    plan.goals.soon.met = true;
    plan.record_check_in(date(2026, 8, 1), "Presented once");
    (name, plan)
}

#[test]
fn a_living_plan_round_trips_through_a_link_exactly() {
    let (name, plan) = living_plan();
    assert!(plan.has_record());
    assert!(plan.mentors.iter().all(|m| m.log.len() == 3));
    let fragment = share::encode(&name, &plan);
    assert!(fragment.starts_with("s5."));
    let shared = share::decode(&fragment).expect("opens");
    assert_eq!(shared.trimmed, Trimmed::default());
    assert_eq!(shared.name, name);
    assert_eq!(shared.plan, plan);
}

#[test]
fn a_link_without_the_record_leaves_out_meetings_and_check_ins_only() {
    let (name, plan) = living_plan();
    let full = share::encode(&name, &plan);
    let lean = share::encode(&name, &plan.without_record());
    assert!(lean.len() < full.len(), "{} vs {}", lean.len(), full.len());
    let shared = share::decode(&lean).expect("opens").plan;
    assert!(!shared.has_record());
    assert!(shared.check_ins.is_empty());
    assert!(shared.mentors.iter().all(|m| m.log.is_empty()));
    assert_eq!(shared, plan.without_record());
    assert_eq!(shared.goals, plan.goals, "goals and their dates stay");
    assert!(
        shared
            .mentors
            .iter()
            .all(|m| m.step_due.is_some() && m.asked_on.is_some())
    );
}

#[test]
fn the_first_and_last_days_a_plan_may_hold_travel_in_a_link() {
    let mut plan = Plan::default();
    plan.goals.soon.by = Some(date(1, 1, 1));
    plan.goals.later.by = Some(date(9999, 12, 31));
    assert_eq!(date_of(LAST_DAY), date(9999, 12, 31));
    let shared = share::decode(&share::encode("Ana", &plan)).expect("opens");
    assert_eq!(shared.plan, plan);
}

/// The format 1 link in tests/fixtures still opens, its one goals text as the one-year goal.
#[test]
fn a_format_1_link_opens_with_its_goals_as_the_one_year_goal() {
    let old = include_str!("../fixtures/reference-link-v1.txt").trim();
    let opened = share::decode(old).expect("a format 1 link opens").plan;
    let json: serde_json::Value =
        serde_json::from_str(crate::reference::REFERENCE_JSON).expect("JSON");
    let goals = json["person"]["goals"]
        .as_str()
        .expect("the fixture has goals");
    assert!(!goals.is_empty());
    assert_eq!(opened.goals.year.text, goals);
    assert_eq!(opened.goals.year.by, None);
    assert_eq!(opened.goals.soon, Goal::default());
    assert_eq!(opened.goals.later, Goal::default());
    assert_eq!(opened.goals_text, "", "moved, not copied");
    assert!(!opened.has_record(), "format 1 had no record");
}

/// The layout of a format 2 link, written by hand (format 2 had one goals text and none of
/// the living plan), compressed without the dictionary, which the reader accepts too.
fn format_2_link() -> String {
    fn number(bytes: &mut Vec<u8>, n: u8) {
        assert!(n < 0x80);
        bytes.push(n);
    }
    fn text(bytes: &mut Vec<u8>, text: &str) {
        number(bytes, text.len() as u8);
        bytes.extend_from_slice(text.as_bytes());
    }
    let mut b = Vec::new();
    text(&mut b, "Ana"); // the plan's name
    text(&mut b, "Lead a team by 2028"); // the goals
    text(&mut b, "Team lead"); // the target role
    text(&mut b, ""); // the review notes
    number(&mut b, 0); // nothing private
    number(&mut b, 0); // no factors
    number(&mut b, 0); // no own factors
    text(&mut b, ""); // situation notes
    number(&mut b, 0); // no industry
    number(&mut b, 1); // one competency:
    number(&mut b, 0); // id 0
    text(&mut b, "Delegating");
    number(&mut b, 1); // a goal
    number(&mut b, 0); // high priority
    number(&mut b, 1); // now 2
    number(&mut b, 3); // target 4
    number(&mut b, 1); // a soft skill
    number(&mut b, 0); // no contacts
    number(&mut b, 1); // one mentor:
    number(&mut b, 1); // id 1
    text(&mut b, "Bo");
    text(&mut b, "A former manager");
    number(&mut b, 1); // a coach
    number(&mut b, 0); // in person
    number(&mut b, 2); // active
    number(&mut b, 3); // monthly
    number(&mut b, 1); // answers one competency:
    number(&mut b, 0); // id 0
    number(&mut b, 0); // shares nothing
    text(&mut b, "Coffee in May");
    text(&mut b, "");
    number(&mut b, 2); // the next id
    number(&mut b, 0); // no advice set aside
    let packed = miniz_oxide::deflate::compress_to_vec(&b, 10);
    format!("s2.{}", base64url_encode(&packed))
}

#[test]
fn a_format_2_link_opens_with_its_goals_as_the_one_year_goal_and_no_record() {
    let opened = share::decode(&format_2_link()).expect("a format 2 link opens");
    assert_eq!(opened.name, "Ana");
    assert_eq!(opened.trimmed, Trimmed::default());
    let plan = opened.plan;
    assert_eq!(plan.goals, Goals::in_a_year("Lead a team by 2028".into()));
    assert_eq!(plan.goals_text, "");
    assert_eq!(plan.target_role, "Team lead");
    assert_eq!(plan.competencies.len(), 1);
    let skill = &plan.competencies[0];
    assert_eq!(
        (skill.name.as_str(), skill.soft_skill),
        ("Delegating", true)
    );
    assert_eq!((skill.serves, skill.by), (None, None));
    let mentor = &plan.mentors[0];
    assert_eq!(mentor.name, "Bo");
    assert_eq!(mentor.status, Status::Active);
    assert_eq!(mentor.cadence, Cadence::Monthly);
    assert_eq!(mentor.next_step, "Coffee in May");
    assert_eq!((mentor.step_due, mentor.asked_on), (None, None));
    assert!(mentor.log.is_empty());
    assert!(plan.check_ins.is_empty());
    assert_eq!(plan.next_id, 2);
    // The same layout read as format 3 is not a plan: formats are told apart by their number.
    let as_format_3 = format_2_link().replacen("s2.", "s3.", 1);
    assert_eq!(share::decode(&as_format_3), Err(ShareError::NotAPlan));
}

#[test]
fn what_format_4_added_opens_in_format_4_and_is_refused_as_format_3() {
    let mut plan = Plan::default();
    plan.set_factor(Factor::OlderWorker, true);
    plan.set_advice_aside(Advice::InPerson, true);
    let fragment = share::encode("Ana", &plan);
    let opened = share::decode(&fragment).expect("the link opens");
    assert_eq!(opened.plan.situation.factors, [Factor::OlderWorker]);
    assert_eq!(opened.plan.set_aside, [Advice::InPerson]);
    // Format 3 never held them: a link that claims to be one is not a plan.
    let as_format_3 = fragment.replacen("s5.", "s3.", 1);
    assert_eq!(share::decode(&as_format_3), Err(ShareError::NotAPlan));
}

#[test]
fn what_format_5_added_opens_in_format_5_and_is_refused_as_format_4() {
    let plan = Plan {
        identity: 2_923_004_711,
        changed: 1_796_000_000,
        ..Plan::default()
    };
    let fragment = share::encode("Ana", &plan);
    let opened = share::decode(&fragment).expect("a format 5 link opens");
    assert_eq!(opened.plan, plan);
    // Format 4 never held them: a link that claims to be one is not a plan.
    let as_format_4 = fragment.replacen("s5.", "s4.", 1);
    assert_eq!(share::decode(&as_format_4), Err(ShareError::NotAPlan));
}
