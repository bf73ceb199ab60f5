use leptos::prelude::*;

use crate::browser;
use crate::components::fields::CheckBox;
use crate::components::language_switch::{LanguageNotice, LanguageSwitch};
use crate::components::qr_code::qr_svg;
use crate::components::when::When;
use crate::domain::content::room as text;
use crate::domain::share;
use crate::ids;
use crate::router::Route;
use crate::state::{LibraryContext, kept_workshop_content, memo};

/// "Hand it to the room": a QR code filling the screen, with the app's short address under
/// it in large type; or, when chosen, the QR code of the demo plan's link.
#[component]
pub fn Room() -> impl IntoView {
    let library = LibraryContext::expect_context();
    let root = app_root(&browser::app_address());
    let short = short_address(&root);
    // Only a demo plan is ever offered to the room, never the person's own.
    let in_workshop = library.in_workshop();
    let plan_link = in_workshop.then(|| {
        library.library.with_untracked(|library| {
            let (name, plan) = (library.current_name(), library.current_plan());
            // An example no one has edited yet goes by a short link, `#/example/<key>`: a
            // code about a quarter the size, readable from the back of a room. (Workshop
            // mode's home, where its copy was opened, has fetched the examples.)
            let example = kept_workshop_content().and_then(|content| {
                (content.examples.iter())
                    .find(|example| example.name == name && example.plan.same_content(plan))
                    .map(|example| Route::Example(example.key.clone()).href())
            });
            let link = example.unwrap_or_else(|| {
                format!("#{}", share::encode(name, &plan.without_private_notes()))
            });
            format!("{root}{link}")
        })
    });
    let show_plan = RwSignal::new(false);
    // The app works offline once it has been opened, but a first visit needs the network.
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    let svg = memo(move || {
        let text = match &plan_link {
            Some(plan_link) if show_plan.get() => plan_link,
            _ => &root,
        };
        qr_svg(text, text::QR_LABEL.get())
    });
    view! {
        <main id="main" class="room">
            <h1 id=ids::SCREEN_HEADING tabindex="-1">
                {move || if show_plan.get() { text::PLAN_HEADING.get() } else { text::HEADING.get() }}
            </h1>
            {move || match svg.get() {
                Some(svg) => view! { <div class="room__qr" inner_html=svg></div> }.into_any(),
                None => view! { <p class="notice room__qr-notice" role="status">{text::TOO_LONG.get()}</p> }.into_any(),
            }}
            <p class="room__scan">
                {move || if show_plan.get() { text::PLAN_SCAN.get() } else { text::SCAN.get() }}
            </p>
            <p class="room__address">{break_after_slashes(&short)}</p>
            <When when=move || !online.get()>
                <p class="notice room__offline" role="status">{text::OFFLINE.get()}</p>
            </When>
            <div class="room__controls">
                {in_workshop.then(|| view! {
                    <CheckBox
                        id="room-show-plan"
                        label=text::SHOW_PLAN
                        checked=show_plan
                        on_change=Callback::new(move |on| show_plan.set(on))
                    />
                })}
                <a href=Route::Workshop.href()>{text::EXIT.get()}</a>
                <LanguageSwitch />
            </div>
            <LanguageNotice />
        </main>
    }
}

/// The app's own address, for the room to type: without `index.html`.
pub fn app_root(address: &str) -> String {
    address
        .strip_suffix("index.html")
        .unwrap_or(address)
        .to_owned()
}

/// An address as people type it: no scheme, no trailing slash.
pub fn short_address(address: &str) -> String {
    let bare = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"))
        .unwrap_or(address);
    bare.trim_end_matches('/').to_owned()
}

/// An address that, when it must wrap, wraps after a slash rather than inside a word.
fn break_after_slashes(address: &str) -> impl IntoView + use<> {
    let parts: Vec<String> = address.split_inclusive('/').map(str::to_owned).collect();
    parts
        .into_iter()
        .map(|part| view! { {part} <wbr /> })
        .collect_view()
}
