//! Every word the app shows, in one catalogue. Written by us, in Canadian English.

pub mod examples;
pub mod guide;

use crate::domain::plan::{
    Cadence, Factor, Industry, Level, MentorRole, Priority, Reach, Reason, Status,
};
use crate::domain::steps::Step;

pub const APP_NAME: &str = "Multi-Mentor Plan";
pub const TAGLINE: &str = "Build a small team of mentors around the skills you need next.";

/// A whole number with its thousands grouped, as Canadian English writes it: "15,000".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

pub mod welcome {
    pub const HEADING: &str = "One mentor is not enough any more";
    pub const PARAGRAPHS: [&str; 3] = [
        "Careers change direction faster than any single mentor can keep up with, and \
         fewer employers run mentoring programs at all. Rather than waiting for one senior \
         person to take you under their wing, you can build a multi-mentor strategy: a \
         small cross-functional team of mentors, each chosen for a skill or competency you \
         need.",
        "Some of them you will meet in person. Others you can reach online when you need a \
         quick answer, such as a cover letter due tonight or an interview question tomorrow. \
         The best matches often share your situation too, like raising young children or \
         starting over in a new country.",
        "This stock-take walks you through four questions: which skills you need next, how \
         your lifestyle and situation shape the plan, which soft skills pay off in your \
         industry, and what value you can add to each relationship. Start below with where \
         you are today.",
    ];
    pub const PRIVACY: &str = "Your plan stays in this browser. Nothing is sent to a server.";
    pub const RESULT: &str = "At the end you will have a plan on one page: the skills you \
        need next, a mentor for each, how you will reach them, and what you can offer each \
        one in return.";
    pub const SEE_EXAMPLE: &str = "Look at a finished example first";
    pub const EXAMPLE_FAILED: &str = "The example could not be loaded. Check this device\u{2019}s \
        connection, then try again.";
}

/// The flow: navigation, step titles and introductions.
pub mod flow {
    pub const NAV_LABEL: &str = "Stock-take steps";
    pub const PAGER_LABEL: &str = "Previous and next step";
    pub const BACK: &str = "Back";
    pub const NEXT: &str = "Next";

    pub fn progress(number: usize, total: usize) -> String {
        format!("Step {number} of {total}")
    }

    /// After a step's name, how many things it holds: "Skills to refine, 6".
    pub fn filled(count: usize) -> String {
        format!(", {count}")
    }

    /// After a step's name, for the step to do next: "Mentors, suggested next".
    pub const SUGGESTED: &str = ", suggested next";
}

/// The short name of a step, for the progress indicator and back/next links.
pub fn step_name(step: Step) -> &'static str {
    match step {
        Step::Start => "Start",
        Step::Skills => "Skills you need",
        Step::Situation => "Lifestyle and situation",
        Step::SoftSkills => "Soft skills",
        Step::Mentors => "Mentors",
        Step::Value => "Value you add",
        Step::Plan => "Your plan",
    }
}

/// The heading and introduction of a step.
pub fn step_intro(step: Step) -> (&'static str, &'static str) {
    match step {
        Step::Start => (
            "Start from where you are",
            "Your goals and your last performance review are the best first source of \
             skills to work on. Each mentor on your team will help with one or more of the \
             skills you find here.",
        ),
        Step::Skills => (
            "Which skills will take you where you want to go?",
            "List the skills you need to reach your goals. Say why each one matters, where you are now and where you want to be. Start from a \
             suggestion below or write your own.",
        ),
        Step::Situation => (
            "How do your lifestyle and situation shape your strategy?",
            "Someone in your field is a good start, but a mentor who has lived through \
             circumstances like yours can help far more. Tick what applies to you; you \
             will match mentors to it later.",
        ),
        Step::SoftSkills => (
            "Which soft skills pay off in your industry?",
            "Strategic thinking, personal branding, being visible where you work and \
             communicating well rarely come naturally. People learn them from others. \
             Pick your industry, add the soft skills you need, then note the people around \
             you who are good at them.",
        ),
        Step::Mentors => (
            "Build your team of mentors",
            "Each mentor helps with one or more of your skills. Mix people you meet in person \
             with people you can reach online for a quick answer, and look for some who \
             share your situation.",
        ),
        Step::Value => (
            "What value can you add to each relationship?",
            "Good mentoring goes both ways. For each mentor, write what you can offer in \
             return. Being genuinely helpful also grows your network.",
        ),
        Step::Plan => (
            "Your multi-mentor plan",
            "Your skills against your mentors, and what the picture tells you. Each finding \
             links to the step where you can act on it.",
        ),
    }
}

pub mod start {
    pub const GOALS_LABEL: &str = "Your career goals";
    pub const GOALS_HINT: &str = "Where do you want to be in two or three years? \
        A few sentences is plenty.";
    pub const TARGET_ROLE_LABEL: &str = "Target role";
    pub const TARGET_ROLE_HINT: &str = "For example: team lead, staff accountant, \
        product manager.";
    pub const REVIEW_LABEL: &str = "What your last performance review said";
    pub const REVIEW_HINT: &str = "Note the strengths it named and the areas it asked \
        you to grow. If you have not had a review, write what a manager or colleague \
        has told you.";
}

/// Shared words for lists of things the person adds and removes.
pub mod common {
    pub const REMOVE: &str = "Remove";
    pub const EDIT: &str = "Edit";
    pub const DONE_EDITING: &str = "Done editing";
    pub const UNDO: &str = "Undo";
    pub const DISMISS: &str = "Dismiss";

    pub fn removed(name: &str) -> String {
        format!("Removed \u{201c}{name}\u{201d}.")
    }

    pub fn restored(name: &str) -> String {
        format!("\u{201c}{name}\u{201d} is back.")
    }
}

pub mod skills {
    pub const YOUR_LIST: &str = "Your skills";
    pub const EMPTY: &str = "No skills yet. Add one below or start from a suggestion.";
    pub const ADD_HEADING: &str = "Add a skill";
    pub const NAME_LABEL: &str = "Skill";
    pub const NAME_HINT: &str = "A skill you want to build, such as \u{201c}Month-end \
        close\u{201d} or \u{201c}Giving difficult feedback\u{201d}.";
    pub const NAME_REQUIRED: &str = "Give the skill a name.";
    pub const ADD: &str = "Add skill";
    pub const SOFT_SKILL: &str = "A soft skill, such as communication or networking";
    pub const REASON_LABEL: &str = "Why it matters";
    pub const NOW_LABEL: &str = "Where you are now";
    pub const TARGET_LABEL: &str = "Where you want to be";
    pub const PRIORITY_LABEL: &str = "Priority";
    pub const SUGGESTIONS_HEADING: &str = "Suggestions for common paths";
    pub const SUGGESTIONS_INTRO: &str = "Pick the path closest to yours. Each suggestion \
        adds a skill you can then adjust.";
    pub const ALREADY_ADDED: &str = "added";
    pub const NAMESAKE_NOTE: &str = "Two skills share this name; the second is \
        shown with a number.";

