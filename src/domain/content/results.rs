//! The plan's words: messages to mentors, the plan view, the team map, the rhythm and the findings. Part of the content catalogue.

/// The ask: a message to a mentor, drafted from the plan (`domain::message` fills it in).
/// A line is a list of wordings; the first whose `{blanks}` all have something to say is
/// used, and a line with none is left out. The blanks are `domain::message::BLANKS`.
///
/// A letter is read by the mentor: it speaks to them, in the person's voice, and never
/// pastes a note the person wrote about them. Skill names go in quotation marks, so a
/// sentence stays whole whatever the name.
pub mod message {
    use crate::domain::content::Tr;
    use crate::domain::plan::MessageKind;
    use crate::domain::plan::{Cadence, Reach, Reason};

    pub const OPEN: Tr = tr!("Draft a message", "Rédiger un message");
    pub const KIND_LEGEND: Tr = tr!("Kind of message", "Type de message");
    pub const TEXT_LABEL: Tr = tr!("Your message", "Votre message");
    pub const TEXT_HINT: Tr = tr!(
        "Change it as you like: your words are kept in this browser, one message of each kind \
         for each mentor. This app sends nothing: you choose where it goes.",
        "Modifiez-le à votre goût\u{a0}: votre texte est conservé dans ce navigateur, un message de \
         chaque type pour chaque mentor. Cette application n’envoie rien\u{a0}: c’est vous qui \
         choisissez comment l’envoyer."
    );
    pub const SIGNATURE_LABEL: Tr = tr!("Sign as", "Signature");
    pub const SIGNATURE_HINT: Tr = tr!(
        "Your name as it ends each message. Kept in this browser only.",
        "Votre nom, tel qu’il apparaîtra à la fin de chaque message. Conservé dans ce navigateur seulement."
    );
    pub const REDRAFT: Tr = tr!(
        "Start again from my plan",
        "Recommencer à partir de mon plan"
    );
    pub const REDRAFTED: Tr = tr!(
        "The message is drafted again from your plan.",
        "Le message a été rédigé de nouveau à partir de votre plan."
    );
    pub const BRING_BACK: Tr = tr!("Bring back my words", "Rétablir mon texte");
    pub const COPY: Tr = tr!("Copy message", "Copier le message");
    pub const COPIED: Tr = tr!(
        "Message copied. Paste it into an email or a chat.",
        "Message copié. Collez-le dans un courriel ou une messagerie instantanée."
    );
    pub const COPY_FAILED: Tr = tr!(
        "This browser didn't let us copy. Select the message and copy it yourself.",
        "Ce navigateur ne nous a pas permis de copier. Sélectionnez le message et copiez-le \
         vous-même."
    );
    pub const EMAIL: Tr = tr!("Open in email app", "Ouvrir dans l’application de courriel");
    pub const SHARE: Tr = tr!("Share\u{2026}", "Partager…");
    pub const BEFORE_HEADING: Tr = tr!("Before you meet", "Avant votre rencontre");

