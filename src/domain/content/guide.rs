//! The facilitator's guide: one workshop in two lengths, 60 and 45 minutes, whose parts take
//! different times and some of whose steps differ. A page of its own beside the app in each
//! language (`domain::guide` makes it; workshop mode links to it). Part of the content
//! catalogue; the app itself never holds these words.

use crate::domain::content::Tr;

pub const HEADING: Tr = tr!("The facilitator\u{2019}s guide", "Le guide d’animation");

pub const INTRO: Tr = tr!(
    "You demo the app on a projected screen, then people build their own plans on their \
     phones. You need a laptop, a projector and an internet connection the room can use. No one \
     signs up for anything, and nothing is sent to a server.",
    "Vous faites une démonstration de l’application sur un écran projeté, puis les gens créent \
     leur propre plan sur leur téléphone. Il vous faut un ordinateur portable, un projecteur et \
     une connexion Internet accessible à toute la salle. Personne ne s’inscrit à quoi que ce \
     soit, et rien n’est envoyé à un serveur."
);

/// The heading of the list of the guide's sections.
pub const CONTENTS: Tr = tr!("In this guide", "Dans ce guide");

pub const AFTER_HEADING: Tr = tr!("After the workshop", "Après l’atelier");

pub const BACK: Tr = tr!("Back to workshop mode", "Retour au mode atelier");

/// How long the workshop runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Hour,
    ThreeQuarters,
}

impl Length {
    pub const ALL: [Length; 2] = [Length::Hour, Length::ThreeQuarters];

    pub fn minutes(self) -> u32 {
        match self {
            Length::Hour => 60,
            Length::ThreeQuarters => 45,
        }
    }

    /// The heading of the guide to a workshop of this length.
    pub fn heading(self) -> Tr {
        match self {
            Length::Hour => tr!(
                "Running a 60-minute workshop",
                "Animer un atelier de 60\u{a0}minutes"
            ),
            Length::ThreeQuarters => tr!(
                "Running a 45-minute workshop",
                "Animer un atelier de 45\u{a0}minutes"
            ),
        }
    }
}

/// One part of the workshop: how long it takes in each length, a heading, and what to do.
pub struct GuidePart {
    /// Minutes in the 60-minute workshop, then in the 45-minute one.
    pub minutes: [u32; 2],
    pub heading: Tr,
    pub steps: &'static [Step],
}

impl GuidePart {
    pub fn minutes(&self, length: Length) -> u32 {
        self.minutes[length as usize]
    }

    /// What to do in a workshop of this length.
    pub fn steps(&self, length: Length) -> impl Iterator<Item = Tr> + '_ {
        self.steps
            .iter()
            .filter(move |step| step.only.is_none_or(|only| only == length))
            .map(|step| step.text)
    }
}

/// What to do: in both lengths of the workshop, or only in one.
pub struct Step {
    pub only: Option<Length>,
    pub text: Tr,
}

const fn both(text: Tr) -> Step {
    Step { only: None, text }
}

const fn only(length: Length, text: Tr) -> Step {
    Step {
        only: Some(length),
        text,
    }
}

use Length::{Hour, ThreeQuarters};