    pub fn add_suggestion(name: &str) -> String {
        format!("Add {name}")
    }

    pub fn added(name: &str) -> String {
        format!("Added \u{201c}{name}\u{201d}.")
    }
}

/// One path from the brief, with the advice and competencies it suggests.
pub struct Scenario {
    pub title: &'static str,
    pub advice: &'static str,
    pub competencies: &'static [(&'static str, Reason)],
}

pub const SCENARIOS: [Scenario; 4] = [
    Scenario {
        title: "Changing function, such as from IT to accounting",
        advice: "Look for a mentor who already works in the field you are moving into, \
            ideally one who made a similar move.",
        competencies: &[
            ("Accounting fundamentals", Reason::Transition),
            ("Month-end close and reconciliations", Reason::Transition),
            (
                "Canadian accounting standards (ASPE and IFRS)",
                Reason::Transition,
            ),
            ("Telling my IT experience as a finance story", Reason::Goal),
        ],
    },
    Scenario {
        title: "Growing into leadership",
        advice: "Look for a mentor who delegates well, and one who has built working \
            relationships with difficult employees.",
        competencies: &[
            ("Delegating work", Reason::Goal),
            ("Working with difficult relationships", Reason::Goal),
            ("Giving feedback", Reason::PerformanceReview),
            ("Running effective one-on-ones", Reason::Goal),
        ],
    },
    Scenario {
        title: "Returning to paid work after raising children",
        advice: "Look for a mentor who made that same return successfully and can tell \
            you what helped.",
        competencies: &[
            ("Refreshing my industry knowledge", Reason::Transition),
            ("Explaining a career gap with confidence", Reason::Situation),
            ("Balancing work and family routines", Reason::Situation),
            ("Current tools of my profession", Reason::Transition),
        ],
    },
    Scenario {
        title: "Rebuilding a career as a newcomer to Canada",
        advice: "Look for mentors who have walked that path: people who rebuilt their own \
            careers here, and people who know how hiring works in your field.",
        competencies: &[
            ("Canadian workplace culture", Reason::Situation),
            ("Getting my credentials recognized", Reason::Transition),
            ("Building a professional network in Canada", Reason::Goal),
            ("Interviewing for Canadian employers", Reason::Transition),
        ],
    },
];

/// A level in words first, with its number after.
pub fn level_label(level: Level) -> &'static str {
    match level.value() {
        1 => "New to it (1 of 5)",
        2 => "Learning (2 of 5)",
        3 => "Capable (3 of 5)",
        4 => "Strong (4 of 5)",
        _ => "Could teach it (5 of 5)",
    }
}

pub fn reason_label(reason: Reason) -> &'static str {
    match reason {
        Reason::PerformanceReview => "Performance review",
        Reason::Goal => "A goal of mine",
        Reason::Transition => "A career transition",
        Reason::Situation => "My situation",
        // Only in plans from before schema 4, which `Plan::migrate` turns into goals.
        Reason::SoftSkill => "A goal of mine",
    }
}

pub fn priority_label(priority: Priority) -> &'static str {
    match priority {
        Priority::High => "High",
        Priority::Medium => "Medium",
        Priority::Low => "Low",
    }
}

pub mod situation {
    pub const FACTORS_LEGEND: &str = "What applies to you?";
    pub const OWN_HEADING: &str = "Something else about your situation";
    pub const OWN_LABEL: &str = "Describe it in a few words";
    pub const OWN_HINT: &str = "For example: \u{201c}Shift work\u{201d} or \
        \u{201c}Supporting family overseas\u{201d}.";
    pub const OWN_REQUIRED: &str = "Describe the factor in a few words.";
    pub const ADD_OWN: &str = "Add factor";
    pub const OWN_LIST: &str = "Your own factors";
    pub const NOTES_LABEL: &str = "Notes on balancing career and life";
    pub const NOTES_HINT: &str = "What makes it hard to find time, and when would \
        advice help most?";
}

pub fn factor_label(factor: Factor) -> &'static str {
    match factor {
        Factor::ParentOfYoungChildren => "Parent of young children",
        Factor::Caregiver => "Caring for a family member",
        Factor::NewcomerToCountry => "Newcomer to the country",
        Factor::ChangingCareers => "Changing careers",
        Factor::ReturningToWork => "Returning to paid work after time away",
        Factor::FirstLeadershipRole => "In a first leadership role",
        Factor::WorkingInSecondLanguage => "Working in a second language",
        Factor::FirstInFamilyProfessional => "First in my family in a professional career",
        Factor::LivingWithDisability => "Living with a disability or chronic illness",
        Factor::RuralOrRemote => "Living in a rural or remote community",
        Factor::PartTimeOrFlexible => "Working part-time or flexible hours",
    }
}

pub mod soft_skills {
    pub const INDUSTRY_LABEL: &str = "Your industry";
    pub const INDUSTRY_NONE: &str = "Choose an industry";
    pub const SUGGESTED_HEADING: &str = "Soft skills that pay off";
    pub const PICK_INDUSTRY_FIRST: &str = "Choose your industry to see suggestions. \
        The skills common to every industry are below.";
    pub const YOURS_HEADING: &str = "Soft skills in your plan";
    pub const NONE_IN_PLAN: &str = "No soft skills in your plan yet.";
    pub const PEOPLE_HEADING: &str = "People who are good at these skills";
    pub const PEOPLE_INTRO: &str = "Colleagues, former managers, friends, community leaders: \
        note the ones whose way of working you would like to learn. Any of them can join \
        your mentors as an idea.";
    pub const PERSON_LABEL: &str = "Name";
    pub const PERSON_HINT: &str = "A first name or initials is enough.";
    pub const PERSON_REQUIRED: &str = "Write the person's name.";
    pub const STRENGTHS_LEGEND: &str = "What they do well";
    pub const NO_SOFT_SKILLS_TO_PICK: &str = "Add soft skills above to say what they do well.";
    pub const ADD_PERSON: &str = "Add this person";
    pub const MAKE_MENTOR: &str = "Add to my mentors";
    pub const IS_MENTOR: &str = "On your mentor list";

    pub fn made_mentor(name: &str) -> String {
        format!("{name} is on your mentor list, as an idea.")
    }
}

