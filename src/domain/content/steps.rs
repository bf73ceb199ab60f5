//! The stock-take's words: the welcome, the steps, their fields and labels. Part of the content catalogue.

use crate::domain::content::Tr;
use crate::domain::plan::{
    Cadence, Factor, Industry, Level, MentorRole, Priority, Reach, Reason, Status,
};
use crate::domain::steps::Step;

pub mod welcome {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!(
        "One mentor is not enough any more",
        "Un seul mentor ne suffit plus"
    );
    pub const PARAGRAPHS: [Tr; 4] = [
        tr!(
            "Careers change direction faster than any single mentor can keep up with, and \
             fewer employers run mentoring programs at all. Rather than waiting for one senior \
             person to take you under their wing, you can build a multi-mentor strategy: a few \
             mentors with different strengths, each picked for one skill you need.",
            "Les carrières changent de direction plus vite qu’un seul mentor ne peut les suivre, et \
             de moins en moins d’employeurs offrent des programmes de mentorat. Plutôt que \
             d’attendre qu’une personne d’expérience vous prenne sous son aile, vous pouvez \
             bâtir une stratégie multi-mentors\u{a0}: quelques mentors aux forces variées, \
             chacun choisi pour une compétence dont vous avez besoin."
        ),
        tr!(
            "Why several mentors? A Harvard Business School study of professional firms found \
             that nearly everyone over 40 could name a mentor, and many younger professionals \
             could not. One guide for a whole career has become rare; a few, each for one need, \
             fill the gap, and meeting some of them in person builds trust faster.",
            "Pourquoi plusieurs mentors\u{a0}? Une étude de la Harvard Business School sur des \
             cabinets de services professionnels a montré que presque toutes les personnes de \
             plus de 40\u{a0}ans pouvaient nommer un mentor, contrairement à bien des personnes \
             plus jeunes. Une seule personne pour guider toute une carrière, c’est devenu rare\u{a0}; \
             quelques mentors, chacun pour un besoin, comblent ce manque, et en rencontrer \
             certains en personne crée plus vite un lien de confiance."
        ),
        tr!(
            "Some of them you will meet in person. Others you can reach online when you need a \
             quick answer, such as a cover letter due tonight or an interview question tomorrow. \
             The best matches often share your situation too, like raising young children or \
             starting over in a new country.",
            "Certains, vous les rencontrerez en personne. D’autres, vous les joindrez en ligne \
             quand il vous faut une réponse rapide, par exemple pour une lettre de présentation \
             à remettre ce soir ou une question d’entrevue demain. Les mentors qui vous \
             conviennent le mieux vivent souvent une situation semblable à la vôtre, comme élever de jeunes enfants ou \
             recommencer à zéro dans un nouveau pays."
        ),
        tr!(
            "This stock-take walks you through four questions: which skills you need next, how \
             your lifestyle and situation shape the plan, which soft skills pay off in your \
             industry, and what value you can add to each relationship. Start below with where \
             you are today.",
            "Ce bilan de carrière vous amène à répondre à quatre questions\u{a0}: quelles compétences développer \
             ensuite, comment votre mode de vie et votre situation façonnent votre plan, quelles \
             compétences relationnelles sont payantes dans votre secteur, et ce que vous pouvez \
             apporter à chaque relation. Commencez ci-dessous en notant où vous en êtes \
             aujourd’hui."
        ),
    ];
    /// The fold that holds the paragraphs above.
    pub const MORE: Tr = tr!(
        "Why a team of mentors?",
        "Pourquoi une équipe de mentors\u{a0}?"
    );
    pub const PRIVACY: Tr = tr!(
        "Your plan stays in this browser. Nothing is sent to a server.",
        "Votre plan reste dans ce navigateur. Rien n’est envoyé à un serveur."
    );
    pub const RESULT: Tr = tr!(
        "At the end you will have a plan on one page: the skills you \
        need next, a mentor for each, how you will reach them, and what you can offer each \
        one in return.",
        "À la fin, vous aurez un plan d’une seule page\u{a0}: les compétences à développer, un \
        mentor pour chacune, la façon de joindre chaque mentor et ce que vous pouvez offrir à \
        chacun en retour."
    );
    pub const SEE_EXAMPLE: Tr = tr!(
        "Look at a finished example first",
        "Voir d’abord un exemple complet"
    );
    pub const EXAMPLE_UNKNOWN: Tr = tr!(
        "There is no example by that name: the link may come from an older version of this \
        app. These are the examples it has now.",
        "Il n’y a pas d’exemple de ce nom\u{a0}: le lien vient peut-être d’une version plus \
        ancienne de l’application. Voici les exemples qu’elle propose maintenant."
    );
}

/// The flow: navigation, step titles and introductions.
pub mod flow {
    use crate::domain::content::Tr;

    pub const NAV_LABEL: Tr = tr!("Stock-take steps", "Étapes du bilan");
    pub const PAGER_LABEL: Tr = tr!("Previous and next step", "Étape précédente et suivante");
    pub const BACK: Tr = tr!("Back", "Précédent");
    pub const NEXT: Tr = tr!("Next", "Suivant");
    /// A back or next link with the step it goes to: "Next: Mentors".
    pub const TO_STEP: Tr = tr!("{word}: {step}", "{word}\u{a0}: {step}");

    pub fn progress(number: usize, total: usize) -> String {
        tr!("Step {number} of {total}", "Étape {number} sur {total}").fill(&[
            ("number", &crate::domain::content::number(number)),
            ("total", &crate::domain::content::number(total)),
        ])
    }

