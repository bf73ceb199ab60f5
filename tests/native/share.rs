use multi_mentor::domain::limits::Trimmed;
use multi_mentor::domain::plan::Plan;
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
    assert!(fragment.starts_with("s3."));
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
            good.replacen("s3.", "s4.", 1),
            ShareError::UnknownVersion("4".into()),
        ),
        (
            good.replacen("s3.", "s12.", 1),
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