pub fn industry_label(industry: Industry) -> &'static str {
    match industry {
        Industry::Technology => "Technology",
        Industry::FinanceAndAccounting => "Finance and accounting",
        Industry::HealthCare => "Health care",
        Industry::Education => "Education",
        Industry::PublicService => "Public service",
        Industry::RetailAndHospitality => "Retail and hospitality",
        Industry::TradesAndManufacturing => "Skilled trades and manufacturing",
        Industry::NonProfit => "Non-profit and community",
        Industry::CreativeAndMedia => "Creative work and media",
        Industry::ProfessionalServices => "Consulting and professional services",
    }
}

/// Soft skills that pay off everywhere.
pub const COMMON_SOFT_SKILLS: [&str; 6] = [
    "Strategic thinking",
    "Tactical planning",
    "Personal branding",
    "Being visible in my organization",
    "Clear communication",
    "Marketing myself on social media",
];

/// Soft skills that weigh most in one industry, on top of the common ones.
pub fn industry_soft_skills(industry: Industry) -> &'static [&'static str] {
    match industry {
        Industry::Technology => &[
            "Explaining technical work to non-technical people",
            "Influencing without authority",
            "Product sense",
        ],
        Industry::FinanceAndAccounting => &[
            "Presenting numbers to executives",
            "Client relationships",
            "Professional scepticism",
        ],
        Industry::HealthCare => &[
            "Calm communication under pressure",
            "Working across care teams",
            "Advocating for patients and for myself",
        ],
        Industry::Education => &[
            "Working with parents and communities",
            "Leading change with colleagues",
            "Public speaking",
        ],
        Industry::PublicService => &[
            "Briefing senior officials",
            "Navigating the organization",
            "Building partnerships across departments",
        ],
        Industry::RetailAndHospitality => &[
            "Customer service recovery",
            "Motivating a team on shifts",
            "Handling conflict on the floor",
        ],
        Industry::TradesAndManufacturing => &[
            "Leading a crew",
            "Safety leadership",
            "Quoting and talking with clients",
        ],
        Industry::NonProfit => &[
            "Fundraising and asking for support",
            "Working with volunteers",
            "Storytelling for impact",
        ],
        Industry::CreativeAndMedia => &[
            "Pitching ideas",
            "Taking and giving critique",
            "Building an audience",
        ],
        Industry::ProfessionalServices => &[
            "Business development",
            "Managing client expectations",
            "Negotiation",
        ],
    }
}

pub mod mentors {
    pub const ADD_HEADING: &str = "Add a mentor";
    pub const NAME_LABEL: &str = "Mentor's name";
    pub const NAME_HINT: &str = "Someone you know, or someone you would like to meet. \
        A role such as \u{201c}a controller at my firm\u{201d} is fine for now.";
    pub const NAME_REQUIRED: &str = "Write the mentor's name.";
    pub const ADD: &str = "Add mentor";
    pub const LIST_HEADING: &str = "Your mentors";
    pub const EMPTY: &str = "No mentors yet. Add the first one above, or make one from the \
        people you listed under soft skills.";
    pub const HOW_KNOWN_LABEL: &str = "How you know them";
    pub const HOW_KNOWN_HINT: &str = "For example: former manager, met at a meetup, \
        friend of a friend.";
    pub const ROLE_LABEL: &str = "Role on your team";
    pub const ANSWERS_LEGEND: &str = "Skills they help with";
    pub const NO_COMPETENCIES: &str = "Add skills in the skills step first.";
    pub const SHARES_LEGEND: &str = "Parts of your situation they share";
    pub const NO_SITUATION: &str = "Describe your situation in the lifestyle step first.";
    pub const REACH_LEGEND: &str = "How you reach them";
    pub const STATUS_LABEL: &str = "Where it stands";
    pub const NEXT_STEP_LABEL: &str = "Next step";
    pub const NEXT_STEP_HINT: &str = "For example: ask for a 20-minute coffee chat.";
    pub const CADENCE_LABEL: &str = "How often you meet";
    pub const COVERAGE_HEADING: &str = "Coverage so far";
    pub const ANSWERS_NONE: &str = "Helps with no skill yet";

    pub fn answers_count(count: usize) -> String {
        match count {
            1 => "Helps with 1 skill".to_owned(),
            n => format!("Helps with {n} skills"),
        }
    }

    pub const WHERE_HEADING: &str = "Where to find people";
    pub const WHERE_INTRO: &str = "Look past the people you already know:";
    pub const WHERE: [&str; 6] = [
        "Professional associations in your field: events, committees, mentoring programs.",
        "Alumni networks of your school and of places you worked.",
        "Settlement and bridging programs for newcomers, which often match you with someone \
         in your field.",
        "Return-to-work programs, after time away.",
        "Community groups, volunteer boards, cultural and faith groups.",
        "Online groups in your field, for quick questions.",
    ];
}

pub fn role_label(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => "Expert in a skill",
        MentorRole::Coach => "Coach",
        MentorRole::Sponsor => "Sponsor who speaks up for you",
        MentorRole::Peer => "Peer",
        MentorRole::RoleModel => "Role model",
        MentorRole::Connector => "Connector who introduces you",
    }
}

/// What a role is, when you need one, and how often to meet: one plain sentence or two.
pub fn role_hint(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => {
            "Knows a skill you need and can show you how it is done. Meet \
            every month while you learn."
        }
        MentorRole::Coach => {
            "Helps you think through choices and keeps you to your plan when \
            you feel stuck. Meet every two weeks."
        }
        MentorRole::Sponsor => {
            "Speaks up for you when promotions are decided, which you need \
            to move up. Meet every three months."
        }
        MentorRole::Peer => {
            "Is at your level and facing the same things, for quick, honest \
            advice. Meet every week or two."
        }
        MentorRole::RoleModel => {
            "Does what you want to do, in a way you admire, for when you \
            are unsure what good looks like. Meet every three months."
        }
        MentorRole::Connector => {
            "Introduces you to people outside your circle when you need \
            to widen it. Meet when you need an introduction."
        }
    }
}

/// A role in a word or two, for the team map.
pub fn role_short(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => "Expert",
        MentorRole::Coach => "Coach",
        MentorRole::Sponsor => "Sponsor",
        MentorRole::Peer => "Peer",
        MentorRole::RoleModel => "Role model",
        MentorRole::Connector => "Connector",
    }
}

pub fn reach_label(reach: Reach) -> &'static str {
    match reach {
        Reach::InPerson => "In person",
        Reach::Online => "Online, for quick answers",
        Reach::Both => "Both",
    }
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Idea => "Idea",
        Status::Asked => "Asked",
        Status::Active => "Active",
        Status::Paused => "Paused",
    }
}

pub fn cadence_label(cadence: Cadence) -> &'static str {
    match cadence {
        Cadence::NotSet => "Not decided",
        Cadence::Weekly => "Every week",
        Cadence::EveryTwoWeeks => "Every two weeks",
        Cadence::Monthly => "Every month",
        Cadence::Quarterly => "Every three months",
        Cadence::AsNeeded => "When needed",
    }
}

