//! Workshop mode, the presenter view and the room screen. Part of the content catalogue.

pub mod workshop {
    use crate::domain::content::Tr;

    pub const BANNER: Tr = tr!(
        "Workshop mode: you are working on demo plans. Your own plans \
        are kept apart and nothing here changes them.",
        "Mode atelier\u{a0}: vous travaillez sur des plans de démonstration. Vos propres \
        plans sont gardés à part, et rien ici ne les modifie."
    );
    pub const BANNER_LABEL: Tr = tr!("Workshop mode is on", "Le mode atelier est activé");
    pub const WORKSHOP_LINK: Tr = tr!("Workshop", "Atelier");
    pub const LEAVE: Tr = tr!("Leave workshop mode", "Quitter le mode atelier");

    pub const HEADING: Tr = tr!("Workshop mode", "Mode atelier");
    pub const INTRO_OFF: Tr = tr!(
        "For facilitators who show Multi-Mentor Plan to a room. In \
        workshop mode, the example plans open as demo copies, kept apart from the plans in \
        this browser. The presenter view shows them in large type, and one button hands the \
        app to everyone in the room.",
        "Pour les personnes qui animent et présentent Multi-Mentor Plan à un groupe. En mode \
        atelier, les plans d’exemple s’ouvrent en copies de démonstration, gardées à part des \
        plans de ce navigateur. La vue de présentation les affiche en gros caractères, et un \
        seul bouton ouvre l’application à toute la salle."
    );
    pub const SWITCH_ON: Tr = tr!("Switch on workshop mode", "Activer le mode atelier");
    pub const ASKED_BY_LINK: Tr = tr!(
        "The link you followed asks to switch on workshop mode. It stays off unless you \
        switch it on here. Your own plans stay as they are either way.",
        "Le lien que vous avez suivi demande d’activer le mode atelier. Il reste désactivé, \
        sauf si vous l’activez ici. Vos propres plans restent tels quels dans tous les cas."
    );
    pub const ON: Tr = tr!(
        "Workshop mode is on. The plans you open and edit now are demo \
        copies; your own plans are kept apart, unchanged.",
        "Le mode atelier est activé. Les plans que vous ouvrez et modifiez maintenant sont \
        des copies de démonstration\u{a0}; vos propres plans sont gardés à part, sans \
        changement."
    );

    pub const EXAMPLES_HEADING: Tr = tr!("Example plans", "Plans d’exemple");
    pub const EXAMPLES_INTRO: Tr = tr!(
        "Four people from the stock-take, with complete plans. \
        Each one shows different findings in the plan view.",
        "Quatre personnes qui ont fait le bilan, avec des plans complets. Chacune fait \
        ressortir des constats différents dans la vue du plan."
    );
    pub const SHOWS: Tr = tr!("The plan view shows:", "La vue du plan montre\u{a0}:");
    pub const OPEN_EXAMPLE: Tr = tr!("Open a demo copy", "Ouvrir une copie de démonstration");

    pub const LOADING: Tr = tr!(
        "Loading the example plans\u{2026}",
        "Chargement des plans d’exemple…"
    );
    pub const LOAD_FAILED: Tr = tr!(
        "The example plans could not be loaded. \
        Check this device\u{2019}s connection, then try again.",
        "Les plans d’exemple n’ont pas pu être chargés. Vérifiez la connexion de cet appareil, \
        puis réessayez."
    );
    pub const TRY_AGAIN: Tr = tr!("Try again", "Réessayer");

    pub fn opened(name: &str) -> String {
        tr!(
            "Opened a demo copy: \u{201c}{name}\u{201d}.",
            "Copie de démonstration ouverte\u{a0}: «\u{a0}{name}\u{a0}»."
        )
        .fill(&[("name", name)])
    }

    pub const CURRENT_HEADING: Tr = tr!("The demo plan", "Le plan de démonstration");
    pub const CURRENT: Tr = tr!("Open now:", "Plan ouvert\u{a0}:");
    pub const NO_DEMO: Tr = tr!(
        "No example is open yet. Open one of the example plans, or \
        start from a blank plan in the stock-take.",
        "Aucun exemple n’est encore ouvert. Ouvrez l’un des plans d’exemple, ou partez d’un \
        plan vierge dans le bilan."
    );
    pub const PRESENT: Tr = tr!("Present it", "Présenter");
    pub const EDIT: Tr = tr!("Edit it in the stock-take", "Modifier dans le bilan");
    pub const ROOM: Tr = tr!("Hand it to the room", "Partager avec la salle");
    pub const GUIDE_LINK: Tr = tr!(
        "Read the facilitator\u{2019}s guide",
        "Lire le guide d’animation"
    );
    pub const WORKSHEET_LINK: Tr = tr!(
        "Print the worksheet for people without a phone",
        "Imprimer la feuille de travail pour les personnes sans téléphone"
    );