    /// After a step's name, how many things it holds: "Skills to refine, 6".
    pub fn filled(count: usize) -> String {
        tr!(", {count}", ", {count}").fill(&[("count", &crate::domain::content::number(count))])
    }

    /// After a step's name, for the step to do next: "Mentors, suggested next".
    pub const SUGGESTED: Tr = tr!(", suggested next", ", étape suggérée");
    /// Under the list of steps: what the number after a step's name is.
    pub const COUNTS: Tr = tr!(
        "The number after a step is how many things you have filled in there.",
        "Le nombre après une étape indique combien d’éléments vous y avez remplis."
    );
    /// On a phone, the button that shows every step.
    pub const ALL_STEPS: Tr = tr!("All steps", "Toutes les étapes");
}

/// The short name of a step, for the progress indicator and back/next links.
pub fn step_name(step: Step) -> &'static str {
    match step {
        Step::Start => tr!("Start", "Départ"),
        Step::Skills => tr!("Skills you need", "Compétences à développer"),
        Step::Situation => tr!("Lifestyle and situation", "Mode de vie et situation"),
        Step::SoftSkills => tr!("Soft skills", "Compétences relationnelles"),
        Step::Mentors => tr!("Mentors", "Mentors"),
        Step::Value => tr!("Value you add", "Ce que vous apportez"),
        Step::Plan => tr!("Your plan", "Votre plan"),
    }
    .get()
}

/// The heading and introduction of a step.
pub fn step_intro(step: Step) -> (&'static str, &'static str) {
    let (heading, intro) = match step {
        Step::Start => (
            tr!("Start from where you are", "Partez de là où vous en êtes"),
            tr!(
                "Your goals and your last performance review point to the skills that matter \
                 most now. Each mentor will help with one or more of them.",
                "Vos objectifs et votre dernière évaluation de rendement indiquent les \
                 compétences qui comptent le plus maintenant. Chaque mentor de votre équipe vous \
                 aidera pour une ou plusieurs d’entre elles."
            ),
        ),
        Step::Skills => (
            tr!(
                "Which skills will take you where you want to go?",
                "Quelles compétences vous mèneront là où vous voulez aller\u{a0}?"
            ),
            tr!(
                "List the skills you need to reach your goals. Say why each one matters, where you are now and where you want to be. Start from a \
                 suggestion below or write your own.",
                "Notez les compétences dont vous avez besoin pour atteindre vos objectifs. Pour \
                 chacune, dites pourquoi elle compte, où vous en êtes et où vous voulez arriver. \
                 Partez d’une suggestion ci-dessous ou écrivez la vôtre."
            ),
        ),
        Step::Situation => (
            tr!(
                "How do your lifestyle and situation shape your strategy?",
                "Comment votre mode de vie et votre situation façonnent-ils votre stratégie\u{a0}?"
            ),
            tr!(
                "Someone in your field is a good start, but a mentor who has lived through \
                 circumstances like yours can help far more. Tick what applies to you; you \
                 will match mentors to it later.",
                "Une personne de votre domaine, c’est un bon début, mais un mentor qui a vécu \
                 une situation comme la vôtre peut vous aider bien davantage. Cochez ce qui \
                 vous concerne\u{a0}; vous y associerez des mentors plus tard."
            ),
        ),
        Step::SoftSkills => (
            tr!(
                "Which soft skills pay off in your industry?",
                "Quelles compétences relationnelles sont payantes dans votre secteur\u{a0}?"
            ),
            tr!(
                "Strategic thinking, personal branding, being visible where you work and \
                 communicating well rarely come naturally. People learn them from others. \
                 Pick your industry, add the soft skills you need, then note the people around \
                 you who are good at them.",
                "La pensée stratégique, l’image de marque personnelle, la visibilité au travail \
                 et une bonne communication viennent rarement toutes seules. On les apprend des \
                 autres. Choisissez votre secteur, ajoutez les compétences relationnelles dont \
                 vous avez besoin, puis notez les personnes de votre entourage qui les \
                 maîtrisent."
            ),
        ),
        Step::Mentors => (
            tr!(
                "Build your team of mentors",
                "Formez votre équipe de mentors"
            ),
            tr!(
                "Each mentor helps with one or more of your skills. Mix people you meet in person \
                 with people you can reach online for a quick answer, and look for some who \
                 share your situation.",
                "Chaque mentor vous aide pour une ou plusieurs de vos compétences. Combinez des \
                 gens que vous voyez en personne et d’autres que vous joignez en ligne \
                 pour une réponse rapide, et cherchez-en qui vivent une situation comme la \
                 vôtre."
            ),
        ),
        Step::Value => (
            tr!(
                "What value can you add to each relationship?",
                "Que pouvez-vous apporter à chaque relation\u{a0}?"
            ),
            tr!(
                "Good mentoring goes both ways. For each mentor, write what you can offer in \
                 return. Help given freely tends to come back, and it widens your circle too.",
                "Un bon mentorat va dans les deux sens. Pour chaque mentor, écrivez ce que vous \
                 pouvez offrir en retour. L’aide donnée de bon cœur revient souvent, et elle \
                 élargit aussi votre cercle."
            ),
        ),
        Step::Plan => (
            tr!("Your multi-mentor plan", "Votre plan multi-mentors"),
            tr!(
                "Your skills against your mentors, and what the picture tells you. Each finding \
                 links to the step where you can act on it.",
                "Vos compétences face à vos mentors, et ce que ce portrait vous apprend. Chaque \
                 constat mène à l’étape où vous pouvez agir."
            ),
        ),
    };
    (heading.get(), intro.get())
}

pub mod start {
    use crate::domain::content::Tr;