/// The ask: a message to a mentor, drafted from the plan (`domain::message` fills it in).
/// A line is a list of wordings; the first whose `{blanks}` all have something to say is
/// used, and a line with none is left out. The blanks are `domain::message::BLANKS`.
pub mod message {
    use crate::domain::message::MessageKind;
    use crate::domain::plan::Reason;

    pub const OPEN: &str = "Draft a message";
    pub const KIND_LEGEND: &str = "Kind of message";
    pub const TRIED_LABEL: &str = "What you tried since you met";
    pub const TRIED_HINT: &str = "It goes into the thank-you. For example: I asked to lead \
        the next project review.";
    pub const TEXT_LABEL: &str = "Your message";
    pub const TEXT_HINT: &str = "Change it as you like; choosing another kind starts a new \
        draft. This app sends nothing: you choose where it goes.";
    pub const COPY: &str = "Copy message";
    pub const COPIED: &str = "Message copied. Paste it into an email or a chat.";
    pub const COPY_FAILED: &str = "This browser did not let us copy. Select the message and \
        copy it yourself.";
    pub const EMAIL: &str = "Open in email app";
    pub const SHARE: &str = "Share\u{2026}";
    pub const BEFORE_HEADING: &str = "Before you meet";

    pub fn kind_label(kind: MessageKind) -> &'static str {
        match kind {
            MessageKind::FirstApproach => "First approach",
            MessageKind::FollowUp => "Follow-up after no answer",
            MessageKind::ThankYou => "Thank-you after you meet",
        }
    }

    /// Why the skill matters, as the end of "I am working on …".
    pub fn why(reason: Reason) -> &'static [&'static str] {
        match reason {
            Reason::PerformanceReview => &["because my last review asked me to grow in it"],
            Reason::Transition => &["as I move into a new field"],
            Reason::Situation => &["because it matters a lot in my life right now"],
            Reason::Goal | Reason::SoftSkill => &[
                "for my next goal: {target_role}",
                "because it matters for where I want to go next",
            ],
        }
    }

    /// The subject and the body of each kind of message.
    pub fn template(
        kind: MessageKind,
    ) -> (&'static [&'static str], &'static [&'static [&'static str]]) {
        match kind {
            MessageKind::FirstApproach => (
                &[
                    "A 20-minute chat about \u{201c}{skill}\u{201d}?",
                    "A 20-minute chat?",
                ],
                &[
                    &["Hello {name},", "Hello,"],
                    &[
                        "I hope you do not mind me writing. (How we know each other: \
                         {how_known}.)",
                        "I hope you do not mind me writing.",
                    ],
                    &[
                        "I am working on \u{201c}{skill}\u{201d} {why}. You are someone I think \
                         of when it comes to this.",
                        "I am working on my career plan, and you are someone I would like to \
                         learn from.",
                    ],
                    &[
                        "Would you have 20 minutes for a coffee or a call in the next few \
                       weeks? I would like to hear how you learned it, and what you would do \
                       in my place.",
                    ],
                    &["I would be glad to give something back: {offer}."],
                    &["If now is not a good time, that is fine."],
                    &["Thank you,"],
                ],
            ),
            MessageKind::FollowUp => (
                &["Following up on my note"],
                &[
                    &["Hello {name},", "Hello,"],
                    &[
                        "I wrote a little while ago to ask for a short chat about \
                         \u{201c}{skill}\u{201d}.",
                        "I wrote a little while ago to ask for a short chat.",
                    ],
                    &[
                        "I know you are busy, so I am trying once more. Would 20 minutes in the \
                       next few weeks work? A call is fine too.",
                    ],
                    &["If it is not a good time, I understand."],
                    &["All the best,"],
                ],
            ),
            MessageKind::ThankYou => (
                &["Thank you"],
                &[
                    &["Hello {name},", "Hello,"],
                    &[
                        "Thank you for your time and your advice on \u{201c}{skill}\u{201d}.",
                        "Thank you for your time and your advice.",
                    ],
                    &[
                        "Since we spoke, I tried this: {tried}.",
                        "I have started to put it into practice, and I will tell you how it \
                         goes.",
                    ],
                    &["If I can help in return, I would be glad to: {offer}."],
                    &["Thank you again,"],
                ],
            ),
        }
    }

    /// What to bring to a meeting with this mentor.
    pub const BEFORE_YOU_MEET: &[&[&str]] = &[
        &["What they help you with: {skills}."],
        &[
            "A question to ask: what helped you most when you were learning \
           \u{201c}{skill}\u{201d}?",
        ],
        &["A question to ask: what would you do in my place?"],
        &[
            "Your update: how your next step went ({next_step}).",
            "Your update: what you have done since you last spoke.",
        ],
        &[
            "Your offer: {offer}.",
            "Your offer: one thing you can give back (see the \u{201c}Value you add\u{201d} step).",
        ],
    ];
}

pub mod value {
    pub const IDEAS_HEADING: &str = "Ideas for giving back";
    pub const IDEAS: [&str; 5] = [
        "Help with their community or volunteer work, such as running a social media \
         campaign for a cause they lead.",
        "Share a skill of yours they lack: a spreadsheet model, a website fix, a \
         translation.",
        "Send them articles, events or people they would find useful.",
        "Give them a fresh view of their industry or their customers, from where you stand.",
        "Thank them in public: a recommendation, or credit in front of their peers.",
    ];
    pub const NO_MENTORS: &str = "Add mentors first; then come back to note what you can \
        offer each one.";

    pub fn offer_label(name: &str) -> String {
        format!("What you offer {name}")
    }

    pub const OFFER_HINT: &str = "A skill, a favour, time for their cause, an introduction.";
}

pub mod plan_view {
    pub const GRID_HEADING: &str = "Needs and mentors";
    pub const GRID_CAPTION: &str = "Each row is a skill you need; each column is a mentor. \
        A filled mark means that mentor helps with that skill.";
    pub const GRID_SCROLL_LABEL: &str = "Skills against mentors (scrolls sideways)";
    pub const COMPETENCY_COLUMN: &str = "Skill";
    pub const MENTOR_COUNT_COLUMN: &str = "Mentors";
    pub const ANSWERS: &str = "Helps";
    pub const EMPTY_GRID: &str = "Add skills and mentors to see the picture.";
    pub const FINDINGS_HEADING: &str = "What your plan shows";
    pub const NO_FINDINGS: &str = "Every skill has a mentor, no one carries too much, you \
        give something back to each mentor, and your team covers your situation, quick \
        answers online and soft skills. Keep it going.";
    pub const SUMMARY_HEADING: &str = "Summary";
    pub const GOALS: &str = "Goals";
    pub const TARGET_ROLE: &str = "Target role";
    pub const SITUATION: &str = "Situation";
    pub const NOT_WRITTEN: &str = "Not written yet.";
    pub const TEAM_HEADING: &str = "Your team";
    pub const ROLE: &str = "Role";
    pub const OFFERS: &str = "You offer";
    pub const NEXT_STEP: &str = "Next step";
    pub const MEETS: &str = "Meets";
    pub const REACH: &str = "Reach";
    pub const PRINT: &str = "Print or save as PDF";
    pub const SHARE_LINK: &str = "Share this plan";
    pub const PRIORITY_SUFFIX: &str = "priority";
}