    pub fn kind_label(kind: MessageKind) -> &'static str {
        match kind {
            MessageKind::FirstApproach => tr!("First approach", "Premier contact"),
            MessageKind::FollowUp => tr!("Follow-up after no answer", "Relance faute de réponse"),
            MessageKind::ThankYou => tr!(
                "Thank-you after you meet",
                "Remerciement après la rencontre"
            ),
            MessageKind::QuickQuestion => tr!("Quick question", "Petite question"),
            MessageKind::ProgressUpdate => {
                tr!("Update on your progress", "Nouvelles de vos progrès")
            }
        }
        .get()
    }

    /// A tip for each kind, shown above the message.
    pub fn tip(kind: MessageKind) -> Tr {
        match kind {
            MessageKind::FirstApproach => tr!(
                "Make it yours: add a few words on how you know each other, and what you \
                 could do for them in return (your notes are below).",
                "Personnalisez-le\u{a0}: ajoutez quelques mots sur la façon dont vous vous \
                 connaissez, et sur ce que vous pourriez offrir en retour (vos notes sont \
                 plus bas)."
            ),
            MessageKind::FollowUp => tr!(
                "Send one follow-up about two weeks after your first message. If there is \
                 still no answer, let it rest and ask someone else.",
                "Envoyez une seule relance environ deux semaines après votre premier message. \
                 S’il n’y a toujours pas de réponse, n’insistez pas et sollicitez quelqu’un \
                 d’autre."
            ),
            MessageKind::ThankYou => tr!(
                "Send it within a day or two of meeting, while it's fresh.",
                "Envoyez-le dans les deux jours suivant la rencontre, pendant que c’est encore frais."
            ),
            MessageKind::QuickQuestion => tr!(
                "One question, short enough to answer from a phone.",
                "Une seule question, assez courte pour qu’on puisse y répondre à partir d’un cellulaire."
            ),
            MessageKind::ProgressUpdate => tr!(
                "A few lines on what you did with their advice show them their time counted.",
                "Quelques lignes sur ce que vous avez fait de ses conseils montrent à cette \
                 personne que son temps a compté."
            ),
        }
    }

    /// The words the person adds to some kinds of message: what they tried, their question,
    /// their news. None for a kind that needs none.
    pub fn own_words(kind: MessageKind) -> Option<(Tr, Tr)> {
        match kind {
            MessageKind::FirstApproach | MessageKind::FollowUp => None,
            MessageKind::ThankYou => Some((
                tr!(
                    "What you tried since you met",
                    "Ce que vous avez essayé depuis la rencontre"
                ),
                tr!(
                    "Say it as you would to them. For example: I asked to lead the next \
                     project review.",
                    "Dites-le comme vous le lui diriez. Par exemple\u{a0}: j’ai demandé à \
                     diriger la prochaine revue de projet."
                ),
            )),
            MessageKind::QuickQuestion => Some((
                tr!("Your question", "Votre question"),
                tr!(
                    "For example: Which course would you take first?",
                    "Par exemple\u{a0}: quelle formation suivriez-vous en premier\u{a0}?"
                ),
            )),
            MessageKind::ProgressUpdate => Some((
                tr!(
                    "Your news since you last spoke",
                    "Vos nouvelles depuis la dernière fois"
                ),
                tr!(
                    "Say it as you would to them. For example: I presented the budget to the \
                     board, and it went well.",
                    "Dites-le comme vous le lui diriez. Par exemple\u{a0}: j’ai présenté le \
                     budget au conseil, et ça s’est bien passé."
                ),
            )),
        }
    }

    /// Why the skill matters, as the end of "I'm working on …".
    pub fn why(reason: Reason) -> &'static [Tr] {
        match reason {
            Reason::PerformanceReview => {
                const {
                    &[tr!(
                        "because my last review asked me to grow in it",
                        "parce que ma dernière évaluation de rendement m’invitait à progresser \
                         sur ce point"
                    )]
                }
            }
            Reason::Transition => {
                const {
                    &[tr!(
                        "as I move into a new field",
                        "parce que je me réoriente vers un nouveau domaine"
                    )]
                }
            }
            Reason::Situation => {
                const {
                    &[tr!(
                        "because it matters a lot in my life right now",
                        "parce que c’est très important dans ma vie en ce moment"
                    )]
                }
            }
            Reason::Goal | Reason::SoftSkill => {
                const {
                    &[
                        tr!(
                            "for my next goal: {target_role}",
                            "pour mon prochain objectif\u{a0}: {target_role}"
                        ),
                        tr!(
                            "because it matters for where I want to go next",
                            "parce que c’est important pour la suite de mon parcours"
                        ),
                    ]
                }
            }
        }
    }

    /// The meeting to ask for, as the mentor is reached.
    pub fn meet(reach: Reach) -> Tr {
        match reach {
            Reach::InPerson => tr!("a coffee", "un café"),
            Reach::Online => tr!("a video call", "un appel vidéo"),
            Reach::Both => tr!("a coffee or a call", "un café ou un appel"),
        }
    }

    /// When to talk next, at the pace agreed with the mentor.
    pub fn again(cadence: Cadence) -> Tr {
        match cadence {
            Cadence::Weekly => tr!("next week", "la semaine prochaine"),
            Cadence::EveryTwoWeeks => tr!("in two weeks", "dans deux semaines"),
            Cadence::Monthly => tr!("next month", "le mois prochain"),
            Cadence::Quarterly => tr!("in about three months", "dans environ trois mois"),
            Cadence::NotSet | Cadence::AsNeeded => tr!("in a few weeks", "dans quelques semaines"),
        }
    }

    /// The subject and the body of each kind of message.
    pub fn template(kind: MessageKind) -> (&'static [Tr], &'static [&'static [Tr]]) {
        match kind {
            MessageKind::FirstApproach => (FIRST_APPROACH_SUBJECT, FIRST_APPROACH_BODY),
            MessageKind::FollowUp => (FOLLOW_UP_SUBJECT, FOLLOW_UP_BODY),
            MessageKind::ThankYou => (THANK_YOU_SUBJECT, THANK_YOU_BODY),
            MessageKind::QuickQuestion => (QUICK_QUESTION_SUBJECT, QUICK_QUESTION_BODY),
            MessageKind::ProgressUpdate => (PROGRESS_SUBJECT, PROGRESS_BODY),
        }
    }

    const HELLO: &[Tr] = &[
        tr!("Hello {name},", "Bonjour {name},"),
        tr!("Hello,", "Bonjour,"),
    ];

    const FIRST_APPROACH_SUBJECT: &[Tr] = &[
        tr!(
            "20 minutes to talk about \u{201c}{skill}\u{201d}?",
            "20\u{a0}minutes pour parler de «\u{a0}{skill}\u{a0}»\u{a0}?"
        ),
        tr!(
            "20 minutes to talk?",
            "20\u{a0}minutes pour discuter\u{a0}?"
        ),
    ];

    const FIRST_APPROACH_BODY: &[&[Tr]] = &[
        HELLO,
        &[
            tr!(
                "I hope you don't mind me writing. I'm working on \u{201c}{skill}\u{201d} \
                 {why}, and you're one of the people I think of for it.",
                "Je me permets de vous écrire. Je cherche à développer la compétence \
                 «\u{a0}{skill}\u{a0}» {why}, et vous êtes l’une des personnes à qui je pense \
                 pour m’aider."
            ),
            tr!(
                "I hope you don't mind me writing. I'm working on my career plan, and you're \
                 someone I'd like to learn from.",
                "Je me permets de vous écrire. Je prépare mon plan de carrière, et j’aimerais \
                 beaucoup apprendre de vous."
            ),
        ],
        &[tr!(
            "Would you have 20 minutes for {meet} in the next few weeks? I'd love to hear how \
             you got where you are, and what you'd do in my place.",
            "Auriez-vous 20\u{a0}minutes pour {meet} au cours des prochaines semaines\u{a0}? \
             J’aimerais connaître votre parcours et savoir ce que vous feriez à ma place."
        )],
        &[tr!(
            "I'd be glad to return the favour in any way I can.",
            "Si je peux vous rendre service à mon tour, ce sera avec plaisir."
        )],
        &[tr!(
            "If now isn't a good time, no problem at all.",
            "Si ce n’est pas le bon moment, il n’y a aucun problème."
        )],
        &[
            tr!("Thank you,\n{signature}", "Merci,\n{signature}"),
            tr!("Thank you,", "Merci,"),
        ],
    ];

    const FOLLOW_UP_SUBJECT: &[Tr] = &[tr!(
        "Following up on my message",
        "Suivi de mon message précédent"
    )];

    const FOLLOW_UP_BODY: &[&[Tr]] = &[
        HELLO,
        &[
            tr!(
                "I wrote a little while ago to ask for a short chat about \
                 \u{201c}{skill}\u{201d}.",
                "Je vous ai écrit il y a quelque temps pour vous proposer une courte discussion \
                 sur «\u{a0}{skill}\u{a0}»."
            ),
            tr!(
                "I wrote a little while ago to ask for a short chat.",
                "Je vous ai écrit il y a quelque temps pour vous proposer une courte discussion."
            ),
        ],
        &[tr!(
            "I know you're busy, so I'm trying once more: would 20 minutes for {meet} work for \
             you in the coming weeks?",
            "Je sais que votre horaire est chargé, alors je me permets de vous relancer\u{a0}: \
             est-ce que 20\u{a0}minutes pour {meet} vous conviendraient au cours des prochaines \
             semaines\u{a0}?"
        )],
        &[tr!(
            "If it's not a good time, I completely understand.",
            "Si ce n’est pas le bon moment, je comprends tout à fait."
        )],
        &[
            tr!("All the best,\n{signature}", "Au plaisir,\n{signature}"),
            tr!("All the best,", "Au plaisir,"),
        ],
    ];

    const THANK_YOU_SUBJECT: &[Tr] = &[tr!("Thank you for your time", "Merci pour votre temps")];

    const THANK_YOU_BODY: &[&[Tr]] = &[
        HELLO,
        &[
            tr!(
                "Thank you for your time and your advice on \u{201c}{skill}\u{201d}.",
                "Merci pour votre temps et vos conseils sur «\u{a0}{skill}\u{a0}»."
            ),
            tr!(
                "Thank you for your time and your advice.",
                "Merci pour votre temps et vos conseils."
            ),
        ],
        &[
            tr!(
                "Since we spoke, I've tried this: {own}",
                "Depuis notre rencontre, voici ce que j’ai essayé\u{a0}: {own}"
            ),
            tr!(
                "I've started putting your advice into practice.",
                "J’ai commencé à mettre vos conseils en pratique."
            ),
        ],
        &[tr!(
            "Could we talk again {again}? I'll tell you how it's going.",
            "Pourrions-nous nous reparler {again}\u{a0}? Je vous dirai où j’en suis."
        )],
        &[tr!(
            "If I can ever help you in return, I'd be glad to.",
            "Si je peux vous aider à mon tour, ce sera avec plaisir."
        )],
        &[
            tr!(
                "Thank you again,\n{signature}",
                "Merci encore,\n{signature}"
            ),
            tr!("Thank you again,", "Merci encore,"),
        ],
    ];

    const QUICK_QUESTION_SUBJECT: &[Tr] = &[
        tr!(
            "A quick question about \u{201c}{skill}\u{201d}",
            "Une petite question sur «\u{a0}{skill}\u{a0}»"
        ),
        tr!("A quick question", "Une petite question"),
    ];

    const QUICK_QUESTION_BODY: &[&[Tr]] = &[
        HELLO,
        &[
            tr!(
                "I have a quick question about \u{201c}{skill}\u{201d}, if you have a \
                 minute: {own}",
                "J’aurais une petite question sur «\u{a0}{skill}\u{a0}», si vous avez une \
                 minute\u{a0}: {own}"
            ),
            tr!(
                "I have a quick question, if you have a minute: {own}",
                "J’aurais une petite question, si vous avez une minute\u{a0}: {own}"
            ),
            tr!(
                "I have a quick question about \u{201c}{skill}\u{201d}, if you have a minute.",
                "J’aurais une petite question sur «\u{a0}{skill}\u{a0}», si vous avez une \
                 minute."
            ),
            tr!(
                "I have a quick question, if you have a minute.",
                "J’aurais une petite question, si vous avez une minute."
            ),
        ],
        &[tr!(
            "A short answer by message is plenty. No rush.",
            "Une courte réponse par message suffit amplement. Rien ne presse."
        )],
        &[
            tr!(
                "Thanks so much,\n{signature}",
                "Merci beaucoup,\n{signature}"
            ),
            tr!("Thanks so much,", "Merci beaucoup,"),
        ],
    ];

    const PROGRESS_SUBJECT: &[Tr] = &[
        tr!(
            "An update on \u{201c}{skill}\u{201d}",
            "Des nouvelles sur «\u{a0}{skill}\u{a0}»"
        ),
        tr!("An update from me", "Des nouvelles de ma part"),
    ];

    const PROGRESS_BODY: &[&[Tr]] = &[
        HELLO,
        &[
            tr!(
                "A short update since we last spoke: {own}",
                "Un petit mot pour vous donner de mes nouvelles depuis notre dernière \
                 rencontre\u{a0}: {own}"
            ),
            tr!(
                "A short update on \u{201c}{skill}\u{201d}: I've kept at it, and your advice \
                 is helping.",
                "Un petit mot au sujet de «\u{a0}{skill}\u{a0}»\u{a0}: je continue mes efforts, \
                 et vos conseils m’aident."
            ),
            tr!(
                "A short update: I've kept at it, and your advice is helping.",
                "Un petit mot pour vous donner de mes nouvelles\u{a0}: je continue mes efforts, \
                 et vos conseils m’aident."
            ),
        ],
        &[tr!(
            "Could we talk again {again}?",
            "Pourrions-nous nous reparler {again}\u{a0}?"
        )],
        &[
            tr!(
                "Thank you for your help,\n{signature}",
                "Merci de votre aide,\n{signature}"
            ),
            tr!("Thank you for your help,", "Merci de votre aide,"),
        ],
    ];

    /// What to bring to a meeting with this mentor. It speaks to the person, so their own
    /// notes about the mentor fit here.
    pub const BEFORE_YOU_MEET: &[&[Tr]] = &[
        &[tr!(
            "What they help you with: {skills}.",
            "En quoi cette personne vous aide\u{a0}: {skills}."
        )],
        &[tr!(
            "A question to ask: what helped you most with \u{201c}{skill}\u{201d}?",
            "Une question à poser\u{a0}: qu’est-ce qui vous a été le plus utile pour \
             «\u{a0}{skill}\u{a0}»\u{a0}?"
        )],
        &[tr!(
            "A question to ask: what would you do in my place?",
            "Une question à poser\u{a0}: que feriez-vous à ma place\u{a0}?"
        )],
        &[
            tr!(
                "Your update: how your next step went ({next_step}).",
                "Vos nouvelles\u{a0}: comment s’est passée votre prochaine étape ({next_step})."
            ),
            tr!(
                "Your update: what you have done since you last spoke.",
                "Vos nouvelles\u{a0}: ce que vous avez fait depuis votre dernière discussion."
            ),
        ],
        &[
            tr!(
                "Your offer: {offer}.",
                "Ce que vous offrez en retour\u{a0}: {offer}."
            ),
            tr!(
                "Your offer: one thing you can give back (see the \u{201c}Value you add\u{201d} step).",
                "Ce que vous offrez en retour\u{a0}: une chose que vous pouvez donner (voir \
                 l’étape «\u{a0}Ce que vous apportez\u{a0}»)."
            ),
        ],
    ];
}

