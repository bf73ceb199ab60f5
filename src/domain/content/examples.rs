//! The example plans for workshops: the brief's four people, written by us. Part of the
//! content catalogue.
//!
//! Each example is built so the plan view shows a different set of findings, which lets a
//! facilitator explain one idea at a time.

use crate::domain::plan::{
    Cadence, Competency, Contact, Factor, Id, Industry, Level, Mentor, MentorRole, OwnFactor, Plan,
    Priority, Privacy, Reach, Reason, Situation, SituationRef, Status,
};

/// One example plan: a short name for lists, one line about the person's story, and the plan.
pub struct Example {
    /// Stable identifier, used in tests and URLs: "it-to-accounting", "new-team-lead", "returning-parent", "newcomer".
    pub key: &'static str,
    /// The plan's name once opened, e.g. "Example: Priya, IT analyst to accounting".
    pub name: &'static str,
    /// One or two sentences about the person, for the list of examples.
    pub story: &'static str,
    /// What the plan view will show about this plan, in a few words, for the facilitator ("A high-priority gap, and no one to ask online").
    pub shows: &'static str,
    /// Builds the plan.
    pub plan: fn() -> Plan,
}

/// Every example, in the brief's order.
pub const ALL: [Example; 4] = [
    Example {
        key: "it-to-accounting",
        name: "Example: Priya, IT analyst to accounting",
        story: "Priya has spent six years as a systems analyst looking after a company's \
            finance software. She wants to move into the accounting team itself.",
        shows: "A high-priority gap, and no one to ask online",
        plan: it_to_accounting,
    },
    Example {
        key: "new-team-lead",
        name: "Example: Jonah, new team lead",
        story: "Jonah was promoted to lead the front desk team at a Halifax hotel. He still \
            does most of the work himself and needs to learn to hand it off.",
        shows: "One mentor carrying most of the skills, and no sponsor",
        plan: new_team_lead,
    },
    Example {
        key: "returning-parent",
        name: "Example: Leah, returning to paid work",
        story: "Leah left her communications job to stay home with her two children. Now \
            that the youngest has started kindergarten, she is going back part-time.",
        shows: "A mentor she gives nothing back to, and one who shares her situation",
        plan: returning_parent,
    },
    Example {
        key: "newcomer",
        name: "Example: Tunde, newcomer to Canada",
        story: "Tunde was a civil engineer in Lagos for nine years. He arrived in Winnipeg \
            last spring and is working evenings in a warehouse while he requalifies.",
        shows: "No mentor who shares his situation",
        plan: newcomer,
    },
];

fn competency(
    id: u32,
    name: &str,
    reason: Reason,
    now: u8,
    target: u8,
    priority: Priority,
) -> Competency {
    Competency {
        id: Id(id),
        name: name.into(),
        reason,
        now: Level::new(now),
        target: Level::new(target),
        priority,
        soft_skill: false,
    }
}

/// A soft skill the person wants as a goal of their own.
fn soft_skill(id: u32, name: &str, now: u8, target: u8, priority: Priority) -> Competency {
    Competency {
        soft_skill: true,
        ..competency(id, name, Reason::Goal, now, target, priority)
    }
}

fn ids(list: &[u32]) -> Vec<Id> {
    list.iter().copied().map(Id).collect()
}