/// The team map on the plan view.
pub mod team_map {
    pub const HEADING: &str = "Team map";
    pub const LABEL: &str = "Map of you and your mentors";
    pub const INTRO: &str = "You are in the middle. The numbered dots are your skills, \
        listed under the map; a line joins each mentor to the skills they help with. An \
        empty dot is a skill no one helps with yet: a seat to fill.";
    pub const YOU: &str = "You";
    pub const EMPTY_SEAT: &str = "empty seat, no one yet";

    pub fn mentor(name: &str, role: &str, status: &str) -> String {
        format!("{name}: {role}, {status}")
    }

    pub fn open_mentor(name: &str, role: &str, status: &str) -> String {
        format!("{name}: {role}, {status}. Open in Mentors.")
    }
}

/// The meeting rhythm on the plan view.
pub mod rhythm {
    pub const HEADING: &str = "Your next 12 weeks";
    pub const INTRO: &str = "When you will meet each active mentor, based on how often you \
        meet, counting from today.";
    pub const SCROLL_LABEL: &str = "Meetings in the next 12 weeks (scrolls sideways)";
    pub const CAPTION: &str = "Each column is a week, starting on the date shown.";
    pub const MENTOR: &str = "Mentor";
    /// A week with a meeting, for screen readers (the screen shows a mark).
    pub const MEET: &str = "Meet";
    pub const MONTHS: [&str; 12] = [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];
}

/// Words in goals or a target role that mean a move into leadership (compared in lower
/// case, as parts of words: "lead" finds "team lead" and "leadership").
pub const LEADERSHIP_WORDS: [&str; 8] = [
    "lead",
    "manag",
    "director",
    "supervis",
    "head of",
    "chief",
    "executive",
    "vice-president",
];

/// Findings in plain words, each with the name of the step that fixes it.
pub mod findings {
    pub fn gap(competency: &str, priority: &str) -> String {
        format!(
            "No mentor helps with \u{201c}{competency}\u{201d} yet ({priority} priority). \
             Find someone who is good at it."
        )
    }

    pub fn not_yet_asked(competency: &str) -> String {
        format!(
            "Only mentors you have not asked yet help with \u{201c}{competency}\u{201d} (high \
             priority). Ask one of them soon."
        )
    }

    pub const NO_ONE_ASKED: &str = "You have not asked anyone yet. Ask one person this \
        week: a short message and a 20-minute chat is enough to start.";

    pub fn over_reliance(mentor: &str, answered: usize, total: usize) -> String {
        format!(
            "{mentor} helps with {answered} of your {total} skills. Keep them, and add a \
             second voice for one or two of these, so your plan does not rest on one person."
        )
    }

    pub fn no_next_step(mentor: &str) -> String {
        format!(
            "You meet {mentor}, but there is no next step yet. Write one small thing to do \
             before you meet again."
        )
    }

    pub fn nothing_offered(mentor: &str) -> String {
        format!(
            "You have not noted anything you offer {mentor} in return. Good mentoring goes \
             both ways."
        )
    }

    pub const NO_SHARED_SITUATION: &str = "No mentor shares your situation. Someone who \
        has faced the same things can help you far more than someone who only knows your \
        field.";
    pub const NO_ONLINE_MENTOR: &str = "No mentor can be reached online for a quick \
        answer, such as a cover letter due tonight or an interview question tomorrow.";
    pub const NO_SOFT_SKILL_MENTOR: &str = "No mentor helps you with soft skills. People \
        learn these from people, not from courses.";
    pub const NO_SPONSOR: &str = "Your goals point to a leadership role, and no one on your \
        team is a sponsor. A sponsor speaks up for you when promotions are decided.";

    pub fn fix_link(step_name: &str) -> String {
        format!("Go to {step_name}")
    }

    pub const SET_ASIDE: &str = "This does not apply to me";

    pub fn set_aside(count: usize) -> String {
        match count {
            1 => "You said 1 piece of advice does not apply to you.".to_owned(),
            n => format!("You said {n} pieces of advice do not apply to you."),
        }
    }

    pub const SHOW_AGAIN: &str = "Show all advice again";
}

/// Several plans in one browser.
pub mod plans {
    pub const DEFAULT_NAME: &str = "My plan";
    pub const NEW_NAME: &str = "New plan";
    pub const SHARED_NAME: &str = "Shared plan";
    pub const HEADING: &str = "Your plans";
    pub const INTRO: &str = "Keep several plans in this browser: one for each direction \
        you are weighing, or a copy to try changes on. They stay on this device only.";
    pub const NAV_LINK: &str = "Your plans";
    pub const NAV_LABEL: &str = "Plans and sharing";
    pub const CURRENT_PLAN: &str = "Plan:";
    pub const CURRENT: &str = "Open now";
    pub const OPEN: &str = "Open";
    pub const CONTINUE: &str = "Continue";
    pub const DUPLICATE: &str = "Duplicate";
    pub const DELETE: &str = "Delete";
    pub const RENAME_LABEL: &str = "Plan name";
    pub const NAME_REQUIRED: &str = "Give the plan a name.";
    pub const ADD_HEADING: &str = "Start another plan";
    pub const ADD_LABEL: &str = "Name of the new plan";
    pub const ADD_HINT: &str = "For example: \u{201c}Move into accounting\u{201d} or \
        \u{201c}Stay and lead\u{201d}.";
    pub const ADD: &str = "Create plan";

    pub const BACKUPS_HEADING: &str = "Copies of plans that could not be opened as stored";
    pub const BACKUPS_INTRO: &str = "When the plans stored in this browser could not be used \
        as they were, the app kept the original text here, untouched. Restore the plans from \
        a copy this version can read, download the text to keep it, or delete the copy.";
    pub const BACKUP_UNREADABLE: &str = "This version of the app cannot read this copy: it is \
        damaged, or it was saved by a newer version. Download it to keep it.";
    pub const RESTORE: &str = "Restore its plans";
    pub const DOWNLOAD_BACKUP: &str = "Download the text";
    pub const DELETE_BACKUP: &str = "Delete this copy";
    pub const BACKUP_DELETED: &str = "The copy was deleted.";
    pub const BACKUP_NOT_DELETED: &str = "The copy could not be deleted: this browser refused \
        to change its storage.";

