//! The example plans for workshops: the brief's four people, written by us. Part of the
//! content catalogue.
//!
//! Each example is built so the plan view shows a different set of findings, which lets a
//! facilitator explain one idea at a time.

use crate::domain::content::Tr;
use crate::domain::plan::{
    Cadence, Competency, Contact, Factor, Goals, Id, Industry, Level, Mentor, MentorRole,
    OwnFactor, Plan, Priority, Privacy, Reach, Reason, Situation, SituationRef, Status,
};

/// One example plan: a short name for lists, one line about the person's story, and the plan.
pub struct Example {
    /// Stable identifier, used in tests and URLs: "it-to-accounting", "new-team-lead", "returning-parent", "newcomer".
    pub key: &'static str,
    /// The plan's name once opened, e.g. "Example: Priya, IT analyst to accounting".
    pub name: Tr,
    /// One or two sentences about the person, for the list of examples.
    pub story: Tr,
    /// What the plan view will show about this plan, in a few words, for the facilitator ("A high-priority gap, and no one to ask online").
    pub shows: Tr,
    /// Builds the plan.
    pub plan: fn() -> Plan,
}

/// Every example, in the brief's order.
pub const ALL: [Example; 4] = [
    Example {
        key: "it-to-accounting",
        name: tr!(
            "Example: Priya, IT analyst to accounting",
            "Exemple\u{a0}: Priya, analyste en TI qui passe à la comptabilité"
        ),
        story: tr!(
            "Priya has spent six years as a systems analyst looking after a company's \
            finance software. She wants to move into the accounting team itself.",
            "Priya est analyste de systèmes depuis six ans et s’occupe du logiciel de \
            finance d’une entreprise. Elle veut maintenant passer à l’équipe de comptabilité."
        ),
        shows: tr!(
            "A high-priority gap, and no one to ask online",
            "Une compétence de priorité élevée sans mentor, et personne à joindre en ligne"
        ),
        plan: it_to_accounting,
    },
    Example {
        key: "new-team-lead",
        name: tr!(
            "Example: Jonah, new team lead",
            "Exemple\u{a0}: Jonah, nouveau chef d’équipe"
        ),
        story: tr!(
            "Jonah was promoted to lead the front desk team at a Halifax hotel. He still \
            does most of the work himself and needs to learn to hand it off.",
            "Jonah a été promu chef de l’équipe de la réception dans un hôtel de Halifax. Il \
            fait encore presque tout lui-même et doit apprendre à confier du travail aux autres."
        ),
        shows: tr!(
            "One mentor carrying most of the skills, and no sponsor",
            "Un seul mentor pour la plupart des compétences, et ni parrain ni marraine"
        ),
        plan: new_team_lead,
    },
    Example {
        key: "returning-parent",
        name: tr!(
            "Example: Leah, returning to paid work",
            "Exemple\u{a0}: Leah, de retour sur le marché du travail"
        ),
        story: tr!(
            "Leah left her communications job to stay home with her two children. Now \
            that the youngest has started kindergarten, she is going back part-time.",
            "Leah a quitté son emploi en communication pour rester à la maison avec ses deux \
            enfants. Maintenant que le plus jeune est entré à la maternelle, elle retourne \
            travailler à temps partiel."
        ),
        shows: tr!(
            "A mentor she gives nothing back to, and one who shares her situation",
            "Un mentor à qui elle n’offre rien en retour, et un autre qui vit la même \
            situation qu’elle"
        ),
        plan: returning_parent,
    },
    Example {
        key: "newcomer",
        name: tr!(
            "Example: Tunde, newcomer to Canada",
            "Exemple\u{a0}: Tunde, nouvel arrivant au Canada"
        ),
        story: tr!(
            "Tunde was a civil engineer in Lagos for nine years. He arrived in Winnipeg \
            last spring and is working evenings in a warehouse while he requalifies.",
            "Tunde a été ingénieur civil à Lagos pendant neuf ans. Il est arrivé à Winnipeg le \
            printemps dernier et travaille le soir dans un entrepôt pendant qu’il fait \
            reconnaître ses diplômes."
        ),
        shows: tr!(
            "No mentor who shares his situation",
            "Aucun mentor qui vit la même situation que lui"
        ),
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
        serves: None,
        by: None,
    }
}