    pub const RESET_HEADING: Tr = tr!("After the workshop", "Après l’atelier");
    pub const RESET_INTRO: Tr = tr!(
        "Reset the demo to clear every demo plan. Only demo plans \
        are cleared; the plans people keep in this browser are not touched.",
        "Réinitialisez la démo pour effacer tous les plans de démonstration. Seuls ces plans \
        sont effacés\u{a0}; ceux que les gens gardent dans ce navigateur restent intacts."
    );
    pub const RESET: Tr = tr!("Reset demo", "Réinitialiser la démo");
    /// Asked before the reset, which cannot be undone.
    pub const RESET_ASK: Tr = tr!(
        "Clear every demo plan? This cannot be undone.",
        "Effacer tous les plans de démonstration\u{a0}? C’est irréversible."
    );
    pub const RESET_YES: Tr = tr!("Yes, clear them", "Oui, les effacer");
    pub const RESET_NO: Tr = tr!("Keep them", "Les garder");
    pub const RESET_DONE: Tr = tr!(
        "The demo is reset: every demo plan is cleared.",
        "La démo est réinitialisée\u{a0}: tous les plans de démonstration sont effacés."
    );
    pub const RESET_FAILED: Tr = tr!(
        "The demo could not be reset: this browser refused to \
        change its storage.",
        "La démo n’a pas pu être réinitialisée\u{a0}: ce navigateur a refusé de modifier son \
        stockage."
    );
    pub const SWITCH_FAILED: Tr = tr!(
        "Workshop mode could not be changed: this browser \
        refused to change its storage.",
        "Le mode atelier n’a pas pu être changé\u{a0}: ce navigateur a refusé de modifier son \
        stockage."
    );
}

pub mod presenter {
    use crate::domain::content::{Tr, number};

    pub const LABEL: Tr = tr!("Presenter view", "Vue de présentation");
    pub const OFF_HEADING: Tr = tr!("Workshop mode is off", "Le mode atelier est désactivé");
    pub const OFF_TEXT: Tr = tr!(
        "The presenter view shows workshop mode\u{2019}s demo plans, \
        never your own. Switch workshop mode on, then present.",
        "La vue de présentation montre les plans de démonstration du mode atelier, jamais les \
        vôtres. Activez le mode atelier, puis lancez la présentation."
    );
    pub const OFF_LINK: Tr = tr!("Go to workshop mode", "Aller au mode atelier");
    pub const EXIT: Tr = tr!("Exit presenter view", "Quitter la vue de présentation");
    pub const BACK: Tr = tr!("Back", "Précédent");
    pub const NEXT: Tr = tr!("Next", "Suivant");
    /// On workshop mode's home, under the way to the presenter view.
    pub const KEYS_HINT: Tr = tr!(
        "In the presenter view, arrow keys, Page Up and Page Down move between slides, as a \
        slide clicker does.",
        "Dans la vue de présentation, les touches fléchées, Page précédente et Page suivante \
        font passer d’une diapositive à l’autre, comme une télécommande de présentation."
    );

    pub fn counter(slide: usize, total: usize) -> String {
        tr!("{slide} of {total}", "{slide} sur {total}")
            .fill(&[("slide", &number(slide)), ("total", &number(total))])
    }

    pub fn question_number(number: usize) -> String {
        tr!("Question {number}", "Question {number}")
            .fill(&[("number", &crate::domain::content::number(number))])
    }

    /// The four stock-take questions, with what to talk about for each.
    pub const QUESTIONS: [(Tr, Tr); 4] = [
        (
            tr!(
                "Which skills will take you where you want to go?",
                "Quelles compétences vous mèneront là où vous voulez aller\u{a0}?"
            ),
            tr!(
                "Start from your goals and your last performance review. List the skills your \
                 next move needs, where you stand now, and which matter most.",
                "Partez de vos objectifs et de votre dernière évaluation de rendement. Notez \
                 les compétences qu’exige la suite de votre carrière, où vous en êtes aujourd’hui et \
                 lesquelles comptent le plus."
            ),
        ),
        (
            tr!(
                "How do your lifestyle and situation shape the strategy?",
                "Comment votre mode de vie et votre situation orientent-ils la stratégie\u{a0}?"
            ),
            tr!(
                "Someone in your field is not enough. A mentor who has lived your circumstances \
                 knows the hurdles, and someone you can reach quickly helps when it counts.",
                "Quelqu’un de votre domaine ne suffit pas. Un mentor qui a vécu une situation \
                 comme la vôtre connaît les obstacles, et une personne que vous pouvez joindre \
                 vite vous aide quand ça compte."
            ),
        ),
        (
            tr!(
                "Which soft skills pay off in your industry?",
                "Quelles compétences relationnelles sont payantes dans votre secteur\u{a0}?"
            ),
            tr!(
                "Communication, visibility and personal branding rarely come naturally. Find \
                 people you respect who succeeded through them, and learn from them.",
                "La communication, la visibilité et l’image de marque personnelle viennent \
                 rarement toutes seules. Trouvez des gens que vous respectez qui ont réussi \
                 grâce à elles, et apprenez d’eux."
            ),
        ),
        (
            tr!(
                "What value can you add to each relationship?",
                "Que pouvez-vous apporter à chaque relation\u{a0}?"
            ),
            tr!(
                "Every mentor relationship should go both ways. Note what you bring to each \
                 mentor: a skill, your time, help with their community work.",
                "Toute relation de mentorat devrait aller dans les deux sens. Notez ce que vous \
                 apportez à chaque mentor\u{a0}: une compétence, votre temps, de l’aide pour son \
                 engagement dans la communauté."
            ),
        ),
    ];