    /// "Copy 1, made 2026-11-28 at 14:05 UTC, 12.3 KB" from a stamp `20261128T140500Z`.
    pub fn backup_label(number: usize, made: Option<&str>, bytes: usize) -> String {
        let size = format!("{}.{} KB", bytes / 1024, bytes % 1024 * 10 / 1024);
        let made = made
            .filter(|stamp| stamp.len() == 16 && stamp.is_ascii())
            .map(|s| {
                format!(
                    ", made {}-{}-{} at {}:{} UTC",
                    &s[0..4],
                    &s[4..6],
                    &s[6..8],
                    &s[9..11],
                    &s[11..13]
                )
            });
        format!("Copy {number}{}, {size}", made.unwrap_or_default())
    }

    pub fn restored(count: usize) -> String {
        match count {
            1 => "Restored 1 plan from the copy, as a new plan.".to_owned(),
            n => format!("Restored {n} plans from the copy, as new plans."),
        }
    }

    pub fn copy_of(name: &str) -> String {
        format!("Copy of {name}")
    }

    pub fn summary(competencies: usize, mentors: usize) -> String {
        let competencies = match competencies {
            1 => "1 skill".to_owned(),
            n => format!("{n} skills"),
        };
        let mentors = match mentors {
            1 => "1 mentor".to_owned(),
            n => format!("{n} mentors"),
        };
        format!("{competencies}, {mentors}")
    }

    pub const LOADING: &str = "Loading the workshop\u{2019}s examples and guide\u{2026}";
    pub const LOAD_FAILED: &str = "The example plans and the guide could not be loaded. \
        Check this device\u{2019}s connection, then try again.";
    pub const TRY_AGAIN: &str = "Try again";

    pub fn opened(name: &str) -> String {
        format!("Opened \u{201c}{name}\u{201d}.")
    }

    pub fn created(name: &str) -> String {
        format!("Created \u{201c}{name}\u{201d}.")
    }
}

/// Notes the person can keep out of shared links.
pub mod privacy {
    pub const PRIVATE_REVIEW: &str = "Keep my review notes private when I share";
    pub const PRIVATE_SITUATION: &str = "Keep these notes private when I share";
    pub const PRIVATE_FACTORS: &str = "Keep my situation private when I share";
    pub const PRIVATE_FACTORS_HINT: &str = "Your situation is yours to tell. Ticked, the \
        factors above (and which of them a mentor shares) stay out of the links and files \
        you make; the plan in this browser keeps them.";
}

/// Sharing: link, QR code, files, print and calendar.
pub mod share {
    pub const NAV_LINK: &str = "Share";
    pub const HEADING: &str = "Share and save your plan";
    pub const INTRO: &str = "Send your plan to a mentor, a friend or your own phone. The \
        link carries the whole plan in its last part, which browsers never send to a \
        server, so nothing leaves your device until you choose to send it.";
    pub const LINK_HEADING: &str = "Link";
    pub const LINK_LABEL: &str = "Link to this plan";
    pub const LEAVE_OUT_PRIVATE: &str = "Leave out what I marked private";
    pub const NO_PRIVATE_NOTES: &str = "You have no notes marked private; the whole plan \
        is in the link.";
    pub const COPY: &str = "Copy link";
    pub const COPIED: &str = "Link copied. Paste it into a message or an email.";
    pub const COPY_FAILED: &str = "This browser did not let us copy. Select the link above \
        and copy it yourself.";
    pub const SHARE: &str = "Share…";
    pub const METER_LABEL: &str = "Link length";
    pub const QR_HEADING: &str = "QR code";
    pub const QR_INTRO: &str = "Scan it with a phone camera to open this plan there.";
    pub const QR_ALT: &str = "QR code of the link to this plan";
    pub const QR_FULL_SCREEN: &str = "Show QR code full screen";
    pub const QR_CLOSE: &str = "Close";
    pub const QR_TOO_LONG: &str = "This link is too long for a QR code. Download the plan \
        as a file instead and send the file.";
    pub const FILES_HEADING: &str = "Files";
    pub const DOWNLOAD: &str = "Download plan file (JSON)";
    pub const FULL_BACKUP: &str = "Include what I marked private (a full backup for myself)";
    pub const FILE_LEAVES_OUT_PRIVATE: &str = "The file leaves out what you marked private, \
        unless you tick the box above.";
    pub const OPEN_FILE_LABEL: &str = "Open a plan file";
    pub const OPEN_FILE_HINT: &str = "A file downloaded from Multi-Mentor Plan. It opens as \
        a new plan; none of your plans change.";
    pub const PRINT_HEADING: &str = "Print";
    pub const PRINT_INTRO: &str = "Print the plan view, or save it as a PDF from the print \
        dialogue.";
    pub const GO_TO_PLAN: &str = "Open the plan view to print";
    pub const CALENDAR_HEADING: &str = "Calendar reminders";
    pub const CALENDAR_INTRO: &str = "Download a repeating event for each mentor with a next \
        step and a set rhythm. Your calendar app will remind you; no server is involved.";
    pub const CALENDAR_NONE: &str = "No mentor has both a next step and a set rhythm yet. Add \
        them in the mentors step.";

    /// "1,304 characters": digits grouped by threes with commas.
    pub fn length(characters: usize) -> String {
        format!("{} characters", super::grouped(characters))
    }

    pub const FITS: &str = "Short enough for chat messages and a QR code.";
    pub const LONG_FOR_CHAT: &str = "Longer than some chat apps allow (2,000 characters). \
        Email, or the file, will work.";

    pub fn calendar_button(name: &str) -> String {
        format!("Reminders for {name} (.ics)")
    }

    pub fn reminder_summary(mentor: &str) -> String {
        format!("Mentor: {mentor}")
    }

    pub fn reminder_description(next_step: &str) -> String {
        format!("Next step: {next_step}")
    }

    pub fn reminder_alarm(mentor: &str) -> String {
        format!("Time for your next step with {mentor}")
    }

    pub fn imported(name: &str) -> String {
        format!("Opened the file as a new plan, \u{201c}{name}\u{201d}.")
    }
}

/// What was left out of a plan that came in over the app's limits (`domain::limits`).
pub mod limits {
    use crate::domain::limits::{MAX_PLANS, Trimmed};

