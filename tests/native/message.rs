use multi_mentor::domain::content::Tr;
use multi_mentor::domain::content::message as text;
use multi_mentor::domain::message::{
    BLANKS, Draft, Facts, MessageKind, before_you_meet, draft, facts, fill, mailto,
};
use multi_mentor::domain::plan::{Id, Level, Plan, Priority, Reason};

/// A plan with one mentor, Amara, who helps with two skills; the second is the more pressing.
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
    mentor.how_known = "former manager.".into();
    mentor.competencies = vec![budgets, speaking];
    mentor.offer = "Help with her team's spreadsheets.".into();
    mentor.next_step = "Send her my draft deck".into();
    (plan, amara)
}

fn facts_of(plan: &Plan, mentor: Id, tried: &str) -> Facts {
    facts(plan, mentor, tried).expect("the mentor exists")
}

/// True if a text shows a blank, an empty quotation or an empty bracket to the person.
fn has_empty_blank(text: &str) -> bool {
    ["{", "}", "\u{201c}\u{201d}", "()", ": .", " ,", "..", "  "]
        .iter()
        .any(|sign| text.contains(sign))
}

#[test]
fn a_first_approach_names_the_most_pressing_skill_the_ask_and_the_offer() {
    let (plan, amara) = plan();
    let message = draft(MessageKind::FirstApproach, &facts_of(&plan, amara, ""));
    assert_eq!(
        message.subject,
        "A 20-minute chat about \u{201c}Presenting to executives\u{201d}?"
    );
    assert!(message.body.starts_with("Hello Amara,"));
    assert!(message.body.contains("former manager"));
    assert!(message.body.contains(
        "\u{201c}Presenting to executives\u{201d} because my last review asked me to grow in it"
    ));
    assert!(message.body.contains("20 minutes"));
    assert!(
        message
            .body
            .contains("give something back: Help with her team's spreadsheets.")
    );
    assert!(!has_empty_blank(&message.body), "{}", message.body);
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
    assert!(message.body.contains("for my next goal: Finance manager"));
}

#[test]
fn blank_fields_leave_their_sentences_out_and_no_empty_blank() {
    let mut plan = Plan::default();
    let nobody = plan.add_mentor(String::new()).unwrap();
    let facts = facts_of(&plan, nobody, "  ");
    for kind in MessageKind::ALL {
        let message = draft(kind, &facts);
        assert!(!message.subject.is_empty());
        assert!(message.body.starts_with("Hello,"), "{}", message.body);
        assert!(!has_empty_blank(&message.subject), "{}", message.subject);
        assert!(
            !has_empty_blank(&message.body),
            "{kind:?}: {}",
            message.body
        );
        assert!(!message.body.contains("give something back"));
    }
    let list = before_you_meet(&facts);
    assert!(list.iter().all(|line| !has_empty_blank(line)), "{list:?}");
    assert!(!list.iter().any(|line| line.contains("help you with")));
}

#[test]
fn a_thank_you_says_what_was_tried_and_keeps_one_full_stop() {
    let (plan, amara) = plan();
    let facts = facts_of(&plan, amara, "I presented the Q3 numbers myself.");
    let message = draft(MessageKind::ThankYou, &facts);
    assert!(
        message
            .body
            .contains("Since we spoke, I tried this: I presented the Q3 numbers myself.\n")
    );
    assert!(
        message
            .body
            .contains("I would be glad to: Help with her team's spreadsheets.")
    );
    let follow_up = draft(MessageKind::FollowUp, &facts);
    assert!(follow_up.body.contains("Presenting to executives"));
    assert!(!follow_up.body.contains("Q3"));
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
    assert!(facts(&plan, Id(999), "").is_none());
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