    pub const GOALS_LABEL: Tr = tr!("Your career goals", "Vos objectifs de carrière");
    pub const TARGET_ROLE_LABEL: Tr = tr!("Target role", "Poste visé");
    pub const TARGET_ROLE_HINT: Tr = tr!(
        "For example: team lead, staff accountant, \
        product manager.",
        "Par exemple\u{a0}: chef d’équipe, comptable, \
        gestionnaire de produit."
    );
    pub const REVIEW_LABEL: Tr = tr!(
        "What your last performance review said",
        "Ce que disait votre dernière évaluation de rendement"
    );
    pub const REVIEW_HINT: Tr = tr!(
        "Note the strengths it named and the areas it asked \
        you to grow. If you have not had a review, write what a manager or colleague \
        has told you.",
        "Notez les forces qu’elle a relevées et les points à améliorer qu’elle a \
        soulignés. Si vous n’avez pas eu d’évaluation, écrivez ce que des gestionnaires ou des \
        collègues vous ont dit."
    );
}

/// Shared words for lists of things the person adds and removes.
pub mod common {
    use crate::domain::content::Tr;

    pub const REMOVE: Tr = tr!("Remove", "Retirer");
    pub const EDIT: Tr = tr!("Edit", "Modifier");
    pub const DONE_EDITING: Tr = tr!("Done editing", "Terminer");
    pub const UNDO: Tr = tr!("Undo", "Annuler");
    pub const DISMISS: Tr = tr!("Dismiss", "Fermer");

    pub fn removed(name: &str) -> String {
        tr!(
            "Removed \u{201c}{name}\u{201d}.",
            "Vous avez retiré «\u{a0}{name}\u{a0}»."
        )
        .fill(&[("name", name)])
    }

    pub fn restored(name: &str) -> String {
        tr!(
            "\u{201c}{name}\u{201d} is back.",
            "«\u{a0}{name}\u{a0}» est de retour."
        )
        .fill(&[("name", name)])
    }
}

pub mod skills {
    use crate::domain::content::Tr;

    pub const YOUR_LIST: Tr = tr!("Your skills", "Vos compétences");
    pub const EMPTY: Tr = tr!(
        "No skills yet. Add one below or start from a suggestion.",
        "Aucune compétence pour l’instant. Ajoutez-en une ci-dessous ou partez d’une suggestion."
    );
    pub const ADD_HEADING: Tr = tr!("Add a skill", "Ajouter une compétence");
    pub const NAME_LABEL: Tr = tr!("Skill", "Compétence");
    pub const NAME_HINT: Tr = tr!(
        "A skill you want to build, such as \u{201c}Month-end \
        close\u{201d} or \u{201c}Giving difficult feedback\u{201d}.",
        "Une compétence que vous voulez développer, comme «\u{a0}Clôture de fin de \
        mois\u{a0}» ou «\u{a0}Donner une rétroaction difficile\u{a0}»."
    );
    pub const NAME_REQUIRED: Tr = tr!("Give the skill a name.", "Donnez un nom à la compétence.");
    pub const ADD: Tr = tr!("Add skill", "Ajouter la compétence");
    pub const SOFT_SKILL: Tr = tr!(
        "A soft skill, such as communication or networking",
        "Une compétence relationnelle, comme la communication ou le réseautage"
    );
    pub const REASON_LABEL: Tr = tr!("Why it matters", "Pourquoi elle compte");
    pub const NOW_LABEL: Tr = tr!("Where you are now", "Où vous en êtes");
    pub const TARGET_LABEL: Tr = tr!("Where you want to be", "Où vous voulez arriver");
    pub const PRIORITY_LABEL: Tr = tr!("Priority", "Priorité");
    /// Opens a skill's other fields: its name, why it matters, its goal and date, soft or not.
    pub const MORE: Tr = tr!(
        "Name, reason, goal and date",
        "Nom, raison, objectif et date"
    );
    pub const SUGGESTIONS_HEADING: Tr = tr!(
        "Suggestions for common paths",
        "Suggestions pour des parcours courants"
    );
    pub const SUGGESTIONS_INTRO: Tr = tr!(
        "Pick the path closest to yours. Each suggestion \
        adds a skill you can then adjust.",
        "Choisissez le parcours le plus proche du vôtre. Chaque suggestion \
        ajoute une compétence que vous pourrez ensuite ajuster."
    );
    pub const ALREADY_ADDED: Tr = tr!("added", "ajoutée");
    pub const NAMESAKE_NOTE: Tr = tr!(
        "Two skills share this name; the second is \
        shown with a number.",
        "Deux compétences portent ce nom\u{a0}; la deuxième est \
        affichée avec un numéro."
    );

    pub fn add_suggestion(name: &str) -> String {
        tr!("Add {name}", "Ajouter «\u{a0}{name}\u{a0}»").fill(&[("name", name)])
    }

    pub fn added(name: &str) -> String {
        tr!(
            "Added \u{201c}{name}\u{201d}.",
            "Vous avez ajouté «\u{a0}{name}\u{a0}»."
        )
        .fill(&[("name", name)])
    }
}

/// One path from the brief, with the advice and competencies it suggests.
pub struct Scenario {
    pub title: Tr,
    pub advice: Tr,
    pub competencies: &'static [(Tr, Reason)],
}