    /// "1 item" or "15,000 items".
    fn count(n: usize, one: &str, many: &str) -> String {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{} {many}", super::grouped(n))
        }
    }

    /// One sentence that says what was trimmed, or nothing when nothing was.
    pub fn trimmed(trimmed: &Trimmed) -> Option<String> {
        let mut parts = Vec::new();
        if trimmed.plans > 0 {
            let over = format!("plans over the limit of {MAX_PLANS}");
            let one = format!("plan over the limit of {MAX_PLANS}");
            parts.push(format!("{} left out", count(trimmed.plans, &one, &over)));
        }
        if trimmed.items > 0 {
            let items = count(trimmed.items, "item", "items");
            parts.push(format!(
                "{items} left out (a list was too long, or an item was damaged)"
            ));
        }
        if trimmed.texts > 0 {
            let texts = count(trimmed.texts, "text", "texts");
            parts.push(format!(
                "{texts} shortened or cleared of hidden direction marks"
            ));
        }
        if trimmed.links > 0 {
            let links = count(trimmed.links, "link", "links");
            parts.push(format!("{links} to missing or repeated items removed"));
        }
        // Joined as `&str`s, as elsewhere: the wasm then holds one copy of `join`.
        (!parts.is_empty()).then(|| {
            format!(
                "Part of it was over this app\u{2019}s limits, so it was trimmed: {}.",
                parts
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })
    }
}

/// Why a plan file could not be opened.
pub mod file_errors {
    pub const TOO_BIG: &str = "That file is far too large to be a plan file. Nothing was \
        changed.";
    pub const NOT_JSON: &str = "That file is not a plan file (it is not JSON). Choose a file \
        downloaded from Multi-Mentor Plan. Nothing was changed.";
    pub const NOT_A_PLAN_FILE: &str = "That JSON file was not made by Multi-Mentor Plan. \
        Nothing was changed.";
    pub const NEWER: &str = "That plan file was made by a newer version of this app. Reload \
        the page to get the newest version, then try again. Nothing was changed.";
    pub const DAMAGED: &str = "That plan file is damaged and cannot be opened. Nothing was \
        changed.";
    pub const UNREADABLE: &str = "The browser could not read that file. Nothing was changed.";
}

/// A plan someone shared, opened from a link.
pub mod shared {

    /// The heading before the plan's name, which is shown isolated (`<bdi>`) after it.
    pub const HEADING_NAMED: &str = "Shared plan:";
    pub const HEADING_UNNAMED: &str = "A plan someone shared";

    pub const EXPLAIN: &str = "Someone shared this plan with you. You are reading it; nothing \
        in your own plans has changed. Save it to keep a copy you can edit.";
    pub const SAVE: &str = "Save as a new plan of mine";
    pub const CLOSE: &str = "Close";
    pub const SAVED: &str = "Saved as a new plan. You are now editing your copy.";
    pub const LINK_ERROR_HEADING: &str = "This link could not be opened";
    pub const LINK_ERROR_END: &str = "Your own plans are unchanged.";
    pub const NOT_A_LINK: &str = "It is not a Multi-Mentor Plan link.";
    pub const TOO_LONG: &str = "It is far longer than any plan link.";
    pub const NOT_BASE64: &str = "It contains characters a plan link never has; it may have \
        been changed or cut when it was copied.";
    pub const DAMAGED: &str = "It is damaged or incomplete; it may have been cut short when \
        it was copied.";
    pub const TOO_BIG: &str = "It would unpack to far more than any plan, so we did not open it.";
    pub const NOT_A_PLAN: &str = "It unpacks, but not to a plan; it may have been edited by hand.";
    pub const OLD_BROWSER: &str = "This browser is too old to unpack plan links. Open the link \
        in an up-to-date browser.";

    pub fn unknown_version(version: &str) -> String {
        format!(
            "It was made by a newer version of this app (link format {version}). Reload the \
             page to get the newest version, then open the link again."
        )
    }
}

/// What the save indicator says; announced politely to screen readers.
pub mod save_status {
    pub const SAVED: &str = "All changes saved in this browser.";
    pub const NOT_SAVED_YET: &str = "Your plan is saved in this browser as you type.";
    pub const PAUSED: &str = "Saving is paused so that the plan already stored in this \
        browser is not overwritten. Your changes stay on this page until you close it.";
    pub const STORAGE_FULL: &str = "Could not save: this browser's storage is full. \
        Your changes stay on this page until you close it. Free some space, then keep \
        typing to try again.";
    pub const STORAGE_BLOCKED: &str = "Could not save: this browser does not let the app \
        store data (private browsing can do this). Your changes stay on this page until \
        you close it.";
    pub const FAILED: &str = "Could not save because of an unexpected storage error. \
        Your changes stay on this page until you close it.";
    pub const NEWER_VERSION: &str = "Saving is paused: a newer version of this app saved \
        your plans in another tab, and saving here would overwrite them. Reload this page to \
        get the newer version. Changes made here since then are not saved.";
}

/// A new version of the app, downloaded in the background, waiting for a reload.
pub mod update {
    pub const READY: &str = "A new version of Multi-Mentor Plan is ready. Your plan is kept \
        when you reload.";
    pub const RELOAD: &str = "Reload to update";
}

/// What the person sees if the app ever stops on an error of ours (a panic).
pub mod crash {
    pub const HEADING: &str = "Something went wrong, and the app stopped";
    pub const TEXT: &str = "Your plan is safe: everything saved in this browser is still \
        there. Reload the page to go on; the last few seconds of typing may be missing.";
    pub const RELOAD: &str = "Reload the page";
}

/// Notices shown once on start-up when the stored plan could not be used as it was.
pub mod load_notice {
    use crate::domain::limits::Trimmed;

    pub const HEADING: &str = "We could not open your saved plan";
    pub const TRIMMED_HEADING: &str = "Your saved plans were trimmed";
    pub const DISMISS: &str = "Dismiss";

    pub fn unreadable(backup_key: &str) -> String {
        format!(
            "The plan stored in this browser is damaged, so we started a fresh one. \
             Nothing was deleted: the original text is kept in this browser's storage \
             under the name \"{backup_key}\"."
        )
    }

    pub fn newer_schema(found: u32, backup_key: &str) -> String {
        format!(
            "The plan stored in this browser was saved by a newer version of this app \
             (format {found}), so we started a fresh one. Nothing was deleted: the \
             original is kept in this browser's storage under the name \"{backup_key}\". \
             Reload the page to get the newest version."
        )
    }

    pub const BACKUP_FAILED: &str = "The plan stored in this browser could not be read, \
        and there was no room to keep a copy of it. To make sure nothing is lost, we will \
        not save over it: changes you make now last only until you close this page.";

    pub fn trimmed(trimmed: &Trimmed, backup_key: &str) -> String {
        let detail = super::limits::trimmed(trimmed).unwrap_or_default();
        format!(
            "Your plans are open, but not all of them as stored. {detail} Nothing was \
             deleted: the original text is kept in this browser's storage under the name \
             \"{backup_key}\"."
        )
    }