    pub const IN_THIS_PLAN: Tr = tr!("In this demo plan", "Dans ce plan de démonstration");
    pub const NOTHING_YET: Tr = tr!("Nothing written yet.", "Rien d’écrit pour l’instant.");
    pub const GOALS: Tr = tr!("Goals:", "Objectifs\u{a0}:");
    pub const TARGET_ROLE: Tr = tr!("Target role:", "Poste visé\u{a0}:");
    pub const INDUSTRY: Tr = tr!("Industry:", "Secteur\u{a0}:");
    pub const PEOPLE_RESPECTED: Tr =
        tr!("People they respect:", "Personnes qui l’inspirent\u{a0}:");
    pub const NOTHING_OFFERED: Tr = tr!("nothing noted yet", "rien de noté pour l’instant");
    /// The plan slide's heading, with the demo plan's name.
    pub const PLAN_HEADING: Tr = tr!("The plan: {name}", "Le plan\u{a0}: {name}");

    pub fn competency_line(name: &str, now: &str, target: &str, priority: &str) -> String {
        tr!(
            "{name}: {now} \u{2192} {target}, {priority} priority",
            "{name}\u{a0}: {now} \u{2192} {target}, priorité {priority}"
        )
        .fill(&[
            ("name", name),
            ("now", now),
            ("target", target),
            ("priority", priority),
        ])
    }

    pub fn offer_line(mentor: &str, offer: &str) -> String {
        tr!("To {mentor}: {offer}", "Pour {mentor}\u{a0}: {offer}")
            .fill(&[("mentor", mentor), ("offer", offer)])
    }
}

pub mod room {
    use crate::domain::content::Tr;

    pub const HEADING: Tr = tr!(
        "Open Multi-Mentor Plan on your phone",
        "Ouvrez Multi-Mentor Plan sur votre téléphone"
    );
    pub const SCAN: Tr = tr!(
        "Scan the code, or type the address:",
        "Balayez le code, ou tapez l’adresse\u{a0}:"
    );
    pub const PLAN_HEADING: Tr = tr!(
        "Open the demo plan on your phone",
        "Ouvrez le plan de démonstration sur votre téléphone"
    );
    pub const PLAN_SCAN: Tr = tr!(
        "Scan the code to read the demo plan. The app itself is at:",
        "Balayez le code pour lire le plan de démonstration. L’application elle-même est à \
        l’adresse\u{a0}:"
    );
    pub const SHOW_PLAN: Tr = tr!(
        "Show the demo plan\u{2019}s link instead",
        "Afficher plutôt le lien du plan de démonstration"
    );
    pub const QR_LABEL: Tr = tr!(
        "QR code of the address shown below",
        "Code QR de l’adresse affichée ci-dessous"
    );
    pub const TOO_LONG: Tr = tr!(
        "The demo plan\u{2019}s link is too long for a QR code. \
        Show the app\u{2019}s address instead, and share the plan as a file.",
        "Le lien du plan de démonstration est trop long pour un code QR. Affichez plutôt \
        l’adresse de l’application, et partagez le plan sous forme de fichier."
    );
    pub const EXIT: Tr = tr!("Back to workshop mode", "Retour au mode atelier");
    pub const OFFLINE: Tr = tr!(
        "This device is offline. Everyone in the room needs a network \
        connection to open the app the first time; after that it works offline too.",
        "Cet appareil est hors ligne. Tout le monde dans la salle a besoin d’une connexion \
        réseau pour ouvrir l’application la première fois\u{a0}; ensuite, elle fonctionne \
        aussi hors ligne."
    );
}