fn it_to_accounting() -> Plan {
    let (fundamentals, close, standards, story, presenting, visible) = (1, 2, 3, 4, 5, 6);
    let (marc, grace, anita) = (7, 8, 9);
    let (tom, anita_contact) = (10, 11);
    Plan {
        goals: "Move from IT into the accounting team within two years, and start the CPA \
            program once I have the prerequisite courses."
            .into(),
        target_role: "Staff accountant".into(),
        review_notes: "Praised for fixing the month-end reporting bugs quickly. My manager \
            wants me to explain problems to the finance managers in their terms, not in \
            system terms, and to speak up more in meetings."
            .into(),
        situation: Situation {
            factors: vec![Factor::ChangingCareers],
            own_factors: vec![],
            notes: "Taking an evening course in financial accounting at the community \
                college, two nights a week until April."
                .into(),
        },
        industry: Some(Industry::FinanceAndAccounting),
        competencies: vec![
            competency(
                fundamentals,
                "Accounting fundamentals",
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                close,
                "Month-end close and reconciliations",
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                standards,
                "Canadian accounting standards (ASPE and IFRS)",
                Reason::Transition,
                1,
                3,
                Priority::High,
            ),
            competency(
                story,
                "Telling my IT experience as a finance story",
                Reason::Goal,
                2,
                4,
                Priority::Medium,
            ),
            Competency {
                soft_skill: true,
                ..competency(
                    presenting,
                    "Presenting numbers to executives",
                    Reason::PerformanceReview,
                    2,
                    4,
                    Priority::Medium,
                )
            },
            soft_skill(
                visible,
                "Being visible in my organization",
                2,
                3,
                Priority::Low,
            ),
        ],
        contacts: vec![
            Contact {
                id: Id(tom),
                name: "Tom".into(),
                strengths: ids(&[presenting]),
                mentor: None,
            },
            Contact {
                id: Id(anita_contact),
                name: "Anita".into(),
                strengths: ids(&[visible]),
                mentor: Some(Id(anita)),
            },
        ],
        mentors: vec![
            Mentor {
                id: Id(marc),
                name: "Marc".into(),
                how_known: "The controller; we worked together on the new reporting system".into(),
                role: MentorRole::Expert,
                competencies: ids(&[fundamentals, close]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Active,
                next_step: "Ask to sit in on the March month-end close".into(),
                cadence: Cadence::Monthly,
                offer: "Build him a reconciliation report that saves his team a day each \
                    month"
                    .into(),
            },
            Mentor {
                id: Id(grace),
                name: "Grace".into(),
                how_known: "Senior financial analyst who moved over from the database team \
                    six years ago"
                    .into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[story, presenting]),
                shared: vec![SituationRef::Listed(Factor::ChangingCareers)],
                reach: Reach::InPerson,
                status: Status::Asked,
                next_step: "Coffee on Thursday: ask how she explained her move in interviews"
                    .into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: "Help her automate the quarterly forecast workbook".into(),
            },
            Mentor {
                id: Id(anita),
                name: "Anita".into(),
                how_known: "Director in my department; chairs the staff volunteer committee".into(),
                role: MentorRole::Sponsor,
                competencies: ids(&[visible]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: "Offer to help with the committee's fall food drive".into(),
                cadence: Cadence::Quarterly,
                offer: "Set up the sign-up form and tracking sheet for the food drive".into(),
            },
        ],
        next_id: 12,
        private: Privacy::default(),
        set_aside: vec![],
    }
}

fn new_team_lead() -> Plan {
    let (delegating, feedback, one_on_ones, scheduling, conflict) = (1, 2, 3, 4, 5);
    let former_peers = 6;
    let (colette, ravi, denise) = (7, 8, 9);
    let denise_contact = 10;
    Plan {
        goals: "Run a front desk team that works well when I am not there, and be ready \
            for an assistant front office manager role in two years."
            .into(),
        target_role: "Assistant front office manager".into(),
        review_notes: "My last review, just before the promotion: guests and staff like me, \
            but I take on too much myself and stay late to finish it. As a lead I need to \
            delegate, and to give feedback sooner instead of fixing things quietly."
            .into(),
        situation: Situation {
            factors: vec![Factor::FirstLeadershipRole],
            own_factors: vec![OwnFactor {
                id: Id(former_peers),
                name: "Leading people who were my peers a month ago".into(),
            }],
            notes: "Two of the team applied for the same job. Shifts rotate, so I see some \
                people only once a week."
                .into(),
        },
        industry: Some(Industry::RetailAndHospitality),
        competencies: vec![
            competency(
                delegating,
                "Delegating work",
                Reason::PerformanceReview,
                1,
                4,
                Priority::High,
            ),
            competency(
                feedback,
                "Giving feedback",
                Reason::PerformanceReview,
                2,
                4,
                Priority::High,
            ),
            competency(
                one_on_ones,
                "Running effective one-on-ones",
                Reason::Goal,
                1,
                3,
                Priority::Medium,
            ),
            competency(
                scheduling,
                "Scheduling shifts within the labour budget",
                Reason::Goal,
                2,
                4,
                Priority::Medium,
            ),
            soft_skill(
                conflict,
                "Handling conflict on the floor",
                3,
                4,
                Priority::Low,
            ),
        ],
        contacts: vec![Contact {
            id: Id(denise_contact),
            name: "Denise".into(),
            strengths: ids(&[conflict]),
            mentor: Some(Id(denise)),
        }],
        mentors: vec![
            Mentor {
                id: Id(colette),
                name: "Colette".into(),
                how_known: "My manager; she promoted me".into(),
                role: MentorRole::Coach,
                competencies: ids(&[delegating, feedback, one_on_ones, scheduling]),
                shared: vec![],
                reach: Reach::Both,
                status: Status::Active,
                next_step: "Bring a list of tasks I could hand off to our next check-in".into(),
                cadence: Cadence::Weekly,
                offer: "Cover the Sunday manager-on-duty shift when she is away".into(),
            },
            Mentor {
                id: Id(ravi),
                name: "Ravi".into(),
                how_known: "Team lead at our sister hotel; we met at the company's leadership \
                    day"
                .into(),
                role: MentorRole::Peer,
                competencies: ids(&[delegating]),
                shared: vec![
                    SituationRef::Listed(Factor::FirstLeadershipRole),
                    SituationRef::Own(Id(former_peers)),
                ],
                reach: Reach::Online,
                status: Status::Asked,
                next_step: "Message him about how he split up the night audit work".into(),
                cadence: Cadence::AsNeeded,
                offer: "Share the check-in training checklist I wrote".into(),
            },
            Mentor {
                id: Id(denise),
                name: "Denise".into(),
                how_known: "Head concierge; has calmed more angry guests than anyone I know".into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[conflict]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: "Ask if I can shadow her during a busy Saturday check-in".into(),
                cadence: Cadence::Monthly,
                offer: "Teach her the new booking system's shortcuts".into(),
            },
        ],
        next_id: 11,
        private: Privacy {
            review_notes: true,
            situation_notes: false,
            situation: false,
        },
        set_aside: vec![],
    }
}

fn returning_parent() -> Plan {
    let (industry_news, tools, gap, routines, storytelling) = (1, 2, 3, 4, 5);
    let (nadia, chris, joanne) = (6, 7, 8);
    let (joanne_contact, marie) = (9, 10);
    Plan {
        goals: "Return to communications work three days a week this year, then grow back \
            into a full-time communications coordinator role once the youngest is in \
            grade one."
            .into(),
        target_role: "Communications coordinator at a non-profit".into(),
        review_notes: "My last review, seven years ago, said I wrote clear, warm copy and \
            ran events well, and that I should learn more about measuring results online."
            .into(),
        situation: Situation {
            factors: vec![
                Factor::ParentOfYoungChildren,
                Factor::ReturningToWork,
                Factor::PartTimeOrFlexible,
            ],
            own_factors: vec![],
            notes: "My partner works rotating shifts at the hospital, so I do most school \
                pick-ups. After-school care for both children costs almost what a part-time \
                job pays at first."
                .into(),
        },
        industry: Some(Industry::NonProfit),
        competencies: vec![
            competency(
                industry_news,
                "Refreshing my industry knowledge",
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                tools,
                "Current digital tools: analytics, scheduling and email campaigns",
                Reason::Transition,
                1,
                4,
                Priority::High,
            ),
            competency(
                gap,
                "Explaining a career gap with confidence",
                Reason::Situation,
                2,
                4,
                Priority::High,
            ),
            competency(
                routines,
                "Balancing work and family routines",
                Reason::Situation,
                3,
                4,
                Priority::Medium,
            ),
            soft_skill(
                storytelling,
                "Storytelling for impact",
                3,
                5,
                Priority::Medium,
            ),
        ],
        contacts: vec![
            Contact {
                id: Id(joanne_contact),
                name: "Joanne".into(),
                strengths: ids(&[storytelling]),
                mentor: Some(Id(joanne)),
            },
            Contact {
                id: Id(marie),
                name: "Marie".into(),
                strengths: ids(&[storytelling]),
                mentor: None,
            },
        ],
        mentors: vec![
            Mentor {
                id: Id(nadia),
                name: "Nadia".into(),
                how_known: "A parent at my son's school; went back to work as a \
                    communications manager after five years at home"
                    .into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[gap, routines]),
                shared: vec![
                    SituationRef::Listed(Factor::ParentOfYoungChildren),
                    SituationRef::Listed(Factor::ReturningToWork),
                ],
                reach: Reach::Both,
                status: Status::Active,
                next_step: "Practise my answer about the gap with her before Friday's \
                    interview"
                    .into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: "Proofread her agency's annual report before it goes to print".into(),
            },
            Mentor {
                id: Id(chris),
                name: "Chris".into(),
                how_known: "Former colleague, now digital lead at a health charity".into(),
                role: MentorRole::Expert,
                competencies: ids(&[industry_news, tools]),
                shared: vec![],
                reach: Reach::Online,
                status: Status::Asked,
                next_step: "Ask which two tools he would learn first if he were me".into(),
                cadence: Cadence::Monthly,
                offer: "Write the stories for his cycling club's new website".into(),
            },
            Mentor {
                id: Id(joanne),
                name: "Joanne".into(),
                how_known: "Executive director of the food bank where I volunteer".into(),
                role: MentorRole::Sponsor,
                competencies: ids(&[storytelling]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: "Ask her how she writes the food bank's donor letters".into(),
                cadence: Cadence::NotSet,
                offer: String::new(),
            },
        ],
        next_id: 11,
        private: Privacy {
            review_notes: false,
            situation_notes: true,
            situation: false,
        },
        set_aside: vec![],
    }
}

fn newcomer() -> Plan {
    let (licence, codes, culture, network, interviews) = (1, 2, 3, 4, 5);
    let evenings = 6;
    let (heather, doug, lise, kevin) = (7, 8, 9, 10);
    Plan {
        goals: "Become a licensed professional engineer in Manitoba and get back into \
            structural design within three years, starting as an engineer-in-training."
            .into(),
        target_role: "Engineer-in-training at a structural consulting firm".into(),
        review_notes: "My last review, at a consulting firm in Lagos, praised my site \
            supervision and design checks, and asked me to write shorter, clearer reports \
            for clients."
            .into(),
        situation: Situation {
            factors: vec![Factor::NewcomerToCountry],
            own_factors: vec![OwnFactor {
                id: Id(evenings),
                name: "Working evenings in a warehouse while I requalify".into(),
            }],
            notes: "I can meet people on weekday mornings or online. My wife and I arrived \
                together; she starts nursing school in September."
                .into(),
        },
        industry: Some(Industry::ProfessionalServices),
        competencies: vec![
            competency(
                licence,
                "Getting my credentials recognized",
                Reason::Transition,
                1,
                4,
                Priority::High,
            ),
            competency(
                codes,
                "National Building Code and CSA design standards",
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                culture,
                "Canadian workplace culture",
                Reason::Situation,
                2,
                4,
                Priority::Medium,
            ),
            soft_skill(
                network,
                "Building a professional network in Canada",
                1,
                3,
                Priority::Medium,
            ),
            Competency {
                soft_skill: true,
                ..competency(
                    interviews,
                    "Interviewing for Canadian employers",
                    Reason::Transition,
                    2,
                    4,
                    Priority::High,
                )
            },
        ],
        contacts: vec![],
        mentors: vec![
            Mentor {
                id: Id(heather),
                name: "Heather".into(),
                how_known: "Professional engineer I met at the engineering association's \
                    open house; she coaches a student bridge-design team"
                    .into(),
                role: MentorRole::Expert,
                competencies: ids(&[licence, codes]),
                shared: vec![],
                reach: Reach::Online,
                status: Status::Asked,
                next_step: "Email her my list of courses and ask which ones the \
                    association will accept"
                    .into(),
                cadence: Cadence::Monthly,
                offer: "Give her student team a talk on the bridges I built in Lagos".into(),
            },
            Mentor {
                id: Id(doug),
                name: "Doug".into(),
                how_known: "Retired structural engineer from my church".into(),
                role: MentorRole::Coach,
                competencies: ids(&[codes, culture]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Active,
                next_step: "Go through a set of Canadian drawings with him on Saturday".into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: "Help him set up video calls with his grandchildren in Calgary".into(),
            },
            Mentor {
                id: Id(lise),
                name: "Lise".into(),
                how_known: "Employment counsellor at the settlement agency".into(),
                role: MentorRole::Connector,
                competencies: ids(&[network, interviews]),
                shared: vec![],
                reach: Reach::Both,
                status: Status::Active,
                next_step: "Mock interview on Tuesday; ask for two introductions afterwards".into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: "Speak at the agency's next workshop for newcomer engineers".into(),
            },
            Mentor {
                id: Id(kevin),
                name: "Kevin".into(),
                how_known: "Shift supervisor at the warehouse".into(),
                role: MentorRole::Sponsor,
                competencies: ids(&[culture]),
                shared: vec![],
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: "Ask if he will be a Canadian work reference for me".into(),
                cadence: Cadence::AsNeeded,
                offer: "Redo the loading bay layout drawing he has been meaning to update".into(),
            },
        ],
        next_id: 11,
        private: Privacy::default(),
        set_aside: vec![],
    }
}