pub mod value {
    use crate::domain::content::Tr;

    pub const IDEAS_HEADING: Tr = tr!("Ideas for giving back", "Idées pour donner en retour");
    pub const IDEAS: [Tr; 5] = [
        tr!(
            "Help with their community or volunteer work, such as running a social media \
         campaign for a cause they lead.",
            "Aidez cette personne dans son engagement communautaire ou bénévole, par exemple \
             en menant une campagne sur les médias sociaux pour une cause qu’elle défend."
        ),
        tr!(
            "Share a skill of yours they lack: a spreadsheet model, a website fix, a \
         translation.",
            "Partagez une compétence qui lui manque\u{a0}: un modèle de tableur, une \
             correction à son site Web, une traduction."
        ),
        tr!(
            "Send them articles, events or people they would find useful.",
            "Envoyez-lui des articles, des événements ou des contacts qui pourraient lui être \
             utiles."
        ),
        tr!(
            "Give them a fresh view of their industry or their customers, from where you stand.",
            "Offrez-lui un regard neuf sur son secteur ou sa clientèle, à partir de votre \
             point de vue."
        ),
        tr!(
            "Thank them in public: a recommendation, or credit in front of their peers.",
            "Remerciez cette personne publiquement\u{a0}: une recommandation, ou une \
             reconnaissance devant ses pairs."
        ),
    ];
    pub const NO_MENTORS: Tr = tr!(
        "Add mentors first; then come back to note what you can \
        offer each one.",
        "Ajoutez d’abord des mentors, puis revenez noter ce que vous pouvez offrir à chacun."
    );