pub const SCENARIOS: [Scenario; 4] = [
    Scenario {
        title: tr!(
            "Changing function, such as from IT to accounting",
            "Changer de fonction, par exemple passer de l’informatique à la comptabilité"
        ),
        advice: tr!(
            "Look for a mentor who already works in the field you are moving into, \
            ideally one who made a similar move.",
            "Cherchez un mentor qui travaille déjà dans le domaine vers lequel vous vous dirigez, \
            idéalement quelqu’un qui a fait un virage semblable."
        ),
        competencies: &[
            (
                tr!("Accounting fundamentals", "Notions de base en comptabilité"),
                Reason::Transition,
            ),
            (
                tr!(
                    "Month-end close and reconciliations",
                    "Clôture de fin de mois et rapprochements"
                ),
                Reason::Transition,
            ),
            (
                tr!(
                    "Canadian accounting standards (ASPE and IFRS)",
                    "Normes comptables canadiennes (NCECF et IFRS)"
                ),
                Reason::Transition,
            ),
            (
                tr!(
                    "Framing IT experience as a finance story",
                    "Présenter une expérience en TI sous l’angle de la finance"
                ),
                Reason::Goal,
            ),
        ],
    },
    Scenario {
        title: tr!(
            "Growing into leadership",
            "Évoluer vers un rôle de leadership"
        ),
        advice: tr!(
            "Look for a mentor who delegates well, and one who has built working \
            relationships with difficult employees.",
            "Cherchez un mentor qui délègue bien, et un autre qui a su bâtir de bonnes \
            relations de travail avec des personnes difficiles dans son équipe."
        ),
        competencies: &[
            (tr!("Delegating work", "Déléguer le travail"), Reason::Goal),
            (
                tr!(
                    "Working with difficult relationships",
                    "Composer avec des relations difficiles"
                ),
                Reason::Goal,
            ),
            (
                tr!("Giving feedback", "Donner de la rétroaction"),
                Reason::PerformanceReview,
            ),
            (
                tr!(
                    "Running effective one-on-ones",
                    "Mener des rencontres individuelles efficaces"
                ),
                Reason::Goal,
            ),
        ],
    },
    Scenario {
        title: tr!(
            "Returning to paid work after time at home with children",
            "Retourner au travail rémunéré après du temps à la maison avec les enfants"
        ),
        advice: tr!(
            "Look for a mentor who went back to work after time away, and ask what \
            helped them most.",
            "Cherchez un mentor qui a repris le travail après une pause, et demandez-lui \
            ce qui l’a le plus aidé."
        ),
        competencies: &[
            (
                tr!(
                    "Up-to-date industry knowledge",
                    "Connaissances à jour du secteur"
                ),
                Reason::Transition,
            ),
            (
                tr!(
                    "Explaining a career gap with confidence",
                    "Expliquer une pause de carrière avec assurance"
                ),
                Reason::Situation,
            ),
            (
                tr!(
                    "Balancing work and family routines",
                    "Concilier le travail et la vie de famille"
                ),
                Reason::Situation,
            ),
            (
                tr!(
                    "Current tools of the profession",
                    "Outils actuels de la profession"
                ),
                Reason::Transition,
            ),
        ],
    },
    Scenario {
        title: tr!(
            "Rebuilding a career as a newcomer to Canada",
            "Rebâtir sa carrière après son arrivée au Canada"
        ),
        advice: tr!(
            "Look for mentors who have done it before you: people who rebuilt their own \
            careers here, and people who know how hiring works in your field.",
            "Cherchez des mentors qui sont passés par là\u{a0}: des personnes qui ont rebâti \
            leur propre carrière ici, et d’autres qui savent comment on embauche dans votre \
            domaine."
        ),
        competencies: &[
            (
                tr!(
                    "Canadian workplace culture",
                    "Culture de travail canadienne"
                ),
                Reason::Situation,
            ),
            (
                tr!(
                    "Credential recognition",
                    "Reconnaissance des titres de compétences"
                ),
                Reason::Transition,
            ),
            (
                tr!(
                    "Building a professional network in Canada",
                    "Bâtir un réseau professionnel au Canada"
                ),
                Reason::Goal,
            ),
            (
                tr!(
                    "Interviewing for Canadian employers",
                    "Passer des entrevues avec des employeurs canadiens"
                ),
                Reason::Transition,
            ),
        ],
    },
];

/// A level in words first, with its number after.
pub fn level_label(level: Level) -> &'static str {
    match level.value() {
        1 => tr!("New to it (1 of 5)", "Novice (1 sur 5)"),
        2 => tr!("Learning (2 of 5)", "En apprentissage (2 sur 5)"),
        3 => tr!("Capable (3 of 5)", "À l’aise (3 sur 5)"),
        4 => tr!("Strong (4 of 5)", "Solide (4 sur 5)"),
        _ => tr!(
            "Could teach it (5 of 5)",
            "Capable de l’enseigner (5 sur 5)"
        ),
    }
    .get()
}

pub fn reason_label(reason: Reason) -> &'static str {
    match reason {
        Reason::PerformanceReview => tr!("Performance review", "Évaluation de rendement"),
        Reason::Goal => tr!("A goal of mine", "Un de mes objectifs"),
        Reason::Transition => tr!("A career transition", "Une transition de carrière"),
        Reason::Situation => tr!("My situation", "Ma situation"),
        // Only in plans from before schema 4, which `Plan::migrate` turns into goals.
        Reason::SoftSkill => tr!("A goal of mine", "Un de mes objectifs"),
    }
    .get()
}

pub fn priority_label(priority: Priority) -> &'static str {
    match priority {
        Priority::High => tr!("High", "Élevée"),
        Priority::Medium => tr!("Medium", "Moyenne"),
        Priority::Low => tr!("Low", "Faible"),
    }
    .get()
}

pub mod situation {
    use crate::domain::content::Tr;