/// A soft skill the person wants as a goal of their own.
fn soft_skill(id: u32, name: &str, now: u8, target: u8, priority: Priority) -> Competency {
    Competency {
        soft_skill: true,
        ..competency(id, name, Reason::Goal, now, target, priority)
    }
}

/// Goals in about a year and in three to five years, in the language spoken now.
fn goals(year: Tr, later: Tr) -> Goals {
    let mut goals = Goals::in_a_year(year.get().into());
    goals.later.text = later.get().into();
    goals
}

fn ids(list: &[u32]) -> Vec<Id> {
    list.iter().copied().map(Id).collect()
}

fn it_to_accounting() -> Plan {
    let (fundamentals, close, standards, story, presenting, visible) = (1, 2, 3, 4, 5, 6);
    let (marc, grace, anita) = (7, 8, 9);
    let (tom, anita_contact) = (10, 11);
    Plan {
        goals: goals(
            tr!(
                "Move from IT into the accounting team, and finish the prerequisite courses \
                 for the CPA program.",
                "Passer des TI à l’équipe de comptabilité, et terminer les cours préalables au \
                 programme de CPA."
            ),
            tr!(
                "Start the CPA program and earn the designation.",
                "Commencer le programme de CPA et obtenir le titre."
            ),
        ),
        target_role: tr!("Staff accountant", "Comptable").get().into(),
        review_notes: tr!(
            "Praised for fixing the month-end reporting bugs quickly. My manager \
            wants me to explain problems to the finance managers in their terms, not in \
            system terms, and to speak up more in meetings.",
            "On a souligné la rapidité avec laquelle j’ai corrigé les bogues des rapports de fin \
            de mois. On aimerait aussi que j’explique les problèmes aux gestionnaires \
            des finances dans leurs mots à eux, pas en jargon informatique, et que je prenne \
            plus souvent la parole en réunion."
        )
        .get()
        .into(),
        situation: Situation {
            factors: vec![Factor::ChangingCareers],
            own_factors: vec![],
            notes: tr!(
                "Taking an evening course in financial accounting at the community \
                college, two nights a week until April.",
                "Je suis un cours du soir en comptabilité financière au collège, deux soirs par \
                semaine jusqu’en avril."
            )
            .get()
            .into(),
        },
        industry: Some(Industry::FinanceAndAccounting),
        competencies: vec![
            competency(
                fundamentals,
                tr!("Accounting fundamentals", "Notions de base en comptabilité").get(),
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                close,
                tr!(
                    "Month-end close and reconciliations",
                    "Clôture de fin de mois et rapprochements"
                )
                .get(),
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                standards,
                tr!(
                    "Canadian accounting standards (ASPE and IFRS)",
                    "Normes comptables canadiennes (NCECF et IFRS)"
                )
                .get(),
                Reason::Transition,
                1,
                3,
                Priority::High,
            ),
            competency(
                story,
                tr!(
                    "Framing IT experience as a finance story",
                    "Présenter une expérience en TI sous l’angle de la finance"
                )
                .get(),
                Reason::Goal,
                2,
                4,
                Priority::Medium,
            ),
            Competency {
                soft_skill: true,
                ..competency(
                    presenting,
                    tr!(
                        "Presenting numbers to executives",
                        "Présenter des chiffres à la haute direction"
                    )
                    .get(),
                    Reason::PerformanceReview,
                    2,
                    4,
                    Priority::Medium,
                )
            },
            soft_skill(
                visible,
                tr!(
                    "Visibility in the organization",
                    "Visibilité dans l’organisation"
                )
                .get(),
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
                how_known: tr!(
                    "The controller; we worked together on the new reporting system",
                    "Le contrôleur\u{a0}; on a travaillé ensemble sur le nouveau système de \
                    rapports"
                )
                .get()
                .into(),
                role: MentorRole::Expert,
                competencies: ids(&[fundamentals, close]),
                reach: Reach::InPerson,
                status: Status::Active,
                next_step: tr!(
                    "Ask to sit in on the March month-end close",
                    "Demander d’assister à la clôture de fin de mois de mars"
                )
                .get()
                .into(),
                cadence: Cadence::Monthly,
                offer: tr!(
                    "Build him a reconciliation report that saves his team a day each \
                    month",
                    "Lui préparer un rapport de rapprochement qui fait gagner une journée par mois \
                    à son équipe"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(grace),
                name: "Grace".into(),
                how_known: tr!(
                    "Senior financial analyst who moved over from the database team \
                    six years ago",
                    "Analyste financière principale, passée de l’équipe des bases de données aux \
                    finances il y a six ans"
                )
                .get()
                .into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[story, presenting]),
                shared: vec![SituationRef::Listed(Factor::ChangingCareers)],
                reach: Reach::InPerson,
                status: Status::Active,
                next_step: tr!(
                    "Coffee on Thursday: ask how she explained her move in interviews",
                    "Café jeudi\u{a0}: lui demander comment elle expliquait son changement de \
                    carrière en entrevue"
                )
                .get()
                .into(),
                cadence: Cadence::Quarterly,
                offer: tr!(
                    "Help her automate the quarterly forecast workbook",
                    "L’aider à automatiser le classeur des prévisions trimestrielles"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(anita),
                name: "Anita".into(),
                how_known: tr!(
                    "Director in my department; chairs the staff volunteer committee",
                    "Directrice de mon service\u{a0}; elle préside le comité de bénévolat du \
                    personnel"
                )
                .get()
                .into(),
                role: MentorRole::Sponsor,
                competencies: ids(&[visible]),
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: tr!(
                    "Offer to help with the committee's fall food drive",
                    "Offrir mon aide pour la collecte de denrées d’automne du comité"
                )
                .get()
                .into(),
                cadence: Cadence::Quarterly,
                offer: tr!(
                    "Set up the sign-up form and tracking sheet for the food drive",
                    "Préparer le formulaire d’inscription et la feuille de suivi pour la collecte \
                    de denrées"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
        ],
        next_id: 12,
        private: Privacy::default(),
        ..Plan::default()
    }
}

fn new_team_lead() -> Plan {
    let (delegating, feedback, one_on_ones, scheduling, conflict) = (1, 2, 3, 4, 5);
    let former_peers = 6;
    let (colette, ravi, denise) = (7, 8, 9);
    let denise_contact = 10;
    Plan {
        goals: goals(
            tr!(
                "Run a front desk team that works well when I am not there.",
                "Diriger une équipe de réception qui fonctionne bien même quand je ne suis pas là."
            ),
            tr!(
                "Be ready for an assistant front office manager role.",
                "Être prêt pour un poste de directeur adjoint de la réception."
            ),
        ),
        target_role: tr!(
            "Assistant front office manager",
            "Directeur adjoint de la réception"
        )
        .get()
        .into(),
        review_notes: tr!(
            "My last review, just before the promotion: guests and staff like me, \
            but I take on too much myself and stay late to finish it. As a lead I need to \
            delegate, and to give feedback sooner instead of fixing things quietly.",
            "Ma dernière évaluation, juste avant ma promotion\u{a0}: les clients et le personnel \
            m’apprécient, mais j’en prends trop sur mes épaules et je reste tard pour tout \
            finir. Comme chef d’équipe, je dois déléguer et donner de la rétroaction plus tôt au \
            lieu de tout régler moi-même sans rien dire."
        )
        .get()
        .into(),
        situation: Situation {
            factors: vec![Factor::FirstLeadershipRole],
            own_factors: vec![OwnFactor {
                id: Id(former_peers),
                name: tr!(
                    "Leading people who were my peers a month ago",
                    "Diriger des gens qui étaient mes collègues il y a un mois"
                )
                .get()
                .into(),
            }],
            notes: tr!(
                "Two of the team applied for the same job. Shifts rotate, so I see some \
                people only once a week.",
                "Deux membres de l’équipe avaient postulé pour le même poste. Les quarts de \
                travail changent d’une semaine à l’autre, alors je vois certaines personnes \
                seulement une fois par semaine."
            )
            .get()
            .into(),
        },
        industry: Some(Industry::RetailAndHospitality),
        competencies: vec![
            competency(
                delegating,
                tr!("Delegating work", "Déléguer le travail").get(),
                Reason::PerformanceReview,
                1,
                4,
                Priority::High,
            ),
            competency(
                feedback,
                tr!("Giving feedback", "Donner de la rétroaction").get(),
                Reason::PerformanceReview,
                2,
                4,
                Priority::High,
            ),
            competency(
                one_on_ones,
                tr!(
                    "Running effective one-on-ones",
                    "Mener des rencontres individuelles efficaces"
                )
                .get(),
                Reason::Goal,
                1,
                3,
                Priority::Medium,
            ),
            competency(
                scheduling,
                tr!(
                    "Scheduling shifts within the labour budget",
                    "Faire l’horaire des quarts sans dépasser le budget de main-d’œuvre"
                )
                .get(),
                Reason::Goal,
                2,
                4,
                Priority::Medium,
            ),
            soft_skill(
                conflict,
                tr!(
                    "Handling conflict on the floor",
                    "Gérer les conflits devant la clientèle"
                )
                .get(),
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
                how_known: tr!(
                    "My manager; she promoted me",
                    "Ma gestionnaire\u{a0}; c’est elle qui m’a promu"
                )
                .get()
                .into(),
                role: MentorRole::Coach,
                competencies: ids(&[delegating, feedback, one_on_ones, scheduling]),
                reach: Reach::Both,
                status: Status::Active,
                next_step: tr!(
                    "Bring a list of tasks I could hand off to our next check-in",
                    "Apporter à notre prochaine rencontre de suivi une liste des tâches que je \
                    pourrais confier"
                )
                .get()
                .into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: tr!(
                    "Show her the shift-swap board I set up, so the other leads can use it too",
                    "Lui montrer le tableau d’échange de quarts que j’ai créé, pour que les autres \
                    chefs d’équipe puissent s’en servir"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(ravi),
                name: "Ravi".into(),
                how_known: tr!(
                    "Team lead at our sister hotel; we met at the company's leadership \
                    day",
                    "Chef d’équipe à l’autre hôtel du groupe\u{a0}; on s’est rencontrés à la \
                    journée du leadership de l’entreprise"
                )
                .get()
                .into(),
                role: MentorRole::Peer,
                competencies: ids(&[delegating]),
                shared: vec![
                    SituationRef::Listed(Factor::FirstLeadershipRole),
                    SituationRef::Own(Id(former_peers)),
                ],
                reach: Reach::Online,
                status: Status::Asked,
                next_step: tr!(
                    "Message him about how he split up the night audit work",
                    "Lui écrire pour savoir comment il a réparti le travail de la vérification de \
                    nuit"
                )
                .get()
                .into(),
                cadence: Cadence::AsNeeded,
                offer: tr!(
                    "Share the check-in training checklist I wrote",
                    "Lui passer la liste de contrôle que j’ai rédigée pour la formation à \
                    l’accueil des clients"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(denise),
                name: "Denise".into(),
                how_known: tr!(
                    "Head concierge; has calmed more angry guests than anyone I know",
                    "Chef concierge\u{a0}; personne que je connais n’a calmé autant de clients \
                    fâchés qu’elle"
                )
                .get()
                .into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[conflict]),
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: tr!(
                    "Ask if I can shadow her during a busy Saturday check-in",
                    "Lui demander si je peux l’observer pendant l’arrivée des clients un samedi \
                    achalandé"
                )
                .get()
                .into(),
                cadence: Cadence::Quarterly,
                offer: tr!(
                    "Teach her the new booking system's shortcuts",
                    "Lui montrer les raccourcis du nouveau système de réservation"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
        ],
        next_id: 11,
        private: Privacy {
            review_notes: true,
            situation_notes: false,
            situation: false,
        },
        ..Plan::default()
    }
}

fn returning_parent() -> Plan {
    let (industry_news, tools, gap, routines, storytelling) = (1, 2, 3, 4, 5);
    let (nadia, chris, joanne) = (6, 7, 8);
    let (joanne_contact, marie) = (9, 10);
    Plan {
        goals: goals(
            tr!(
                "Return to communications work three days a week.",
                "Retourner travailler en communication trois jours par semaine."
            ),
            tr!(
                "Grow back into a full-time communications coordinator role once the youngest \
                 is in grade one.",
                "Revenir peu à peu à un poste de coordonnatrice des communications à temps plein \
                 quand le plus jeune sera en première année."
            ),
        ),
        target_role: tr!(
            "Communications coordinator at a non-profit",
            "Coordonnatrice des communications dans un organisme sans but lucratif"
        )
        .get()
        .into(),
        review_notes: tr!(
            "My last review, seven years ago, said I wrote clear, warm copy and \
            ran events well, and that I should learn more about measuring results online.",
            "Ma dernière évaluation, il y a sept ans, disait que j’écrivais des textes clairs et \
            chaleureux et que j’organisais bien les événements, mais que je devais en apprendre \
            plus sur la mesure des résultats en ligne."
        )
        .get()
        .into(),
        situation: Situation {
            factors: vec![
                Factor::ParentOfYoungChildren,
                Factor::ReturningToWork,
                Factor::PartTimeOrFlexible,
            ],
            own_factors: vec![],
            notes: tr!(
                "My partner works rotating shifts at the hospital, so I do most school \
                pick-ups. After-school care for both children costs almost what a part-time \
                job pays at first.",
                "Mon ou ma partenaire travaille par quarts rotatifs à l’hôpital, alors c’est surtout \
                moi qui vais chercher les enfants à l’école. Le service de garde après l’école \
                pour les deux enfants coûte presque autant que ce que rapporte un emploi à temps \
                partiel au début."
            )
            .get()
            .into(),
        },
        industry: Some(Industry::NonProfit),
        competencies: vec![
            competency(
                industry_news,
                tr!(
                    "Up-to-date industry knowledge",
                    "Connaissances à jour du secteur"
                )
                .get(),
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                tools,
                tr!(
                    "Current digital tools: analytics, scheduling and email campaigns",
                    "Outils numériques actuels\u{a0}: statistiques Web, planification des \
                    publications et campagnes par courriel"
                )
                .get(),
                Reason::Transition,
                1,
                4,
                Priority::High,
            ),
            competency(
                gap,
                tr!(
                    "Explaining a career gap with confidence",
                    "Expliquer une pause de carrière avec assurance"
                )
                .get(),
                Reason::Situation,
                2,
                4,
                Priority::High,
            ),
            competency(
                routines,
                tr!(
                    "Balancing work and family routines",
                    "Concilier le travail et la vie de famille"
                )
                .get(),
                Reason::Situation,
                3,
                4,
                Priority::Medium,
            ),
            soft_skill(
                storytelling,
                tr!(
                    "Storytelling for impact",
                    "Raconter des histoires qui mobilisent"
                )
                .get(),
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
                how_known: tr!(
                    "A parent at my son's school; went back to work as a \
                    communications manager after five years at home",
                    "Parent d’élève à l’école de mon fils\u{a0}; elle est retournée au travail comme \
                    gestionnaire des communications après cinq ans à la maison"
                )
                .get()
                .into(),
                role: MentorRole::Coach,
                competencies: ids(&[gap, routines]),
                shared: vec![
                    SituationRef::Listed(Factor::ParentOfYoungChildren),
                    SituationRef::Listed(Factor::ReturningToWork),
                ],
                reach: Reach::Both,
                status: Status::Active,
                next_step: tr!(
                    "Practise my answer about the gap with her before Friday's \
                    interview",
                    "Répéter avec elle ma réponse sur ma pause de carrière avant l’entrevue de \
                    vendredi"
                )
                .get()
                .into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: tr!(
                    "Proofread her agency's annual report before it goes to print",
                    "Réviser le rapport annuel de son agence avant l’impression"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(chris),
                name: "Chris".into(),
                how_known: tr!(
                    "Former colleague, now digital lead at a health charity",
                    "Ancien collègue, maintenant responsable du numérique dans un organisme de \
                    bienfaisance en santé"
                )
                .get()
                .into(),
                role: MentorRole::Expert,
                competencies: ids(&[industry_news, tools]),
                reach: Reach::Online,
                status: Status::Asked,
                next_step: tr!(
                    "Ask which two tools he would learn first if he were me",
                    "Lui demander quels sont les deux outils qu’il apprendrait en premier s’il était \
                    à ma place"
                )
                .get()
                .into(),
                cadence: Cadence::Monthly,
                offer: tr!(
                    "Write the stories for his cycling club's new website",
                    "Rédiger les textes du nouveau site Web de son club de vélo"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(joanne),
                name: "Joanne".into(),
                how_known: tr!(
                    "Executive director of the food bank where I volunteer",
                    "Directrice générale de la banque alimentaire où je fais du bénévolat"
                )
                .get()
                .into(),
                role: MentorRole::Expert,
                competencies: ids(&[storytelling]),
                reach: Reach::InPerson,
                // Asked: what Leah offers her back now matters (the finding this example shows).
                status: Status::Asked,
                next_step: tr!(
                    "Ask her how she writes the food bank's donor letters",
                    "Lui demander comment elle rédige les lettres aux donateurs de la banque \
                    alimentaire"
                )
                .get()
                .into(),
                cadence: Cadence::NotSet,
                offer: String::new(),
                ..Mentor::default()
            },
        ],
        next_id: 11,
        private: Privacy {
            review_notes: false,
            situation_notes: true,
            situation: false,
        },
        ..Plan::default()
    }
}

fn newcomer() -> Plan {
    let (licence, codes, culture, network, interviews) = (1, 2, 3, 4, 5);
    let evenings = 6;
    let (heather, doug, lise, kevin) = (7, 8, 9, 10);
    Plan {
        goals: goals(
            tr!(
                "Start as an engineer-in-training at a structural consulting firm.",
                "Commencer comme ingénieur stagiaire dans une firme de génie-conseil en structures."
            ),
            tr!(
                "Become a licensed professional engineer in Manitoba and get back into \
                 structural design.",
                "Obtenir mon permis d’ingénieur au Manitoba et revenir à la conception de \
                 structures."
            ),
        ),
        target_role: tr!(
            "Engineer-in-training at a structural consulting firm",
            "Ingénieur stagiaire dans une firme de génie-conseil en structures"
        )
        .get()
        .into(),
        review_notes: tr!(
            "My last review, at a consulting firm in Lagos, praised my site \
            supervision and design checks, and asked me to write shorter, clearer reports \
            for clients.",
            "Ma dernière évaluation, dans une firme de génie-conseil à Lagos, soulignait ma \
            surveillance de chantier et mes vérifications de calculs, et me demandait d’écrire \
            pour les clients des rapports plus courts et plus clairs."
        )
        .get()
        .into(),
        situation: Situation {
            factors: vec![Factor::NewcomerToCountry],
            own_factors: vec![OwnFactor {
                id: Id(evenings),
                name: tr!(
                    "Working evenings in a warehouse while I requalify",
                    "Travailler le soir dans un entrepôt pendant que je fais reconnaître mes \
                    diplômes"
                )
                .get()
                .into(),
            }],
            notes: tr!(
                "I can meet people on weekday mornings or online. My wife and I arrived \
                together; she starts nursing school in September.",
                "Je peux rencontrer des gens en semaine, le matin, ou en ligne. Ma femme et moi \
                sommes arrivés ensemble\u{a0}; elle commence ses études en soins infirmiers en \
                septembre."
            )
            .get()
            .into(),
        },
        industry: Some(Industry::ProfessionalServices),
        competencies: vec![
            competency(
                licence,
                tr!(
                    "Credential recognition",
                    "Reconnaissance des titres de compétences"
                )
                .get(),
                Reason::Transition,
                1,
                4,
                Priority::High,
            ),
            competency(
                codes,
                tr!(
                    "National Building Code and CSA design standards",
                    "Code national du bâtiment et normes de conception CSA"
                )
                .get(),
                Reason::Transition,
                2,
                4,
                Priority::High,
            ),
            competency(
                culture,
                tr!("Canadian workplace culture", "Culture de travail canadienne").get(),
                Reason::Situation,
                2,
                4,
                Priority::Medium,
            ),
            soft_skill(
                network,
                tr!(
                    "Building a professional network in Canada",
                    "Bâtir un réseau professionnel au Canada"
                )
                .get(),
                1,
                3,
                Priority::Medium,
            ),
            Competency {
                soft_skill: true,
                ..competency(
                    interviews,
                    tr!(
                        "Interviewing for Canadian employers",
                        "Passer des entrevues avec des employeurs canadiens"
                    )
                    .get(),
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
                how_known: tr!(
                    "Professional engineer I met at the engineering association's \
                    open house; she coaches a student bridge-design team",
                    "Ingénieure rencontrée aux portes ouvertes de l’association des \
                    ingénieurs\u{a0}; elle encadre une équipe étudiante de conception de ponts"
                )
                .get()
                .into(),
                role: MentorRole::Expert,
                competencies: ids(&[licence, codes]),
                reach: Reach::Online,
                status: Status::Asked,
                next_step: tr!(
                    "Email her my list of courses and ask which ones the \
                    association will accept",
                    "Lui envoyer ma liste de cours par courriel et lui demander lesquels \
                    l’association reconnaîtra"
                )
                .get()
                .into(),
                cadence: Cadence::Monthly,
                offer: tr!(
                    "Give her student team a talk on the bridges I built in Lagos",
                    "Présenter à son équipe étudiante les ponts que j’ai construits à Lagos"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(doug),
                name: "Doug".into(),
                how_known: tr!(
                    "Retired structural engineer from my church",
                    "Ingénieur en structures retraité, membre de mon église"
                )
                .get()
                .into(),
                role: MentorRole::Coach,
                competencies: ids(&[codes, culture]),
                reach: Reach::InPerson,
                status: Status::Active,
                next_step: tr!(
                    "Go through a set of Canadian drawings with him on Saturday",
                    "Passer en revue avec lui un jeu de plans canadiens samedi"
                )
                .get()
                .into(),
                cadence: Cadence::EveryTwoWeeks,
                offer: tr!(
                    "Help him set up video calls with his grandchildren in Calgary",
                    "L’aider à faire des appels vidéo avec ses petits-enfants à Calgary"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(lise),
                name: "Lise".into(),
                how_known: tr!(
                    "Employment counsellor at the settlement agency",
                    "Conseillère en emploi à l’organisme d’accueil des nouveaux arrivants"
                )
                .get()
                .into(),
                role: MentorRole::Connector,
                competencies: ids(&[network, interviews]),
                reach: Reach::Both,
                status: Status::Active,
                next_step: tr!(
                    "Mock interview on Tuesday; ask for two introductions afterwards",
                    "Simulation d’entrevue mardi\u{a0}; lui demander ensuite de me présenter à \
                    deux personnes"
                )
                .get()
                .into(),
                cadence: Cadence::AsNeeded,
                offer: tr!(
                    "Speak at the agency's next workshop for newcomer engineers",
                    "Prendre la parole au prochain atelier de l’organisme pour les ingénieurs \
                    nouvellement arrivés"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
            Mentor {
                id: Id(kevin),
                name: "Kevin".into(),
                how_known: tr!(
                    "Shift supervisor at the warehouse, who runs a calm and fair floor",
                    "Superviseur de quart à l’entrepôt, qui dirige l’équipe avec calme et équité"
                )
                .get()
                .into(),
                role: MentorRole::RoleModel,
                competencies: ids(&[culture]),
                reach: Reach::InPerson,
                status: Status::Idea,
                next_step: tr!(
                    "Ask if he will be a Canadian work reference for me",
                    "Lui demander s’il accepterait d’être mon répondant pour mon expérience de travail \
                    au Canada"
                )
                .get()
                .into(),
                cadence: Cadence::AsNeeded,
                offer: tr!(
                    "Redo the loading bay layout drawing he has been meaning to update",
                    "Refaire le plan du quai de chargement qu’il veut mettre à jour depuis \
                    longtemps"
                )
                .get()
                .into(),
                ..Mentor::default()
            },
        ],
        next_id: 11,
        private: Privacy::default(),
        ..Plan::default()
    }
}