    pub fn offer_label(name: &str) -> String {
        tr!("What you offer {name}", "Ce que vous offrez à {name}").fill(&[("name", name)])
    }

    pub const OFFER_HINT: Tr = tr!(
        "A skill, a favour, time for their cause, an introduction.",
        "Une compétence, un service, du temps pour sa cause, une mise en relation."
    );
}

pub mod plan_view {
    use crate::domain::content::{Tr, Voiced};

    pub const GRID_HEADING: Tr = tr!("Needs and mentors", "Besoins et mentors");
    pub const GRID_CAPTION: Tr = tr!(
        "Each row is a skill to build; each column is a mentor. \
        A filled mark means that mentor helps with that skill.",
        "Chaque ligne est une compétence à développer\u{a0}; chaque colonne est un mentor. Une \
         marque pleine signifie que ce mentor aide pour cette compétence."
    );
    pub const GRID_SCROLL_LABEL: Tr = tr!(
        "Skills against mentors (scrolls sideways)",
        "Compétences et mentors (défilement horizontal)"
    );
    pub const COMPETENCY_COLUMN: Tr = tr!("Skill", "Compétence");
    pub const MENTOR_COUNT_COLUMN: Tr = tr!("Mentors", "Mentors");
    pub const ANSWERS: Tr = tr!("Helps", "Aide");
    pub const EMPTY_GRID: Tr = tr!(
        "Add skills and mentors to see the picture.",
        "Ajoutez des compétences et des mentors pour voir le portrait."
    );
    pub const FINDINGS_HEADING: Voiced = Voiced {
        owner: tr!("What your plan shows", "Ce que révèle votre plan"),
        reader: tr!("What this plan shows", "Ce que révèle ce plan"),
    };
    pub const NO_FINDINGS: Voiced = Voiced {
        owner: tr!(
            "Every skill you still need has a mentor, no one carries too much, you \
            give something back to each mentor you have asked, and your team covers your \
            situation, quick answers online and soft skills. Keep it going.",
            "Chaque compétence qu’il vous reste à développer a un mentor, personne ne porte une \
             trop grande charge, vous offrez quelque chose en retour à chaque mentor sollicité, \
             et votre équipe couvre votre situation, les réponses rapides en ligne et les \
             compétences relationnelles. Continuez ainsi."
        ),
        reader: tr!(
            "Every skill still needed has a mentor, no one carries too much, each mentor asked \
             gets something back, and the team covers the situation, quick answers online and \
             soft skills.",
            "Chaque compétence encore à développer a un mentor, personne ne porte une trop \
             grande charge, chaque mentor sollicité reçoit quelque chose en retour, et l’équipe \
             couvre la situation, les réponses rapides en ligne et les compétences \
             relationnelles."
        ),
    };
    pub const NO_TEAM_YET: Voiced = Voiced {
        owner: tr!(
            "Add the skills you need and the people who could help you with them. This is \
             where your plan will show what is missing.",
            "Ajoutez les compétences dont vous avez besoin et les personnes qui pourraient vous \
             aider. C’est ici que votre plan montrera ce qui manque."
        ),
        reader: tr!(
            "This plan has no skills or mentors yet.",
            "Ce plan n’a pas encore de compétences ni de mentors."
        ),
    };
    pub const SUMMARY_HEADING: Tr = tr!("Summary", "Résumé");
    pub const GOALS: Tr = tr!("Goals", "Objectifs");
    pub const TARGET_ROLE: Tr = tr!("Target role", "Poste visé");
    pub const SITUATION: Tr = tr!("Situation", "Situation");
    pub const NOT_WRITTEN: Tr = tr!("Not written yet.", "Rien d’écrit pour l’instant.");
    pub const TEAM_HEADING: Voiced = Voiced {
        owner: tr!("Your team", "Votre équipe"),
        reader: tr!("The team", "L’équipe"),
    };
    pub const ROLE: Tr = tr!("Role", "Rôle");
    pub const OFFERS: Voiced = Voiced {
        owner: tr!("You offer", "Vous offrez"),
        reader: tr!("Offered in return", "Offert en retour"),
    };
    pub const NEXT_STEP: Tr = tr!("Next step", "Prochaine étape");
    pub const MEETS: Tr = tr!("Meets", "Fréquence");
    pub const REACH: Tr = tr!("Reach", "Moyen de contact");
    pub const PRINT: Tr = tr!("Print or save as PDF", "Imprimer ou enregistrer en PDF");
    pub const SHARE_LINK: Tr = tr!("Share this plan", "Partager ce plan");
    /// A skill's priority, under its name in the grid.
    pub fn priority(priority: crate::domain::plan::Priority) -> Tr {
        use crate::domain::plan::Priority;
        match priority {
            Priority::High => tr!("High priority", "Priorité élevée"),
            Priority::Medium => tr!("Medium priority", "Priorité moyenne"),
            Priority::Low => tr!("Low priority", "Priorité faible"),
        }
    }
}