    pub const FACTORS_LEGEND: Tr =
        tr!("What applies to you?", "Qu’est-ce qui vous concerne\u{a0}?");
    pub const OWN_HEADING: Tr = tr!(
        "Something else about your situation",
        "Autre chose sur votre situation"
    );
    pub const OWN_LABEL: Tr = tr!("Describe it in a few words", "Décrivez-le en quelques mots");
    pub const OWN_HINT: Tr = tr!(
        "For example: \u{201c}Shift work\u{201d} or \
        \u{201c}Supporting family overseas\u{201d}.",
        "Par exemple\u{a0}: «\u{a0}Travail par quarts\u{a0}» ou \
        «\u{a0}Soutien à la famille à l’étranger\u{a0}»."
    );
    pub const OWN_REQUIRED: Tr = tr!(
        "Describe the factor in a few words.",
        "Décrivez le facteur en quelques mots."
    );
    pub const ADD_OWN: Tr = tr!("Add factor", "Ajouter le facteur");
    pub const OWN_LIST: Tr = tr!("Your own factors", "Vos propres facteurs");
    pub const NOTES_LABEL: Tr = tr!(
        "Notes on balancing career and life",
        "Notes sur l’équilibre entre carrière et vie personnelle"
    );
    pub const NOTES_HINT: Tr = tr!(
        "What makes it hard to find time, and when would \
        advice help most?",
        "Pourquoi est-il difficile pour vous de trouver du temps, et quand des \
        conseils vous aideraient-ils le plus\u{a0}?"
    );
}

pub fn factor_label(factor: Factor) -> &'static str {
    match factor {
        Factor::ParentOfYoungChildren => {
            tr!("Parent of young children", "Parent de jeunes enfants")
        }
        Factor::Caregiver => tr!("Caring for a family member", "Prendre soin d’un proche"),
        Factor::NewcomerToCountry => tr!("Newcomer to the country", "Arrivée récente au pays"),
        Factor::ChangingCareers => tr!("Changing careers", "En changement de carrière"),
        Factor::ReturningToWork => tr!(
            "Returning to paid work after time away",
            "De retour au travail rémunéré après une absence"
        ),
        Factor::FirstLeadershipRole => tr!(
            "In a first leadership role",
            "Dans un premier rôle de leadership"
        ),
        Factor::WorkingInSecondLanguage => tr!(
            "Working in a second language",
            "Travailler dans une langue seconde"
        ),
        Factor::FirstInFamilyProfessional => tr!(
            "First in my family in a professional career",
            "Première personne de ma famille à exercer une profession"
        ),
        Factor::LivingWithDisability => tr!(
            "Living with a disability or chronic illness",
            "Vivre avec un handicap ou une maladie chronique"
        ),
        Factor::RuralOrRemote => tr!(
            "Living in a rural or remote community",
            "Vivre dans une communauté rurale ou éloignée"
        ),
        Factor::PartTimeOrFlexible => tr!(
            "Working part-time or flexible hours",
            "Travailler à temps partiel ou à horaire flexible"
        ),
        Factor::UnderRepresented => tr!(
            "Under-represented in my field",
            "Faire partie d’un groupe sous-représenté dans mon domaine"
        ),
        Factor::OlderWorker => tr!("Working at 55 or older", "Travailler à 55\u{a0}ans ou plus"),
    }
    .get()
}

pub mod soft_skills {
    use crate::domain::content::Tr;

    pub const INDUSTRY_LABEL: Tr = tr!("Your industry", "Votre secteur");
    pub const INDUSTRY_NONE: Tr = tr!("Choose an industry", "Choisissez un secteur");
    pub const SUGGESTED_HEADING: Tr = tr!(
        "Soft skills that pay off",
        "Compétences relationnelles payantes"
    );
    pub const PICK_INDUSTRY_FIRST: Tr = tr!(
        "Choose your industry to see suggestions. \
        The skills common to every industry are below.",
        "Choisissez votre secteur pour voir des suggestions. \
        Les compétences communes à tous les secteurs sont ci-dessous."
    );
    pub const YOURS_HEADING: Tr = tr!(
        "Soft skills in your plan",
        "Compétences relationnelles dans votre plan"
    );
    pub const ADDED_WHERE: Tr = tr!(
        "A soft skill you add here joins your skills list too (the \u{201c}Skills you need\u{201d} \
         step), where you can set how much it matters and where you stand.",
        "Une compétence relationnelle ajoutée ici figure aussi dans votre liste de compétences \
         (l’étape «\u{a0}Compétences à développer\u{a0}»), où vous pouvez indiquer son \
         importance et votre niveau."
    );
    pub const NONE_IN_PLAN: Tr = tr!(
        "No soft skills in your plan yet.",
        "Aucune compétence relationnelle dans votre plan pour l’instant."
    );
    pub const PEOPLE_HEADING: Tr = tr!(
        "People who are good at these skills",
        "Personnes douées pour ces compétences"
    );
    pub const PEOPLE_INTRO: Tr = tr!(
        "Colleagues, former managers, friends, community leaders: \
        note the ones whose way of working you would like to learn. Any of them can join \
        your mentors as an idea.",
        "Collègues, ex-gestionnaires, proches, leaders de votre communauté\u{a0}: \
        notez les personnes dont vous aimeriez apprendre la façon de travailler. Chacune \
        peut s’ajouter à vos mentors avec le statut «\u{a0}Idée\u{a0}»."
    );
    pub const PERSON_LABEL: Tr = tr!("Name", "Nom");
    pub const PERSON_HINT: Tr = tr!(
        "A first name or initials is enough.",
        "Un prénom ou des initiales suffisent."
    );
    pub const PERSON_REQUIRED: Tr =
        tr!("Write the person's name.", "Écrivez le nom de la personne.");
    pub const STRENGTHS_LEGEND: Tr = tr!("What they do well", "Ce que la personne fait bien");
    /// The legend of one listed person's strengths.
    pub const STRENGTHS_OF: Tr = tr!(
        "What they do well: {name}",
        "Ce que la personne fait bien\u{a0}: {name}"
    );
    pub const NO_SKILLS_TO_PICK: Tr = tr!(
        "Add skills (here or on the skills step) to say what they do well.",
        "Ajoutez des compétences (ici ou à l’étape «\u{a0}Compétences à développer\u{a0}») pour indiquer ce que la \
         personne fait bien."
    );
    pub const ADD_PERSON: Tr = tr!("Add this person", "Ajouter cette personne");
    pub const MAKE_MENTOR: Tr = tr!("Add to my mentors", "Ajouter à mes mentors");
    pub const IS_MENTOR: Tr = tr!("On your mentor list", "Dans votre liste de mentors");

