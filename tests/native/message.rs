use multi_mentor::domain::content::message as text;
use multi_mentor::domain::content::{Language, Tr, set_language};
use multi_mentor::domain::date::Date;
use multi_mentor::domain::message::{
    BLANKS, Draft, Facts, Typed, before_you_meet, draft, facts, fill, mailto, suggested_kind,
};
use multi_mentor::domain::plan::{
    Cadence, Entry, Id, Level, Mentor, MessageKind, Plan, Priority, Reach, Reason, Status,
};

/// A plan with one mentor, Amara, who helps with two skills; the second is the more pressing.
/// Her notes are written about her, as people write them.
fn plan() -> (Plan, Id) {
    let mut plan = Plan {
        // Full stops typed at the end must not double up in the message.
        target_role: "Finance manager.".into(),
        ..Plan::default()
    };
    let budgets = plan
        .add_competency("Budgets".into(), Reason::Goal, Priority::Medium)
        .unwrap();
    let speaking = plan
        .add_competency(
            "Presenting to executives".into(),
            Reason::PerformanceReview,
            Priority::High,
        )
        .unwrap();
    let amara = plan.add_mentor("Amara".into()).unwrap();
    let mentor = plan.mentor_mut(amara).unwrap();
    mentor.how_known = "She was my manager at the credit union.".into();
    mentor.competencies = vec![budgets, speaking];
    mentor.offer = "Help with her team's spreadsheets.".into();
    mentor.next_step = "Send her my draft deck".into();
    (plan, amara)
}

fn facts_of(plan: &Plan, mentor: Id, own: &str) -> Facts {
    let typed = Typed { own, signature: "" };
    facts(plan, mentor, typed).expect("the mentor exists")
}

/// True if a text shows a blank, an empty quotation or an empty bracket to the person.
fn has_empty_blank(text: &str) -> bool {
    [
        "{",
        "}",
        "\u{201c}\u{201d}",
        "«\u{a0}\u{a0}»",
        "()",
        ": .",
        " ,",
        "..",
        "  ",
    ]
    .iter()
    .any(|sign| text.contains(sign))
}

#[test]
fn a_first_approach_names_the_most_pressing_skill_and_asks_for_a_meeting_that_fits() {
    let (mut plan, amara) = plan();
    let message = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
    assert_eq!(
        message.subject,
        "20 minutes to talk about \u{201c}Presenting to executives\u{201d}?"
    );
    assert!(message.body.starts_with("Hello Amara,"));
    assert!(message.body.contains(
        "I'm working on \u{201c}Presenting to executives\u{201d} because my last review asked \
         me to grow in it"
    ));
    assert!(
        message
            .body
            .contains("20 minutes for a coffee in the next few weeks?")
    );
    assert!(!has_empty_blank(&message.body), "{}", message.body);
    for (reach, ask) in [
        (Reach::Online, "20 minutes for a video call"),
        (Reach::Both, "20 minutes for a coffee or a call"),
    ] {
        plan.mentor_mut(amara).unwrap().reach = reach;
        let message = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
        assert!(message.body.contains(ask), "{reach:?}: {}", message.body);
        assert!(!message.body.contains("coffee") || reach == Reach::Both);
    }
}

#[test]
fn no_letter_pastes_a_note_written_about_the_mentor() {
    let (plan, amara) = plan();
    for language in [Language::English, Language::French] {
        set_language(language);
        for kind in MessageKind::ALL {
            let message = draft(kind, &facts_of(&plan, amara, "I tried it"));
            for note in [
                "credit union",
                "spreadsheets",
                "draft deck",
                "Finance manager.",
            ] {
                assert!(
                    !message.body.contains(note),
                    "{language:?} {kind:?} pastes {note:?}: {}",
                    message.body
                );
            }
        }
    }
    set_language(Language::English);
}

#[test]
fn every_kind_of_message_reads_whole_in_both_languages_with_or_without_the_plan() {
    let (plan, amara) = plan();
    let mut empty = Plan::default();
    let nobody = empty.add_mentor(String::new()).unwrap();
    for language in [Language::English, Language::French] {
        set_language(language);
        for kind in MessageKind::ALL {
            for own in ["", "I led the review"] {
                for (plan, mentor) in [(&plan, amara), (&empty, nobody)] {
                    let message = draft(kind, &facts_of(plan, mentor, own));
                    assert!(!message.subject.is_empty(), "{kind:?}");
                    assert!(!has_empty_blank(&message.subject), "{}", message.subject);
                    assert!(
                        !has_empty_blank(&message.body),
                        "{kind:?}: {}",
                        message.body
                    );
                    let paragraphs: Vec<_> = message.body.split("\n\n").collect();
                    assert!(paragraphs.len() >= 3, "{kind:?}: {}", message.body);
                    // A greeting, and a closing that ends in a comma before the signature.
                    assert!(
                        ["Hello", "Bonjour"]
                            .iter()
                            .any(|hello| paragraphs[0].starts_with(hello))
                    );
                    assert!(paragraphs.last().unwrap().ends_with(','));
                }
            }
        }
    }
    set_language(Language::English);
}

