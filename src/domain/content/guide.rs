//! The facilitator's guide for a 60-minute workshop, shown in workshop mode. Part of the content catalogue.

use crate::domain::content::Tr;

/// One part of the workshop: how long it takes, a heading, and what to do.
pub struct GuidePart {
    pub minutes: u32,
    pub heading: Tr,
    pub steps: &'static [Tr],
}

pub const PARTS: &[GuidePart] = &[
    GuidePart {
        minutes: 5,
        heading: tr!(
            "Open: why one mentor is not enough",
            "Ouverture\u{a0}: pourquoi un seul mentor ne suffit pas"
        ),
        steps: &[
            tr!(
                "Before people arrive, switch on workshop mode and open the example plan closest \
                 to your audience as a demo copy.",
                "Avant l’arrivée des gens, activez le mode atelier et ouvrez en copie de \
                 démonstration le plan d’exemple le plus proche de votre public."
            ),
            tr!(
                "Welcome the room and make the case in two minutes: one mentor can no longer keep \
                 up with a career, so each person builds a few mentors with different strengths, \
                 each picked for one skill they need.",
                "Accueillez le groupe et présentez l’idée en deux minutes\u{a0}: les carrières \
                 changent plus vite qu’un seul mentor ne peut les suivre, alors chaque personne \
                 réunit quelques mentors aux forces variées, chacun choisi pour une compétence à \
                 développer."
            ),
            tr!(
                "Tell people up front that their plans will stay on their own phones.",
                "Dites dès le départ aux gens que leurs plans resteront sur leur propre \
                 téléphone."
            ),
        ],
    },
    GuidePart {
        minutes: 15,
        heading: tr!(
            "Walk through the four questions",
            "Parcourir les quatre questions"
        ),
        steps: &[
            tr!(
                "Press \u{201c}Present it\u{201d} to open the presenter view. It shows one \
                 stock-take question at a time, in type large enough for the back row.",
                "Appuyez sur «\u{a0}Présenter\u{a0}» pour ouvrir la vue de présentation. Elle \
                 affiche une question du bilan à la fois, en caractères assez gros pour la \
                 dernière rangée."
            ),
            tr!(
                "For each question, read it aloud, then show how the example person answered it.",
                "Pour chaque question, lisez-la à voix haute, puis montrez comment la personne \
                 de l’exemple y a répondu."
            ),
            tr!(
                "Before moving on, ask the room for one answer from their own working lives.",
                "Avant de passer à la suivante, demandez aux gens de la salle une réponse tirée de \
                 leur propre vie professionnelle."
            ),
        ],
    },
    GuidePart {
        minutes: 10,
        heading: tr!(
            "Read the plan view together",
            "Lire ensemble la vue du plan"
        ),
        steps: &[
            tr!(
                "After the fourth question, the presenter view moves to the plan view: skills in \
                 rows, mentors in columns.",
                "Après la quatrième question, la vue de présentation passe à la vue du plan\u{a0}: \
                 les compétences en rangées, les mentors en colonnes."
            ),
            tr!(
                "Open the other examples as demo copies, one finding at a time: Priya for a gap \
                 and no one to ask online, Jonah for over-reliance on one mentor and no sponsor, Leah for a \
                 mentor she gives nothing back to, Tunde for no one who shares his situation.",
                "Ouvrez les autres exemples en copies de démonstration, un constat à la fois\u{a0}: \
                 Priya pour une lacune et personne à qui demander en ligne, Jonah pour un seul \
                 mentor qui couvre la plupart des compétences et personne pour le parrainer, Leah pour un mentor à qui elle ne \
                 rend rien, Tunde pour l’absence de quelqu’un qui vit la même situation que lui."
            ),
            tr!(
                "For each finding, ask the room what they would change, then make the change on \
                 screen and watch the finding go away.",
                "Pour chaque constat, demandez à la salle ce qu’elle changerait, puis faites le \
                 changement à l’écran et regardez le constat disparaître."
            ),
        ],
    },
    GuidePart {
        minutes: 5,
        heading: tr!("Hand it to the room", "Partager avec la salle"),
        steps: &[
            tr!(
                "Press \u{201c}Hand it to the room\u{201d}. A full-screen QR code with the app's \
                 short address lets people open it on their phones.",
                "Appuyez sur «\u{a0}Partager avec la salle\u{a0}». Un code QR plein écran, avec \
                 l’adresse courte de l’application, permet aux gens de l’ouvrir sur leur \
                 téléphone."
            ),
            tr!(
                "If you want people to read the example on their phones too, switch the code to \
                 the demo plan's link.",
                "Si vous voulez que les gens lisent aussi l’exemple sur leur téléphone, appuyez \
                 sur «\u{a0}Afficher plutôt le lien du plan de démonstration\u{a0}»."
            ),
            tr!(
                "Wait until most phones show the app before you go on.",
                "Attendez que la plupart des téléphones affichent l’application avant de \
                 continuer."
            ),
        ],
    },
    GuidePart {
        minutes: 20,
        heading: tr!(
            "Pairs: your own stock-take",
            "En équipes de deux\u{a0}: votre propre bilan"
        ),
        steps: &[
            tr!(
                "Put people in pairs. Both fill in their own stock-takes at the same time, taking \
                 turns to ask each other the four questions and pushing for real names.",
                "Placez les gens en équipes de deux. Chaque personne remplit son propre bilan en \
                 même temps que l’autre\u{a0}; à tour de rôle, elles se posent les quatre \
                 questions et insistent pour obtenir de vrais noms."
            ),
            tr!(
                "After fifteen minutes, each person opens their own plan view and tells their \
                 partner only what they choose to share.",
                "Après quinze minutes, chaque personne ouvre la vue de son propre plan et ne \
                 raconte à l’autre que ce qu’elle choisit de partager."
            ),
            tr!(
                "Ask each pair to open the plan view and choose one finding to work on.",
                "Demandez à chaque équipe d’ouvrir la vue du plan et de choisir un constat à \
                 traiter."
            ),
        ],
    },
    GuidePart {
        minutes: 5,
        heading: tr!("Close: one next step", "Clôture\u{a0}: une prochaine étape"),
        steps: &[
            tr!(
                "Ask everyone to pick one mentor and write down a next step and what they will \
                 offer in return.",
                "Demandez à chaque personne de choisir un mentor, puis de noter une prochaine \
                 étape et ce qu’elle offrira en retour."
            ),
            tr!(
                "Invite two or three people to say their next step out loud; no one has to show \
                 their screen.",
                "Invitez deux ou trois personnes à dire leur prochaine étape à voix haute\u{a0}; \
                 personne n’a à montrer son écran."
            ),
            tr!(
                "Remind people that a plan is shared only when they send the link themselves.",
                "Rappelez aux gens qu’un plan n’est partagé que s’ils envoient eux-mêmes le \
                 lien."
            ),
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