    pub fn made_mentor(name: &str) -> String {
        tr!(
            "{name} is on your mentor list, as an idea.",
            "{name} est dans votre liste de mentors, avec le statut «\u{a0}Idée\u{a0}»."
        )
        .fill(&[("name", name)])
    }
}

pub fn industry_label(industry: Industry) -> &'static str {
    match industry {
        Industry::Technology => tr!("Technology", "Technologie"),
        Industry::FinanceAndAccounting => tr!("Finance and accounting", "Finance et comptabilité"),
        Industry::HealthCare => tr!("Health care", "Soins de santé"),
        Industry::Education => tr!("Education", "Éducation"),
        Industry::PublicService => tr!("Public service", "Fonction publique"),
        Industry::RetailAndHospitality => {
            tr!("Retail and hospitality", "Commerce de détail et hôtellerie")
        }
        Industry::TradesAndManufacturing => tr!(
            "Skilled trades and manufacturing",
            "Métiers spécialisés et fabrication"
        ),
        Industry::NonProfit => tr!(
            "Non-profit and community",
            "Organismes sans but lucratif et communautaires"
        ),
        Industry::CreativeAndMedia => tr!("Creative work and media", "Création et médias"),
        Industry::ProfessionalServices => tr!(
            "Consulting and professional services",
            "Services-conseils et services professionnels"
        ),
    }
    .get()
}

/// Soft skills that pay off everywhere.
pub const COMMON_SOFT_SKILLS: [Tr; 6] = [
    tr!("Strategic thinking", "Pensée stratégique"),
    tr!("Tactical planning", "Planification tactique"),
    tr!("Personal branding", "Image de marque personnelle"),
    tr!(
        "Visibility in the organization",
        "Visibilité dans l’organisation"
    ),
    tr!("Clear communication", "Communication claire"),
    tr!(
        "Self-promotion on social media",
        "Se mettre en valeur dans les médias sociaux"
    ),
];

/// Soft skills that weigh most in one industry, on top of the common ones.
pub fn industry_soft_skills(industry: Industry) -> &'static [Tr] {
    match industry {
        Industry::Technology => {
            const {
                &[
                    tr!(
                        "Explaining technical work to non-technical people",
                        "Expliquer le travail technique à des non-spécialistes"
                    ),
                    tr!("Influencing without authority", "Influencer sans autorité"),
                    tr!("Product sense", "Sens du produit"),
                ]
            }
        }
        Industry::FinanceAndAccounting => {
            const {
                &[
                    tr!(
                        "Presenting numbers to executives",
                        "Présenter des chiffres à la haute direction"
                    ),
                    tr!("Client relationships", "Relations avec la clientèle"),
                    tr!("Professional scepticism", "Esprit critique"),
                ]
            }
        }
        Industry::HealthCare => {
            const {
                &[
                    tr!(
                        "Calm communication under pressure",
                        "Communiquer avec calme sous pression"
                    ),
                    tr!(
                        "Working across care teams",
                        "Travailler avec différentes équipes de soins"
                    ),
                    tr!(
                        "Advocating for patients",
                        "Défendre les intérêts de la patientèle"
                    ),
                ]
            }
        }
        Industry::Education => {
            const {
                &[
                    tr!(
                        "Working with parents and communities",
                        "Travailler avec les parents et les communautés"
                    ),
                    tr!(
                        "Leading change with colleagues",
                        "Mener le changement avec mes collègues"
                    ),
                    tr!("Public speaking", "Prise de parole en public"),
                ]
            }
        }
        Industry::PublicService => {
            const {
                &[
                    tr!(
                        "Briefing senior officials",
                        "Faire des breffages à la haute direction"
                    ),
                    tr!(
                        "Navigating the organization",
                        "Se retrouver dans l’organisation"
                    ),
                    tr!(
                        "Building partnerships across departments",
                        "Bâtir des partenariats entre ministères"
                    ),
                ]
            }
        }
        Industry::RetailAndHospitality => {
            const {
                &[
                    tr!(
                        "Customer service recovery",
                        "Regagner la confiance de la clientèle"
                    ),
                    tr!(
                        "Motivating a team on shifts",
                        "Motiver une équipe qui travaille par quarts"
                    ),
                    tr!(
                        "Handling conflict on the floor",
                        "Gérer les conflits devant la clientèle"
                    ),
                ]
            }
        }
        Industry::TradesAndManufacturing => {
            const {
                &[
                    tr!("Leading a crew", "Diriger une équipe de travail"),
                    tr!("Safety leadership", "Leadership en santé et sécurité"),
                    tr!(
                        "Quoting and talking with clients",
                        "Préparer des soumissions et discuter avec la clientèle"
                    ),
                ]
            }
        }
        Industry::NonProfit => {
            const {
                &[
                    tr!(
                        "Fundraising and asking for support",
                        "Collecte de fonds et demandes de soutien"
                    ),
                    tr!("Working with volunteers", "Travailler avec des bénévoles"),
                    tr!(
                        "Storytelling for impact",
                        "Raconter des histoires qui mobilisent"
                    ),
                ]
            }
        }
        Industry::CreativeAndMedia => {
            const {
                &[
                    tr!("Pitching ideas", "Présenter ses idées"),
                    tr!(
                        "Taking and giving critique",
                        "Recevoir et donner des critiques"
                    ),
                    tr!("Building an audience", "Bâtir un public"),
                ]
            }
        }
        Industry::ProfessionalServices => {
            const {
                &[
                    tr!("Business development", "Développement des affaires"),
                    tr!(
                        "Managing client expectations",
                        "Gérer les attentes de la clientèle"
                    ),
                    tr!("Negotiation", "Négociation"),
                ]
            }
        }
    }
}