    pub const STORAGE_UNAVAILABLE: &str = "This browser does not let the app read its \
        storage (private browsing can do this). You can still use the app, but your plan \
        will last only until you close this page.";
}

pub mod footer {
    pub const TEXT: &str = "Multi-Mentor Plan runs entirely in your browser. \
        Your plan is stored on this device only.";
    pub const WORKSHOP_LINK: &str = "Running a workshop? Workshop mode";
    pub const STORAGE_KEPT: &str = "This browser has agreed to keep your plans until you \
        delete them.";
    pub const STORAGE_NOT_KEPT: &str = "This browser may clear stored data when space runs \
        short or after weeks without a visit. To keep a copy, download your plan file from \
        Share.";
}

pub mod workshop {
    pub const BANNER: &str = "Workshop mode: you are working on demo plans. Your own plans \
        are kept apart and nothing here changes them.";
    pub const BANNER_LABEL: &str = "Workshop mode is on";
    pub const WORKSHOP_LINK: &str = "Workshop";
    pub const LEAVE: &str = "Leave workshop mode";

    pub const HEADING: &str = "Workshop mode";
    pub const INTRO_OFF: &str = "For facilitators who show Multi-Mentor Plan to a room. In \
        workshop mode, the example plans open as demo copies, kept apart from the plans in \
        this browser. The presenter view shows them in large type, and one button hands the \
        app to everyone in the room.";
    pub const SWITCH_ON: &str = "Switch on workshop mode";
    pub const ON: &str = "Workshop mode is on. The plans you open and edit now are demo \
        copies; your own plans are kept apart, unchanged.";

    pub const EXAMPLES_HEADING: &str = "Example plans";
    pub const EXAMPLES_INTRO: &str = "Four people from the stock-take, with complete plans. \
        Each one shows different findings in the plan view.";
    pub const SHOWS: &str = "The plan view shows:";
    pub const OPEN_EXAMPLE: &str = "Open a demo copy";

    pub const LOADING: &str = "Loading the workshop\u{2019}s examples and guide\u{2026}";
    pub const LOAD_FAILED: &str = "The example plans and the guide could not be loaded. \
        Check this device\u{2019}s connection, then try again.";
    pub const TRY_AGAIN: &str = "Try again";

    pub fn opened(name: &str) -> String {
        format!("Opened a demo copy: \u{201c}{name}\u{201d}.")
    }

    pub const CURRENT_HEADING: &str = "The demo plan";
    pub const CURRENT: &str = "Open now:";
    pub const NO_DEMO: &str = "No example is open yet. Open one of the example plans, or \
        start from a blank plan in the stock-take.";
    pub const PRESENT: &str = "Present it";
    pub const EDIT: &str = "Edit it in the stock-take";
    pub const ROOM: &str = "Hand it to the room";
    pub const GUIDE_LINK: &str = "Read the facilitator\u{2019}s guide";

    pub const RESET_HEADING: &str = "After the workshop";
    pub const RESET_INTRO: &str = "Reset the demo to clear every demo plan. Only demo plans \
        are cleared; the plans people keep in this browser are not touched.";
    pub const RESET: &str = "Reset demo";
    pub const RESET_DONE: &str = "The demo is reset: every demo plan is cleared.";
    pub const RESET_FAILED: &str = "The demo could not be reset: this browser refused to \
        change its storage.";
    pub const SWITCH_FAILED: &str = "Workshop mode could not be changed: this browser \
        refused to change its storage.";

    pub const BACK_TO_WORKSHOP: &str = "Back to workshop mode";
}

pub mod presenter {
    pub const LABEL: &str = "Presenter view";
    pub const OFF_HEADING: &str = "Workshop mode is off";
    pub const OFF_TEXT: &str = "The presenter view shows workshop mode\u{2019}s demo plans, \
        never your own. Switch workshop mode on, then present.";
    pub const OFF_LINK: &str = "Go to workshop mode";
    pub const EXIT: &str = "Exit presenter view";
    pub const BACK: &str = "Back";
    pub const NEXT: &str = "Next";
    pub const KEYS_HINT: &str = "Arrow keys, Page Up and Page Down move between slides.";

    pub fn counter(slide: usize, total: usize) -> String {
        format!("{slide} of {total}")
    }

    pub fn question_number(number: usize) -> String {
        format!("Question {number}")
    }

    /// The four stock-take questions, with what to talk about for each.
    pub const QUESTIONS: [(&str, &str); 4] = [
        (
            "Which skills will take you where you want to go?",
            "Start from your goals and your last performance review. List the skills your \
             next move needs, where you stand now, and which matter most.",
        ),
        (
            "How do your lifestyle and situation shape the strategy?",
            "Someone in your field is not enough. A mentor who has lived your circumstances \
             knows the hurdles, and someone you can reach quickly helps when it counts.",
        ),
        (
            "Which soft skills pay off in your industry?",
            "Communication, visibility and personal branding rarely come naturally. Find \
             people you respect who succeeded through them, and learn from them.",
        ),
        (
            "What value can you add to each relationship?",
            "Every mentor relationship should go both ways. Note what you bring to each \
             mentor: a skill, your time, help with their community work.",
        ),
    ];

    pub const IN_THIS_PLAN: &str = "In this demo plan";
    pub const NOTHING_YET: &str = "Nothing written yet.";
    pub const GOALS: &str = "Goals:";
    pub const TARGET_ROLE: &str = "Target role:";
    pub const INDUSTRY: &str = "Industry:";
    pub const PEOPLE_RESPECTED: &str = "People they respect:";
    pub const NOTHING_OFFERED: &str = "nothing noted yet";
    pub const PLAN_HEADING: &str = "The plan";

    pub fn competency_line(name: &str, now: &str, target: &str, priority: &str) -> String {
        format!("{name}: {now} \u{2192} {target}, {priority} priority")
    }

    pub fn offer_line(mentor: &str, offer: &str) -> String {
        format!("To {mentor}: {offer}")
    }
}

pub mod room {
    pub const HEADING: &str = "Open Multi-Mentor Plan on your phone";
    pub const SCAN: &str = "Scan the code, or type the address:";
    pub const PLAN_HEADING: &str = "Open the demo plan on your phone";
    pub const PLAN_SCAN: &str = "Scan the code to read the demo plan. The app itself is at:";
    pub const SHOW_PLAN: &str = "Show the demo plan\u{2019}s link instead";
    pub const QR_LABEL: &str = "QR code of the address shown below";
    pub const TOO_LONG: &str = "The demo plan\u{2019}s link is too long for a QR code. \
        Show the app\u{2019}s address instead, and share the plan as a file.";
    pub const EXIT: &str = "Back to workshop mode";
    pub const OFFLINE: &str = "This device is offline. Everyone in the room needs a network \
        connection to open the app the first time; after that it works offline too.";
}
