//! The facilitator's guide for a 60-minute workshop, shown in workshop mode. Part of the content catalogue.

/// One part of the workshop: how long it takes, a heading, and what to do.
pub struct GuidePart {
    pub minutes: u32,
    pub heading: &'static str,
    pub steps: &'static [&'static str],
}

pub const HEADING: &str = "Running a 60-minute workshop";

pub const INTRO: &str = "You demo the app on a projected screen, then people build their \
    own plans on their phones. You need a laptop, a projector and an internet connection \
    the room can use. No one signs up for anything, and nothing is sent to a server.";

pub const PARTS: &[GuidePart] = &[
    GuidePart {
        minutes: 5,
        heading: "Open: why one mentor is not enough",
        steps: &[
            "Before people arrive, switch on workshop mode and open the example plan closest \
             to your audience as a demo copy.",
            "Welcome the room and make the case in two minutes: careers change faster than \
             one mentor can follow, so build a small cross-functional team of mentors, each \
             chosen for a skill they need.",
            "Tell people up front that their plans will stay on their own phones.",
        ],
    },
    GuidePart {
        minutes: 15,
        heading: "Walk through the four questions",
        steps: &[
            "Press \u{201c}Present it\u{201d} to open the presenter view. It shows one \
             stock-take question at a time, in type large enough for the back row.",
            "For each question, read it aloud, then show how the example person answered it.",
            "Before moving on, ask the room for one answer from their own working lives.",
        ],
    },
    GuidePart {
        minutes: 10,
        heading: "Read the plan view together",
        steps: &[
            "After the fourth question, the presenter view moves to the plan view: skills in \
             rows, mentors in columns.",
            "Open the other examples as demo copies, one finding at a time: Priya for a gap \
             and no one to ask online, Jonah for over-reliance on one mentor and no sponsor, Leah for a \
             mentor she gives nothing back to, Tunde for no one who shares his situation.",
            "For each finding, ask the room what they would change, then make the change on \
             screen and watch the finding go away.",
        ],
    },
    GuidePart {
        minutes: 5,
        heading: "Hand it to the room",
        steps: &[
            "Press \u{201c}Hand it to the room\u{201d}. A full-screen QR code with the app's \
             short address lets people open it on their phones.",
            "If you want people to read the example on their phones too, switch the code to \
             the demo plan's link.",
            "Wait until most phones show the app before you go on.",
        ],
    },
    GuidePart {
        minutes: 20,
        heading: "Pairs: your own stock-take",
        steps: &[
            "Put people in pairs. Both fill in their own stock-takes at the same time, taking \
             turns to ask each other the four questions and pushing for real names.",
            "After fifteen minutes, swap phones and read each other\u{2019}s plan view.",
            "Ask each pair to open the plan view and choose one finding to work on.",
        ],
    },
    GuidePart {
        minutes: 5,
        heading: "Close: one next step",
        steps: &[
            "Ask everyone to pick one mentor and write down a next step and what they will \
             offer in return.",
            "Invite two or three people to say their next step out loud; no one has to show \
             their screen.",
            "Remind people that a plan is shared only when they send the link themselves.",
        ],
    },
];

pub const AFTER: &str = "When the room has emptied, press \u{201c}Reset demo\u{201d}. It \
    clears the demo copies of the example plans from this browser and nothing else: your \
    own plans stay, and so does every plan on the participants' phones. Switch off workshop \
    mode if you use this laptop day to day.";
