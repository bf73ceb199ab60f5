//! The accessibility statement: a page of its own beside the app, in each language
//! (`domain::statement` makes it; the app's footer links to it). Part of the content catalogue.
//! The app itself never holds these words, only the page does.

use crate::domain::content::Tr;

/// One part of the statement: a heading and its points.
pub struct Part {
    pub heading: Tr,
    pub points: &'static [Tr],
}

pub const TITLE: Tr = tr!(
    "Accessibility of Multi-Mentor Plan",
    "Accessibilité de Multi-Mentor Plan"
);

pub const INTRO: Tr = tr!(
    "We want everyone to be able to build their plan, whatever their device, browser or \
     assistive technology. We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 \
     at level AA. This page says what we check, what does not work well yet, and how to tell \
     us about a problem.",
    "Nous voulons que tout le monde puisse bâtir son plan, peu importe son appareil, son \
     navigateur ou sa technologie d’aide. Nous visons le niveau AA des Règles pour \
     l’accessibilité des contenus Web (WCAG) 2.2. Cette page explique ce que nous vérifions, \
     ce qui ne fonctionne pas encore bien et comment nous signaler un problème."
);

pub const PARTS: &[Part] = &[
    Part {
        heading: tr!(
            "What we check each time the app changes",
            "Ce que nous vérifions chaque fois que l’application change"
        ),
        points: &[
            tr!(
                "Every screen is checked by axe-core, an automated checker, against WCAG 2.0, \
                 2.1 and 2.2 at levels A and AA and its own best practices, in English and in \
                 French, on a screen the size of a phone (360 pixels wide) and of a laptop \
                 (1,280 pixels).",
                "Chaque écran est vérifié par axe-core, un outil de vérification automatique, \
                 selon les WCAG 2.0, 2.1 et 2.2 aux niveaux A et AA et ses propres bonnes \
                 pratiques, en anglais et en français, sur un écran de la taille d’un téléphone \
                 (360\u{a0}pixels de large) et d’un ordinateur portable (1\u{a0}280\u{a0}pixels)."
            ),
            tr!(
                "On every screen, an automated test moves through each link, button and field \
                 with the Tab key, and checks that each one is on screen, shows that it has the \
                 focus, and is never hidden by the banner, a notice or a table's first column. \
                 Other tests use the app with the keyboard alone.",
                "Sur chaque écran, un test automatique passe par chaque lien, bouton et champ \
                 avec la touche Tab, et vérifie que chacun est à l’écran, montre qu’il est actif \
                 et n’est jamais caché par la bannière, un avis ou la première colonne d’un \
                 tableau. D’autres tests utilisent l’application au clavier seulement."
            ),
            tr!(
                "They check that every button, link and check box is at least 24 pixels high and \
                 wide, except a link inside a sentence; that nothing needs sideways scrolling on \
                 a screen 320 pixels wide, as on a laptop zoomed to 400%; that no word is split \
                 across two lines; that no text is cut off when lines, letters and words are \
                 spaced wider; that nothing moves when your device asks for less motion; and that \
                 the grid and the team map stay readable in high contrast mode (forced colours).",
                "Ils vérifient que chaque bouton, lien et case à cocher mesure au moins \
                 24\u{a0}pixels de haut et de large, sauf un lien au milieu d’une phrase\u{a0}; que \
                 rien n’oblige à faire défiler de côté sur un écran de 320\u{a0}pixels de large, \
                 comme sur un ordinateur zoomé à 400\u{a0}%\u{a0}; qu’aucun mot n’est coupé sur \
                 deux lignes\u{a0}; qu’aucun texte n’est tronqué quand on espace davantage les \
                 lignes, les lettres et les mots\u{a0}; que rien ne bouge quand l’appareil demande \
                 moins d’animation\u{a0}; et que la grille et la carte de l’équipe restent \
                 lisibles en mode de contraste élevé (couleurs forcées)."
            ),
            tr!(
                "The main walks through the app also run in Firefox and in WebKit, the engine of \
                 Safari on iPhone and iPad.",
                "Les principaux parcours de l’application sont aussi testés dans Firefox et dans \
                 WebKit, le moteur de Safari sur iPhone et iPad."
            ),
        ],
    },
    Part {
        heading: tr!(
            "What does not work well yet",
            "Ce qui ne fonctionne pas encore bien"
        ),
        points: &[
            tr!(
                "On a phone, a mentor's card is long once you fill in all of it: it has about \
                 fifteen fields.",
                "Sur un téléphone, la fiche d’un mentor devient longue une fois remplie\u{a0}: \
                 elle compte une quinzaine de champs."
            ),
            tr!(
                "In high contrast mode, the shading that shows a table has more columns to the \
                 right does not appear. The table still scrolls sideways.",
                "En mode de contraste élevé, l’ombre qui indique qu’un tableau a d’autres \
                 colonnes à droite n’apparaît pas. Le tableau défile quand même de côté."
            ),
            tr!(
                "People who use a screen reader every day have not yet tried the app with us. \
                 Our checks of names, roles and announcements are automated.",
                "Des personnes qui utilisent un lecteur d’écran au quotidien n’ont pas encore \
                 essayé l’application avec nous. Nos vérifications des noms, des rôles et des \
                 annonces sont automatiques."
            ),
        ],
    },
    Part {
        heading: tr!(
            "How to tell us about a problem",
            "Comment nous signaler un problème"
        ),
        points: &[
            tr!(
                "Multi-Mentor Plan has no accounts and sends nothing to a server, so we cannot \
                 see what went wrong on your device. Tell the people who run the website where \
                 you opened it, or your workshop\u{2019}s facilitator, and ask them to pass it on \
                 to us.",
                "Multi-Mentor Plan n’a pas de comptes et n’envoie rien à un serveur\u{a0}: nous ne \
                 pouvons donc pas voir ce qui s’est mal passé sur votre appareil. Prévenez les \
                 personnes qui gèrent le site Web où vous l’avez ouvert, ou la personne qui anime \
                 votre atelier, et demandez-leur de nous transmettre le problème."
            ),
            tr!(
                "Say which screen you were on, what you tried to do and what happened, and which \
                 device, browser and assistive technology you use. Leave your plan out unless \
                 you want to share it: it may hold private notes.",
                "Précisez l’écran où vous étiez, ce que vous tentiez de faire et ce qui s’est \
                 passé, ainsi que l’appareil, le navigateur et la technologie d’aide que vous \
                 utilisez. N’envoyez pas votre plan, sauf si vous le voulez\u{a0}: il peut \
                 contenir des notes privées."
            ),
        ],
    },
];

pub const WRITTEN: Tr = tr!(
    "This statement was written on December 7, 2026.",
    "Cette déclaration a été rédigée le 7\u{a0}décembre\u{a0}2026."
);

pub const BACK: Tr = tr!("Back to Multi-Mentor Plan", "Retour à Multi-Mentor Plan");
