//! The reading level of our guidance text: the Flesch-Kincaid grade, with syllables counted
//! by vowel groups (close enough to rank texts and to catch a hard one). Shared by the
//! `reading_level` example, which prints the figures, and a native test that holds a ceiling.

use multi_mentor::domain::content::{self, Tr, Voice, findings, mentors, value, welcome};
use multi_mentor::domain::message::{self};
use multi_mentor::domain::plan::{MentorRole, MessageKind, Plan, Priority, Reason};
use multi_mentor::domain::steps::Step;

/// The guidance, in groups: what each part of the app tells a person to do.
pub fn guidance() -> Vec<(&'static str, Vec<String>)> {
    let own = |texts: &[Tr]| texts.iter().map(|t| t.get().to_owned()).collect::<Vec<_>>();
    vec![
        ("welcome", {
            let mut texts = own(&welcome::PARAGRAPHS);
            texts.push(welcome::RESULT.get().to_owned());
            texts
        }),
        (
            "step introductions",
            Step::ALL
                .map(|step| content::step_intro(step).1.to_owned())
                .to_vec(),
        ),
        (
            "roles explained",
            MentorRole::ALL
                .into_iter()
                .flat_map(|role| [content::role_about(role), content::role_pace(role)])
                .map(str::to_owned)
                .collect(),
        ),
        ("where to find people", own(&mentors::WHERE)),
        ("ideas for giving back", own(&value::IDEAS)),
        ("findings", findings_to(Voice::Owner)),
        (
            "findings, to a reader of a shared plan",
            findings_to(Voice::Reader),
        ),
        ("messages to a mentor", messages()),
    ]
}

/// The findings, filled in for sample names, as `voice` reads them.
fn findings_to(voice: Voice) -> Vec<String> {
    vec![
        findings::gap(voice, "Delegating work", "high"),
        findings::not_yet_asked(voice, "Delegating work"),
        findings::NO_ONE_ASKED.to(voice).get().to_owned(),
        findings::over_reliance(voice, "Colette", 4, 5),
        findings::no_next_step(voice, "Colette"),
        findings::nothing_offered(voice, "Joanne"),
        findings::NO_SHARED_SITUATION.to(voice).get().to_owned(),
        findings::NO_ONLINE_MENTOR.get().to_owned(),
        findings::NO_SOFT_SKILL_MENTOR.to(voice).get().to_owned(),
        findings::NO_SPONSOR.to(voice).get().to_owned(),
    ]
}

/// The three drafts and the list for a meeting, filled in for a sample mentor.
fn messages() -> Vec<String> {
    let mut plan = Plan::default();
    let skill = plan
        .add_competency(
            "Presenting to executives".into(),
            Reason::PerformanceReview,
            Priority::High,
        )
        .unwrap();
    let amara = plan.add_mentor("Amara".into()).unwrap();
    if let Some(mentor) = plan.mentor_mut(amara) {
        mentor.how_known = "former manager".into();
        mentor.competencies = vec![skill];
        mentor.offer = "Help with her team's reports".into();
    }
    let typed = message::Typed {
        own: "I led the last team meeting",
        signature: "Sam",
    };
    let facts = message::facts(&plan, amara, typed).expect("Amara exists");
    let mut texts: Vec<String> = MessageKind::ALL
        .iter()
        .map(|kind| message::draft(*kind, &facts).body)
        .collect();
    texts.extend(message::before_you_meet(&facts));
    texts
}

#[allow(clippy::disallowed_methods)] // a tool's lowercase, not the app's
fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous {
            count += 1;
        }
        previous = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// The Flesch-Kincaid grade of some texts taken together.
pub fn grade(texts: &[String]) -> f64 {
    let (mut sentences, mut words, mut syllable_count) = (0usize, 0usize, 0usize);
    for text in texts {
        sentences += text
            .split(['.', '!', '?', ':', ';'])
            .filter(|s| s.chars().any(char::is_alphabetic))
            .count();
        for word in text.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                words += 1;
                syllable_count += syllables(&letters);
            }
        }
    }
    let (sentences, words) = (sentences.max(1) as f64, words.max(1) as f64);
    0.39 * words / sentences + 11.8 * syllable_count as f64 / words - 15.59
}