/// The team map on the plan view.
pub mod team_map {
    use crate::domain::content::{Tr, Voiced};

    pub const HEADING: Tr = tr!("Team map", "Carte de l’équipe");
    pub const LABEL: Voiced = Voiced {
        owner: tr!(
            "Map of you and your mentors",
            "Carte\u{a0}: vous et vos mentors"
        ),
        reader: tr!(
            "Map of the mentee and their mentors",
            "Carte\u{a0}: la personne mentorée et ses mentors"
        ),
    };
    pub const INTRO: Voiced = Voiced {
        owner: tr!(
            "You are in the middle. The numbered dots are your skills, \
            listed under the map; a line joins each mentor to the skills they help with. An \
            empty dot is a skill no one helps with yet: a seat to fill.",
            "Vous êtes au centre. Les points numérotés sont vos compétences, dont la liste suit \
             la carte\u{a0}; une ligne relie chaque mentor aux compétences pour lesquelles vous \
             comptez sur son aide. Un point vide est une compétence pour laquelle personne ne \
             vous aide encore\u{a0}: une place à combler."
        ),
        reader: tr!(
            "The mentee is in the middle. The numbered dots are the skills, listed under the \
             map; a line joins each mentor to the skills they help with. An empty dot is a \
             skill no one helps with yet: a seat to fill.",
            "La personne mentorée est au centre. Les points numérotés sont ses compétences, \
             dont la liste suit la carte\u{a0}; une ligne relie chaque mentor aux compétences \
             pour lesquelles ce mentor apporte son aide. Un point vide est une compétence pour \
             laquelle personne n’aide encore\u{a0}: une place à combler."
        ),
    };
    /// Who sits in the middle of the plan's owner's map (a reader's shows a person drawn).
    pub const YOU: Tr = tr!("You", "Vous");
    pub const EMPTY_SEAT: Tr = tr!(
        "empty seat, no one yet",
        "place à combler, personne pour l’instant"
    );