#[test]
fn the_english_letters_use_contractions_and_the_french_quotes_the_skill_in_guillemets() {
    let (plan, amara) = plan();
    let first = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
    assert!(first.body.contains("I'm working on"), "{}", first.body);
    assert!(first.body.contains("don't mind"), "{}", first.body);
    assert!(!first.body.contains("do not"), "{}", first.body);
    set_language(Language::French);
    let first = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
    assert!(
        first
            .body
            .contains("la compétence «\u{a0}Presenting to executives\u{a0}»"),
        "{}",
        first.body
    );
    set_language(Language::English);
}

#[test]
fn a_thank_you_says_what_was_tried_and_proposes_the_next_talk_at_the_agreed_pace() {
    let (mut plan, amara) = plan();
    plan.mentor_mut(amara).unwrap().cadence = Cadence::Monthly;
    let facts = facts_of(&plan, amara, "I presented the Q3 numbers myself");
    let message = draft(MessageKind::ThankYou, &facts);
    assert!(
        message
            .body
            .contains("Since we spoke, I've tried this: I presented the Q3 numbers myself.\n"),
        "{}",
        message.body
    );
    assert!(message.body.contains("Could we talk again next month?"));
    plan.mentor_mut(amara).unwrap().cadence = Cadence::NotSet;
    let message = draft(MessageKind::ThankYou, &facts_of(&plan, amara, ""));
    assert!(message.body.contains("Could we talk again in a few weeks?"));
    assert!(
        message
            .body
            .contains("I've started putting your advice into practice.")
    );
    set_language(Language::French);
    plan.mentor_mut(amara).unwrap().cadence = Cadence::Quarterly;
    let message = draft(MessageKind::ThankYou, &facts_of(&plan, amara, ""));
    assert!(
        message
            .body
            .contains("Pourrions-nous nous reparler dans environ trois mois\u{a0}?"),
        "{}",
        message.body
    );
    set_language(Language::English);
    let follow_up = draft(MessageKind::FollowUp, &facts);
    assert!(follow_up.body.contains("Presenting to executives"));
    assert!(!follow_up.body.contains("Q3"));
}

#[test]
fn a_quick_question_carries_the_question_as_typed_and_an_update_the_news() {
    let (plan, amara) = plan();
    let message = draft(
        MessageKind::QuickQuestion,
        &facts_of(&plan, amara, "Which course would you take first?"),
    );
    assert_eq!(
        message.subject,
        "A quick question about \u{201c}Presenting to executives\u{201d}"
    );
    assert!(
        message
            .body
            .contains("if you have a minute: Which course would you take first?\n")
    );
    let message = draft(MessageKind::QuickQuestion, &facts_of(&plan, amara, ""));
    assert!(
        message.body.contains("if you have a minute.\n"),
        "{}",
        message.body
    );
    let update = draft(
        MessageKind::ProgressUpdate,
        &facts_of(&plan, amara, "I presented the budget to the board!"),
    );
    assert!(
        update
            .body
            .contains("A short update since we last spoke: I presented the budget to the board!\n")
    );
    let update = draft(MessageKind::ProgressUpdate, &facts_of(&plan, amara, ""));
    assert!(
        update
            .body
            .contains("I've kept at it, and your advice is helping.")
    );
}

#[test]
fn every_kind_ends_with_the_signature_when_there_is_one() {
    let (plan, amara) = plan();
    let typed = Typed {
        own: "",
        signature: " Sam Lee ",
    };
    let facts = facts(&plan, amara, typed).unwrap();
    for kind in MessageKind::ALL {
        let message = draft(kind, &facts);
        assert!(
            message.body.ends_with(",\nSam Lee"),
            "{kind:?}: {}",
            message.body
        );
    }
}

fn mentor(status: Status, asked_days_ago: Option<i64>, met_days_ago: Option<i64>) -> Mentor {
    let today = Date::parse_iso("2026-12-06").unwrap();
    let mut mentor = Mentor {
        status,
        asked_on: asked_days_ago.map(|days| today.plus_days(-days)),
        ..Mentor::default()
    };
    if let Some(days) = met_days_ago {
        mentor.log.push(Entry {
            date: today.plus_days(-days),
            note: String::new(),
            done_step: false,
        });
    }
    mentor
}

#[test]
fn the_kind_suggested_follows_where_the_mentor_stands() {
    let today = Date::parse_iso("2026-12-06").unwrap();
    let cases = [
        (mentor(Status::Idea, None, None), MessageKind::FirstApproach),
        (
            mentor(Status::Asked, None, None),
            MessageKind::FirstApproach,
        ),
        (
            mentor(Status::Asked, Some(13), None),
            MessageKind::FirstApproach,
        ),
        (mentor(Status::Asked, Some(14), None), MessageKind::FollowUp),
        (
            mentor(Status::Active, Some(60), Some(3)),
            MessageKind::ThankYou,
        ),
        (
            mentor(Status::Active, Some(60), Some(30)),
            MessageKind::ProgressUpdate,
        ),
        (
            mentor(Status::Active, None, None),
            MessageKind::ProgressUpdate,
        ),
        (
            mentor(Status::Paused, Some(90), Some(60)),
            MessageKind::ProgressUpdate,
        ),
    ];
    for (mentor, kind) in cases {
        assert_eq!(suggested_kind(&mentor, today), kind, "{mentor:?}");
    }
}