pub const PARTS: &[GuidePart] = &[
    GuidePart {
        minutes: [5, 3],
        heading: tr!(
            "Open: why one mentor is not enough",
            "Ouverture\u{a0}: pourquoi un seul mentor ne suffit pas"
        ),
        steps: &[
            both(tr!(
                "Before people arrive, switch on workshop mode and open the example plan closest \
                 to your audience as a demo copy.",
                "Avant l’arrivée des gens, activez le mode atelier et ouvrez en copie de \
                 démonstration le plan d’exemple le plus proche de votre public."
            )),
            both(tr!(
                "Welcome the room and make the case in two minutes: one mentor can no longer keep \
                 up with a career, so each person builds a few mentors with different strengths, \
                 each picked for one skill they need.",
                "Accueillez le groupe et présentez l’idée en deux minutes\u{a0}: les carrières \
                 changent plus vite qu’un seul mentor ne peut les suivre, alors chaque personne \
                 réunit quelques mentors aux forces variées, chacun choisi pour une compétence à \
                 développer."
            )),
            both(tr!(
                "Tell people up front that their plans will stay on their own phones.",
                "Dites dès le départ aux gens que leurs plans resteront sur leur propre \
                 téléphone."
            )),
        ],
    },
    GuidePart {
        minutes: [15, 10],
        heading: tr!(
            "Walk through the four questions",
            "Parcourir les quatre questions"
        ),
        steps: &[
            both(tr!(
                "Press \u{201c}Present it\u{201d} to open the presenter view. It shows one \
                 stock-take question at a time, in type large enough for the back row.",
                "Appuyez sur «\u{a0}Présenter\u{a0}» pour ouvrir la vue de présentation. Elle \
                 affiche une question du bilan à la fois, en caractères assez gros pour la \
                 dernière rangée."
            )),
            both(tr!(
                "For each question, read it aloud, then show how the example person answered it.",
                "Pour chaque question, lisez-la à voix haute, puis montrez comment la personne \
                 de l’exemple y a répondu."
            )),
            only(
                Hour,
                tr!(
                    "Before moving on, ask the room for one answer from their own working lives.",
                    "Avant de passer à la suivante, demandez aux gens de la salle une réponse \
                     tirée de leur propre vie professionnelle."
                ),
            ),
            only(
                ThreeQuarters,
                tr!(
                    "To keep to time, ask the room for answers once, after the fourth question, \
                     rather than after each one.",
                    "Pour respecter le temps prévu, demandez des réponses à la salle une seule \
                     fois, après la quatrième question, plutôt qu’après chacune."
                ),
            ),
        ],
    },
    GuidePart {
        minutes: [10, 7],
        heading: tr!(
            "Read the plan view together",
            "Lire ensemble la vue du plan"
        ),
        steps: &[
            both(tr!(
                "After the fourth question, the presenter view shows the plan in three slides: \
                 what it shows, its team map, then its grid of skills and mentors.",
                "Après la quatrième question, la vue de présentation montre le plan en trois \
                 diapositives\u{a0}: ce qu’il révèle, la carte de son équipe, puis sa grille des \
                 compétences et des mentors."
            )),
            only(
                Hour,
                tr!(
                    "Open the other examples as demo copies, one finding at a time: Priya for a \
                     gap and no one to ask online, Jonah for over-reliance on one mentor and no \
                     sponsor, Leah for a mentor she gives nothing back to, Tunde for no one who \
                     shares his situation.",
                    "Ouvrez les autres exemples en copies de démonstration, un constat à la \
                     fois\u{a0}: Priya pour une lacune et personne à qui demander en ligne, Jonah \
                     pour un seul mentor qui couvre la plupart des compétences et personne pour le \
                     parrainer, Leah pour un mentor à qui elle ne rend rien, Tunde pour l’absence \
                     de quelqu’un qui vit la même situation que lui."
                ),
            ),
            only(
                ThreeQuarters,
                tr!(
                    "Open one other example as a demo copy, the one whose findings matter most to \
                     your room.",
                    "Ouvrez un seul autre exemple en copie de démonstration, celui dont les \
                     constats touchent le plus votre groupe."
                ),
            ),
            both(tr!(
                "For each finding, ask the room what they would change, then make the change on \
                 screen and watch the finding go away.",
                "Pour chaque constat, demandez à la salle ce qu’elle changerait, puis faites le \
                 changement à l’écran et regardez le constat disparaître."
            )),
        ],
    },
    GuidePart {
        minutes: [5, 5],
        heading: tr!("Hand it to the room", "Partager avec la salle"),
        steps: &[
            both(tr!(
                "Press \u{201c}Hand it to the room\u{201d}. A full-screen QR code with the app's \
                 short address lets people open it on their phones.",
                "Appuyez sur «\u{a0}Partager avec la salle\u{a0}». Un code QR plein écran, avec \
                 l’adresse courte de l’application, permet aux gens de l’ouvrir sur leur \
                 téléphone."
            )),
            both(tr!(
                "If you want people to read the example on their phones too, switch the code to \
                 the demo plan's link.",
                "Si vous voulez que les gens lisent aussi l’exemple sur leur téléphone, appuyez \
                 sur «\u{a0}Afficher plutôt le lien du plan de démonstration\u{a0}»."
            )),
            both(tr!(
                "Wait until most phones show the app before you go on.",
                "Attendez que la plupart des téléphones affichent l’application avant de \
                 continuer."
            )),
        ],
    },
    GuidePart {
        minutes: [20, 15],
        heading: tr!(
            "Pairs: your own stock-take",
            "En équipes de deux\u{a0}: votre propre bilan"
        ),
        steps: &[
            both(tr!(
                "Put people in pairs. Both fill in their own stock-takes at the same time, taking \
                 turns to ask each other the four questions and pushing for real names.",
                "Placez les gens en équipes de deux. Chaque personne remplit son propre bilan en \
                 même temps que l’autre\u{a0}; à tour de rôle, elles se posent les quatre \
                 questions et insistent pour obtenir de vrais noms."
            )),
            both(tr!(
                "Give a printed worksheet to anyone without a phone: it asks the four questions \
                 on one page, and its answers can go into the app later.",
                "Remettez une feuille de travail imprimée à toute personne sans téléphone\u{a0}: \
                 elle pose les quatre questions sur une page, et ses réponses pourront être \
                 entrées dans l’application plus tard."
            )),
            only(
                Hour,
                tr!(
                    "After fifteen minutes, each person opens their own plan view and tells their \
                     partner only what they choose to share.",
                    "Après quinze minutes, chaque personne ouvre la vue de son propre plan et ne \
                     raconte à l’autre que ce qu’elle choisit de partager."
                ),
            ),
            only(
                ThreeQuarters,
                tr!(
                    "After ten minutes, each person opens their own plan view and tells their \
                     partner only what they choose to share.",
                    "Après dix minutes, chaque personne ouvre la vue de son propre plan et ne \
                     raconte à l’autre que ce qu’elle choisit de partager."
                ),
            ),
            both(tr!(
                "Ask each pair to open the plan view and choose one finding to work on.",
                "Demandez à chaque équipe d’ouvrir la vue du plan et de choisir un constat à \
                 traiter."
            )),
        ],
    },
    GuidePart {
        minutes: [5, 5],
        heading: tr!("Close: one next step", "Clôture\u{a0}: une prochaine étape"),
        steps: &[
            both(tr!(
                "Ask everyone to pick one mentor and write down a next step and what they will \
                 offer in return.",
                "Demandez à chaque personne de choisir un mentor, puis de noter une prochaine \
                 étape et ce qu’elle offrira en retour."
            )),
            both(tr!(
                "Invite two or three people to say their next step out loud; no one has to show \
                 their screen.",
                "Invitez deux ou trois personnes à dire leur prochaine étape à voix haute\u{a0}; \
                 personne n’a à montrer son écran."
            )),
            both(tr!(
                "Remind people that a plan is shared only when they send the link themselves.",
                "Rappelez aux gens qu’un plan n’est partagé que s’ils envoient eux-mêmes le \
                 lien."
            )),
        ],
    },
];

pub const AFTER: Tr = tr!(
    "When the room has emptied, press \u{201c}Reset demo\u{201d}. It \
    clears the demo copies of the example plans from this browser and nothing else: your \
    own plans stay, and so does every plan on the participants' phones. Switch off workshop \
    mode if you use this laptop day to day.",
    "Une fois la salle vide, appuyez sur «\u{a0}Réinitialiser la démo\u{a0}». Cela efface de \
    ce navigateur les copies de démonstration des plans d’exemple, et rien d’autre\u{a0}: vos \
    propres plans restent, tout comme les plans sur les téléphones du groupe. \
    Désactivez le mode atelier si vous utilisez cet ordinateur portable au quotidien."
);