    pub fn mentor(name: &str, role: &str, status: &str) -> String {
        tr!("{name}: {role}, {status}", "{name}\u{a0}: {role}, {status}").fill(&[
            ("name", name),
            ("role", role),
            ("status", status),
        ])
    }

    pub fn open_mentor(name: &str, role: &str, status: &str) -> String {
        tr!(
            "{name}: {role}, {status}. Open in Mentors.",
            "{name}\u{a0}: {role}, {status}. Ouvrir à l’étape «\u{a0}Mentors\u{a0}»."
        )
        .fill(&[("name", name), ("role", role), ("status", status)])
    }
}

/// The meeting rhythm on the plan view.
pub mod rhythm {
    use crate::domain::content::{Tr, Voiced};

    pub const HEADING: Voiced = Voiced {
        owner: tr!("Your next 12 weeks", "Vos 12\u{a0}prochaines semaines"),
        reader: tr!("The next 12 weeks", "Les 12\u{a0}prochaines semaines"),
    };
    pub const INTRO: Voiced = Voiced {
        owner: tr!(
            "When you will meet each active mentor, based on how often you \
            meet, counting from your last meeting.",
            "Quand vous verrez chaque mentor actif, selon la fréquence de vos rencontres, \
             à compter de la dernière."
        ),
        reader: tr!(
            "When each active mentor is due to be met, based on how often they meet, counting \
             from the last meeting.",
            "Quand chaque mentor actif doit être rencontré, selon la fréquence des rencontres, \
             à compter de la dernière."
        ),
    };
    pub const SCROLL_LABEL: Tr = tr!(
        "Meetings in the next 12 weeks (scrolls sideways)",
        "Rencontres des 12\u{a0}prochaines semaines (défilement horizontal)"
    );
    pub const CAPTION: Tr = tr!(
        "Each column is a week, starting on the date shown.",
        "Chaque colonne est une semaine, qui commence à la date indiquée."
    );
    pub const MENTOR: Tr = tr!("Mentor", "Mentor");
    /// A week with a meeting, for screen readers (the screen shows a mark).
    pub const MEET: Tr = tr!("Meet", "Rencontre");
    pub const MONTHS: [Tr; 12] = [
        tr!("Jan.", "janv."),
        tr!("Feb.", "févr."),
        tr!("Mar.", "mars"),
        tr!("Apr.", "avr."),
        tr!("May", "mai"),
        tr!("June", "juin"),
        tr!("July", "juill."),
        tr!("Aug.", "août"),
        tr!("Sept.", "sept."),
        tr!("Oct.", "oct."),
        tr!("Nov.", "nov."),
        tr!("Dec.", "déc."),
    ];

    /// A week's first day, as two lines of a column heading: "Nov." over "28" in English,
    /// "28" over "nov." in French.
    pub fn week_start(month: u32, day: u32) -> [String; 2] {
        let month = MONTHS[month.clamp(1, 12) as usize - 1].get().to_owned();
        let day = day.to_string();
        match crate::domain::content::language() {
            crate::domain::content::Language::English => [month, day],
            crate::domain::content::Language::French => [day, month],
        }
    }
}

/// Words in goals or a target role that mean a move into leadership, matched as whole words
/// (compared in lower case, with punctuation and apostrophes as spaces: "chef d’équipe" is
/// "chef d équipe"). English and French both, whatever language the app speaks, since a
/// plan's own words can be in either.
pub const LEADERSHIP_WORDS: [&str; 38] = [
    "lead",
    "leads",
    "leader",
    "leaders",
    "leadership",
    "leading",
    "manager",
    "managers",
    "management",
    "manage a team",
    "manage people",
    "managing a team",
    "managing people",
    "supervisor",
    "supervise",
    "supervising",
    "director",
    "head of",
    "chief",
    "executive",
    "vice president",
    "diriger",
    "gestionnaire",
    "gérer une équipe",
    "gestion d équipe",
    "directeur",
    "directrice",
    "superviseur",
    "superviseure",
    "chef d équipe",
    "cheffe d équipe",
    "chef de service",
    "cheffe de service",
    "responsable",
    "contremaître",
    "contremaîtresse",
    "vice président",
    "vice présidente",
];

/// Phrases that hold one of `LEADERSHIP_WORDS` and are no move into leadership: managing a
/// product, a project, accounts, cases or one's own time. They are taken out before the search.
pub const NOT_LEADERSHIP: [&str; 8] = [
    "product manager",
    "project manager",
    "gestionnaire de projet",
    "gestionnaire de projets",
    "account manager",
    "case manager",
    "time management",
    "executive assistant",
];

/// Findings in plain words, each with the name of the step that fixes it.
/// To a reader of a plan that is not theirs (`Voice::Reader`), each finding says what the plan
/// shows, without the advice to its owner.
pub mod findings {
    use crate::domain::content::{Tr, Voice, Voiced, number};

    pub fn gap(voice: Voice, competency: &str, priority: &str) -> String {
        Voiced {
            owner: tr!(
                "No mentor helps with \u{201c}{competency}\u{201d} yet ({priority} priority). \
                 Find someone who is good at it.",
                "Aucun mentor ne vous aide encore pour «\u{a0}{competency}\u{a0}» (priorité \
                 {priority}). Trouvez une personne qui s’y connaît."
            ),
            reader: tr!(
                "No one on this team helps with \u{201c}{competency}\u{201d} yet ({priority} \
                 priority).",
                "Personne dans cette équipe n’aide encore pour «\u{a0}{competency}\u{a0}» \
                 (priorité {priority})."
            ),
        }
        .to(voice)
        .fill(&[("competency", competency), ("priority", priority)])
    }