pub mod mentors {
    use crate::domain::content::Tr;

    pub const ADD_HEADING: Tr = tr!("Add a mentor", "Ajouter un mentor");
    pub const NAME_LABEL: Tr = tr!("Mentor's name", "Nom du mentor");
    pub const NAME_HINT: Tr = tr!(
        "Someone you know, or someone you would like to meet. \
        A role such as \u{201c}a controller at my firm\u{201d} is fine for now.",
        "Une personne que vous connaissez, ou que vous aimeriez rencontrer. \
        Une description comme «\u{a0}la personne qui dirige la comptabilité de mon entreprise\u{a0}» convient pour l’instant."
    );
    pub const NAME_REQUIRED: Tr = tr!("Write the mentor's name.", "Écrivez le nom du mentor.");
    pub const ADD: Tr = tr!("Add mentor", "Ajouter le mentor");
    pub const LIST_HEADING: Tr = tr!("Your mentors", "Vos mentors");
    pub const EMPTY: Tr = tr!(
        "No mentors yet. Add the first one above, or make one from the \
        people you listed under soft skills.",
        "Aucun mentor pour l’instant. Ajoutez le premier ci-dessus, ou choisissez-en un \
        parmi les personnes notées à l’étape «\u{a0}Compétences relationnelles\u{a0}»."
    );
    pub const HOW_KNOWN_LABEL: Tr = tr!("How you know them", "Comment vous vous connaissez");
    pub const HOW_KNOWN_HINT: Tr = tr!(
        "For example: former manager, met at a meetup, \
        friend of a friend.",
        "Par exemple\u{a0}: ex-gestionnaire, rencontre lors d’une activité de réseautage, \
        par des amis communs."
    );
    pub const ROLE_LABEL: Tr = tr!("Role on your team", "Rôle dans votre équipe");
    pub const ANSWERS_LEGEND: Tr = tr!(
        "Skills they help with",
        "Compétences pour lesquelles ce mentor vous aide"
    );
    pub const NO_COMPETENCIES: Tr = tr!(
        "Add skills in the skills step first.",
        "Ajoutez d’abord des compétences à l’étape «\u{a0}Compétences à développer\u{a0}»."
    );
    pub const SHARES_LEGEND: Tr = tr!(
        "Parts of your situation they share",
        "Aspects de votre situation que ce mentor partage"
    );
    pub const NO_SITUATION: Tr = tr!(
        "Describe your situation in the lifestyle step first.",
        "Décrivez d’abord votre situation à l’étape «\u{a0}Mode de vie et situation\u{a0}»."
    );
    pub const REACH_LEGEND: Tr = tr!("How you reach them", "Comment joindre ce mentor");
    pub const STATUS_LABEL: Tr = tr!("Where it stands", "Où en est la relation");
    pub const NEXT_STEP_LABEL: Tr = tr!("Next step", "Prochaine étape");
    pub const NEXT_STEP_HINT: Tr = tr!(
        "For example: ask for a 20-minute coffee chat.",
        "Par exemple\u{a0}: proposer un café-rencontre de 20\u{a0}minutes."
    );
    pub const CADENCE_LABEL: Tr = tr!("How often you meet", "Fréquence des rencontres");
    pub const COVERAGE_HEADING: Tr = tr!("Coverage so far", "Compétences couvertes jusqu’ici");
    pub const ANSWERS_NONE: Tr = tr!(
        "Helps with no skill yet",
        "N’aide encore pour aucune compétence"
    );

    pub fn answers_count(count: usize) -> String {
        crate::domain::content::count(
            count,
            tr!("Helps with {n} skill", "Aide pour {n}\u{a0}compétence"),
            tr!("Helps with {n} skills", "Aide pour {n}\u{a0}compétences"),
        )
    }

    pub const WHERE_HEADING: Tr = tr!("Where to find people", "Où trouver des gens");
    pub const WHERE_INTRO: Tr = tr!(
        "Look past the people you already know:",
        "Regardez au-delà des personnes que vous connaissez déjà\u{a0}:"
    );
    pub const WHERE: [Tr; 6] = [
        tr!(
            "Professional associations in your field: events, committees, mentoring programs.",
            "Les associations professionnelles de votre domaine\u{a0}: événements, comités, \
             programmes de mentorat."
        ),
        tr!(
            "Alumni networks of your school and of places you worked.",
            "Les réseaux d’anciens de votre école et de vos anciens employeurs."
        ),
        tr!(
            "Settlement and bridging programs for newcomers, which often match you with someone \
             in your field.",
            "Les programmes d’établissement et les programmes relais pour les personnes \
             immigrantes, qui vous jumellent souvent avec une personne de votre domaine."
        ),
        tr!(
            "Return-to-work programs, after time away.",
            "Les programmes de retour au travail, après une absence."
        ),
        tr!(
            "Community groups, volunteer boards, cultural and faith groups.",
            "Les groupes communautaires, les conseils d’administration bénévoles, les groupes \
             culturels et religieux."
        ),
        tr!(
            "Online groups in your field, for quick questions.",
            "Les groupes en ligne de votre domaine, pour les questions rapides."
        ),
    ];
}