#[test]
fn a_quick_question_suits_a_mentor_reached_online_and_an_update_one_met() {
    let mut mentor = Mentor::default();
    assert!(!MessageKind::QuickQuestion.suits(&mentor));
    assert!(!MessageKind::ProgressUpdate.suits(&mentor));
    assert!(MessageKind::FirstApproach.suits(&mentor));
    mentor.reach = Reach::Both;
    mentor.status = Status::Active;
    assert!(MessageKind::QuickQuestion.suits(&mentor));
    assert!(MessageKind::ProgressUpdate.suits(&mentor));
}

#[test]
fn among_skills_of_the_same_priority_the_widest_gap_is_asked_about() {
    let (mut plan, amara) = plan();
    let wide = plan
        .add_competency("Negotiating".into(), Reason::Goal, Priority::High)
        .unwrap();
    plan.competency_mut(wide).unwrap().now = Level::new(1);
    plan.competency_mut(wide).unwrap().target = Level::new(5);
    plan.mentor_mut(amara).unwrap().competencies.push(wide);
    let message = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
    assert!(
        message.subject.contains("Negotiating"),
        "{}",
        message.subject
    );
    assert!(message.body.contains("for my next goal: Finance manager,"));
}

#[test]
fn before_you_meet_lists_their_skills_the_update_and_the_offer() {
    let (plan, amara) = plan();
    let list = before_you_meet(&facts_of(&plan, amara, ""));
    assert_eq!(
        list[0],
        "What they help you with: Budgets, Presenting to executives."
    );
    assert!(
        list.iter()
            .any(|line| line.contains("(Send her my draft deck)"))
    );
    assert!(
        list.iter()
            .any(|line| line == "Your offer: Help with her team's spreadsheets.")
    );
}

#[test]
fn a_mentor_that_does_not_exist_has_no_facts() {
    let (plan, _) = plan();
    assert!(facts(&plan, Id(999), Typed::default()).is_none());
}

#[test]
fn every_template_uses_only_known_blanks() {
    let mut lines: Vec<&[Tr]> = text::BEFORE_YOU_MEET.to_vec();
    for kind in MessageKind::ALL {
        let (subject, body) = text::template(kind);
        lines.push(subject);
        lines.extend_from_slice(body);
    }
    for reason in Reason::ALL {
        lines.push(text::why(reason));
    }
    let chosen: Vec<[Tr; 1]> = Reach::ALL
        .map(text::meet)
        .into_iter()
        .chain(Cadence::ALL.map(text::again))
        .map(|tr| [tr])
        .collect();
    lines.extend(chosen.iter().map(|one| one.as_slice()));
    let wordings = lines.into_iter().flatten();
    for wording in wordings.flat_map(|tr| [tr.english(), tr.french()]) {
        let mut rest = wording;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a closed blank");
            let blank = &rest[open + 1..close];
            assert!(
                BLANKS.contains(&blank),
                "unknown blank {blank} in {wording}"
            );
            rest = &rest[close + 1..];
        }
        assert!(!rest.contains('}'), "a stray brace in {wording}");
    }
}

#[test]
fn a_wording_with_an_empty_blank_gives_way_to_the_next() {
    let mut plan = Plan::default();
    let idea = plan.add_mentor("Sam".into()).unwrap();
    let facts = facts_of(&plan, idea, "");
    assert_eq!(
        fill(
            &[Tr::new("Hi {name}", "Hi {name}"), Tr::new("Hi", "Hi")],
            &facts
        )
        .as_deref(),
        Some("Hi Sam")
    );
    assert_eq!(
        fill(
            &[
                Tr::new("About {skill}", "About {skill}"),
                Tr::new("Hi", "Hi")
            ],
            &facts
        )
        .as_deref(),
        Some("Hi")
    );
    assert_eq!(
        fill(&[Tr::new("About {skill}", "About {skill}")], &facts),
        None
    );
    assert_eq!(
        fill(&[Tr::new("Unknown {blank}", "Unknown {blank}")], &facts),
        None
    );
}

#[test]
fn the_email_address_carries_the_subject_and_body_whole_and_no_recipient() {
    let address = mailto(&Draft {
        subject: "A chat about \u{201c}Budgets\u{201d}?".into(),
        body: "Hello Am\u{e9}lie,\n\nR&D = 20% & more".into(),
    });
    assert_eq!(
        address,
        "mailto:?subject=A%20chat%20about%20%E2%80%9CBudgets%E2%80%9D%3F\
         &body=Hello%20Am%C3%A9lie%2C%0D%0A%0D%0AR%26D%20%3D%2020%25%20%26%20more"
    );
}