    pub fn not_yet_asked(voice: Voice, competency: &str) -> String {
        Voiced {
            owner: tr!(
                "Only mentors you have not asked yet help with \u{201c}{competency}\u{201d} \
                 (high priority). Ask one of them soon.",
                "Pour «\u{a0}{competency}\u{a0}» (priorité élevée), seuls des mentors que vous \
                 n’avez pas encore sollicités peuvent vous aider. Sollicitez bientôt l’une de \
                 ces personnes."
            ),
            reader: tr!(
                "Only mentors not asked yet help with \u{201c}{competency}\u{201d} (high \
                 priority).",
                "Pour «\u{a0}{competency}\u{a0}» (priorité élevée), seuls des mentors pas \
                 encore sollicités peuvent aider."
            ),
        }
        .to(voice)
        .fill(&[("competency", competency)])
    }

    pub const NO_ONE_ASKED: Voiced = Voiced {
        owner: tr!(
            "You have not asked anyone yet. Ask one person this \
            week: a short message and a 20-minute chat is enough to start.",
            "Vous n’avez encore sollicité personne. Écrivez à quelqu’un cette semaine\u{a0}: \
             un court message et une discussion de 20\u{a0}minutes suffisent pour commencer."
        ),
        reader: tr!(
            "No one on this team has been asked yet.",
            "Personne dans cette équipe n’a encore été sollicité."
        ),
    };

    pub fn over_reliance(voice: Voice, mentor: &str, answered: usize, total: usize) -> String {
        Voiced {
            owner: tr!(
                "{mentor} helps with {answered} of your {total} skills. Keep them, and add a \
                 second voice for one or two of these, so your plan does not rest on one \
                 person.",
                "{mentor} vous aide pour {answered} de vos {total}\u{a0}compétences. Gardez ce \
                 mentor, et ajoutez une deuxième voix pour une ou deux d’entre elles, pour que \
                 votre plan ne repose pas sur une seule personne."
            ),
            reader: tr!(
                "{mentor} helps with {answered} of the {total} skills in this plan: much of it \
                 rests on one person.",
                "{mentor} aide pour {answered} des {total}\u{a0}compétences de ce plan\u{a0}: une \
                 grande partie repose sur une seule personne."
            ),
        }
        .to(voice)
        .fill(&[
            ("mentor", mentor),
            ("answered", &number(answered)),
            ("total", &number(total)),
        ])
    }

    pub fn no_next_step(voice: Voice, mentor: &str) -> String {
        Voiced {
            owner: tr!(
                "You meet {mentor}, but there is no next step yet. Write one small thing to do \
                 before you meet again.",
                "Vous rencontrez {mentor}, mais il n’y a pas encore de prochaine étape. Notez \
                 une petite chose à faire avant votre prochaine rencontre."
            ),
            reader: tr!(
                "There are meetings with {mentor}, but no next step yet.",
                "Des rencontres ont lieu avec {mentor}, mais sans prochaine étape pour \
                 l’instant."
            ),
        }
        .to(voice)
        .fill(&[("mentor", mentor)])
    }

    pub fn no_reply(voice: Voice, mentor: &str, days: i64) -> String {
        Voiced {
            owner: tr!(
                "You asked {mentor} {days} days ago and have no answer yet. Send one short, \
                 friendly follow-up; if there is still no answer, ask someone else.",
                "Vous avez sollicité {mentor} il y a {days}\u{a0}jours, sans réponse pour \
                 l’instant. Envoyez une seule relance, courte et cordiale\u{a0}; s’il n’y a \
                 toujours pas de réponse, sollicitez quelqu’un d’autre."
            ),
            reader: tr!(
                "The request to {mentor}, sent {days} days ago, has no answer yet.",
                "La demande envoyée à {mentor} il y a {days}\u{a0}jours est toujours sans \
                 réponse."
            ),
        }
        .to(voice)
        .fill(&[("mentor", mentor), ("days", &days.to_string())])
    }

    pub fn helps_with_no_skill(voice: Voice, mentor: &str) -> String {
        Voiced {
            owner: tr!(
                "Choose the skills {mentor} can help you with. Each mentor on your team is \
                 there for at least one.",
                "Choisissez les compétences pour lesquelles {mentor} peut vous aider. Chaque \
                 mentor de votre équipe est là pour au moins une compétence."
            ),
            reader: tr!(
                "No skill is chosen yet for {mentor} to help with.",
                "Aucune compétence n’est encore associée à {mentor}."
            ),
        }
        .to(voice)
        .fill(&[("mentor", mentor)])
    }

    pub fn no_pace(voice: Voice, mentor: &str) -> String {
        Voiced {
            owner: tr!(
                "You meet {mentor} with no set pace, so they are not in your next 12 weeks. \
                 Agree together on how often you will meet.",
                "Vous n’avez pas fixé de fréquence de rencontre avec {mentor}, qui n’apparaît \
                 donc pas dans vos 12\u{a0}prochaines semaines. Convenez ensemble de la \
                 fréquence de vos rencontres."
            ),
            reader: tr!(
                "Meetings with {mentor} have no set pace, so they are not in the next 12 weeks.",
                "Les rencontres avec {mentor} n’ont pas de fréquence fixée\u{a0}: elles \
                 n’apparaissent donc pas dans les 12\u{a0}prochaines semaines."
            ),
        }
        .to(voice)
        .fill(&[("mentor", mentor)])
    }