pub fn role_label(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => tr!(
            "Expert in a skill",
            "Spécialiste, qui maîtrise une compétence"
        ),
        MentorRole::Coach => tr!("Coach", "Coach"),
        MentorRole::Sponsor => tr!(
            "Sponsor who speaks up for you",
            "Parrain ou marraine, qui parle en votre faveur"
        ),
        MentorRole::Peer => tr!("Peer", "Pair"),
        MentorRole::RoleModel => tr!("Role model", "Modèle"),
        MentorRole::Connector => tr!(
            "Connector who introduces you",
            "Intermédiaire, qui vous présente des gens"
        ),
    }
    .get()
}

/// What a role is and when you need one: one plain sentence.
pub fn role_about(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => tr!(
            "Knows a skill you need and can show you how it is done.",
            "Maîtrise une compétence dont vous avez besoin et peut vous montrer comment faire."
        ),
        MentorRole::Coach => tr!(
            "Helps you think through choices and keeps you to your plan when you feel stuck.",
            "Vous aide à réfléchir à vos choix et vous garde sur la bonne voie quand vous \
             n’avancez plus."
        ),
        MentorRole::Sponsor => tr!(
            "Speaks up for you when promotions are decided, which you need to move up.",
            "Parle en votre faveur quand on décide des promotions\u{a0}; c’est essentiel pour \
             avancer."
        ),
        MentorRole::Peer => tr!(
            "Is at your level and facing the same things, for quick, honest advice.",
            "Est à votre niveau et fait face aux mêmes défis\u{a0}; idéal pour des conseils rapides et \
             francs."
        ),
        MentorRole::RoleModel => tr!(
            "Does what you want to do, in a way you admire, for when you are unsure what good \
             looks like.",
            "Fait ce que vous voulez faire, d’une façon que vous admirez. Utile quand vous ne \
             savez pas à quoi ressemble un travail bien fait."
        ),
        MentorRole::Connector => tr!(
            "Introduces you to people outside your circle when you need to widen it.",
            "Vous présente des gens hors de votre cercle quand vous devez l’élargir."
        ),
    }
    .get()
}

/// How often people usually meet a mentor in this role (`MentorRole::usual_paces`).
pub fn role_pace(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => tr!(
            "Often about once a month while you learn; agree on the pace together.",
            "Souvent environ une fois par mois pendant votre apprentissage\u{a0}; convenez \
             ensemble de la fréquence."
        ),
        MentorRole::Coach => tr!(
            "Often every two weeks to once a month; agree on the pace together.",
            "Souvent toutes les deux semaines ou une fois par mois\u{a0}; convenez ensemble de la \
             fréquence."
        ),
        MentorRole::Sponsor => tr!(
            "Often a short update every three months; agree on the pace together.",
            "Souvent un court suivi tous les trois mois\u{a0}; convenez ensemble de la fréquence."
        ),
        MentorRole::Peer => tr!(
            "Often every week or every two weeks, or when a question comes up.",
            "Souvent chaque semaine ou toutes les deux semaines, ou quand une question se \
             présente."
        ),
        MentorRole::RoleModel => tr!(
            "Often every three months, or when a big choice comes up; agree on the pace \
             together.",
            "Souvent tous les trois mois, ou quand un grand choix se présente\u{a0}; convenez \
             ensemble de la fréquence."
        ),
        MentorRole::Connector => tr!(
            "Often only when you need an introduction.",
            "Souvent seulement quand il vous faut une mise en relation."
        ),
    }
    .get()
}

/// A role in a word or two, for the team map.
pub fn role_short(role: MentorRole) -> &'static str {
    match role {
        MentorRole::Expert => tr!("Expert", "Spécialiste"),
        MentorRole::Coach => tr!("Coach", "Coach"),
        MentorRole::Sponsor => tr!("Sponsor", "Parrainage"),
        MentorRole::Peer => tr!("Peer", "Pair"),
        MentorRole::RoleModel => tr!("Role model", "Modèle"),
        MentorRole::Connector => tr!("Connector", "Intermédiaire"),
    }
    .get()
}

pub fn reach_label(reach: Reach) -> &'static str {
    match reach {
        Reach::InPerson => tr!("In person", "En personne"),
        Reach::Online => tr!(
            "Online, for quick answers",
            "En ligne, pour des réponses rapides"
        ),
        Reach::Both => tr!("Both", "Les deux"),
    }
    .get()
}

pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Idea => tr!("Idea", "Idée"),
        Status::Asked => tr!("Asked", "Demande faite"),
        Status::Active => tr!("Active", "En cours"),
        Status::Paused => tr!("Paused", "En pause"),
    }
    .get()
}

pub fn cadence_label(cadence: Cadence) -> &'static str {
    match cadence {
        Cadence::NotSet => tr!("Not decided", "Pas encore décidé"),
        Cadence::Weekly => tr!("Every week", "Chaque semaine"),
        Cadence::EveryTwoWeeks => tr!("Every two weeks", "Toutes les deux semaines"),
        Cadence::Monthly => tr!("Every month", "Chaque mois"),
        Cadence::Quarterly => tr!("Every three months", "Tous les trois mois"),
        Cadence::AsNeeded => tr!("When needed", "Au besoin"),
    }
    .get()
}