    pub fn too_many_active(voice: Voice, count: usize) -> String {
        Voiced {
            owner: tr!(
                "You are working with {count} mentors at once. Most people can keep up with \
                 about five: think about pausing one or two for now.",
                "Vous travaillez avec {count}\u{a0}mentors à la fois. La plupart des gens \
                 arrivent à en suivre environ cinq\u{a0}: pensez à en mettre un ou deux en pause \
                 pour l’instant."
            ),
            reader: tr!(
                "This plan has {count} mentors active at once; most people can keep up with \
                 about five.",
                "Ce plan compte {count}\u{a0}mentors actifs à la fois\u{a0}; la plupart des gens \
                 arrivent à en suivre environ cinq."
            ),
        }
        .to(voice)
        .fill(&[("count", &crate::domain::content::number(count))])
    }

    pub fn nothing_offered(voice: Voice, mentor: &str) -> String {
        Voiced {
            owner: tr!(
                "You have not noted anything you offer {mentor} in return. Good mentoring goes \
                 both ways.",
                "Vous n’avez rien noté à offrir en retour à {mentor}. Un bon mentorat va dans \
                 les deux sens."
            ),
            reader: tr!(
                "Nothing is noted yet to offer {mentor} in return.",
                "Rien n’est encore noté à offrir en retour à {mentor}."
            ),
        }
        .to(voice)
        .fill(&[("mentor", mentor)])
    }

    pub const NO_SHARED_SITUATION: Voiced = Voiced {
        owner: tr!(
            "No mentor shares your situation. Someone who \
            has faced the same things can help you far more than someone who only knows your \
            field.",
            "Aucun mentor ne vit une situation comme la vôtre. Une personne qui a vécu les \
             mêmes choses peut vous aider bien plus qu’une personne qui connaît seulement votre \
             domaine."
        ),
        reader: tr!(
            "No mentor on this team shares the situation this plan describes.",
            "Aucun mentor de cette équipe ne vit une situation comme celle que décrit ce plan."
        ),
    };
    /// The same words in both voices.
    pub const NO_ONLINE_MENTOR: Tr = tr!(
        "No mentor can be reached online for a quick \
        answer, such as a cover letter due tonight or an interview question tomorrow.",
        "Aucun mentor n’est joignable en ligne pour une réponse rapide, par exemple pour une \
         lettre de présentation à remettre ce soir ou une question d’entrevue demain."
    );
    pub const NO_IN_PERSON: Voiced = Voiced {
        owner: tr!(
            "You meet no one on your team in person. Time face to face builds trust faster: \
             if you can, add someone you can meet for a coffee.",
            "Vous ne rencontrez en personne aucun mentor de votre équipe. Le temps passé face \
             à face crée plus vite un lien de confiance\u{a0}: si vous le pouvez, ajoutez une \
             personne avec qui prendre un café."
        ),
        reader: tr!(
            "No one on this team is met in person.",
            "Aucun mentor de cette équipe n’est rencontré en personne."
        ),
    };
    pub const NO_SOFT_SKILL_MENTOR: Voiced = Voiced {
        owner: tr!(
            "No mentor helps you with soft skills. People \
            learn these from people, not from courses.",
            "Aucun mentor ne vous aide pour les compétences relationnelles. On les apprend des \
             autres, pas dans des cours."
        ),
        reader: tr!(
            "No mentor on this team helps with soft skills.",
            "Aucun mentor de cette équipe n’aide pour les compétences relationnelles."
        ),
    };
    pub const NO_SPONSOR: Voiced = Voiced {
        owner: tr!(
            "Your goals point to a leadership role, and no one on your \
            team is a sponsor. A sponsor speaks up for you when promotions are decided.",
            "Vos objectifs visent un poste de direction, mais personne dans votre équipe ne \
             joue le rôle de parrain ou de marraine. Ce rôle consiste à parler en votre faveur \
             quand les promotions se décident."
        ),
        reader: tr!(
            "The goals in this plan point to a leadership role, and no one on the team is a \
             sponsor.",
            "Les objectifs de ce plan visent un poste de direction, mais personne dans \
             l’équipe ne joue le rôle de parrain ou de marraine."
        ),
    };

    pub fn open_mentor(mentor: &str) -> String {
        tr!("Go to {mentor}'s card", "Aller à la fiche de {mentor}").fill(&[("mentor", mentor)])
    }

    pub fn draft_follow_up(mentor: &str) -> String {
        tr!(
            "Draft a follow-up to {mentor}",
            "Rédiger une relance pour {mentor}"
        )
        .fill(&[("mentor", mentor)])
    }

    pub fn fix_link(step_name: &str) -> String {
        tr!(
            "Go to {step_name}",
            "Aller à l’étape «\u{a0}{step_name}\u{a0}»"
        )
        .fill(&[("step_name", step_name)])
    }

    pub const SET_ASIDE: Tr = tr!("This does not apply to me", "Ce conseil ne me concerne pas");

    pub fn set_aside(count: usize) -> String {
        crate::domain::content::count(
            count,
            tr!(
                "You said {n} piece of advice does not apply to you.",
                "Vous avez écarté {n}\u{a0}conseil qui ne vous concerne pas."
            ),
            tr!(
                "You said {n} pieces of advice do not apply to you.",
                "Vous avez écarté {n}\u{a0}conseils qui ne vous concernent pas."
            ),
        )
    }

    pub const SHOW_AGAIN: Tr = tr!(
        "Show all advice again",
        "Afficher de nouveau tous les conseils"
    );
}
