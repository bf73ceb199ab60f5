use leptos::prelude::{document, request_animation_frame, view, window};
use multi_mentor::App;

/// Talc instead of Rust's default allocator for wasm (dlmalloc): a smaller wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // If the app ever panics, the person gets a plain notice (their plan is safe), not a
    // frozen page. Only debug builds also spell out the panic in the console: the release
    // build stops at the panic without formatting it (see scripts/build).
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(console_error_panic_hook::hook));
    multi_mentor::browser::show_crash_notice_on_trap();
    // The release build's index.html holds a copy of the first screen of a first visit
    // (scripts/prerender.mjs). When it is shown, the app waits until the browser has put it on
    // the screen, so the visitor reads the welcome at once even when the wasm was quicker.
    // The copy is removed in the task the app mounts in, so no frame shows both or neither.
    let first_screen = document().get_element_by_id("boot");
    let shown = first_screen.is_some()
        && document()
            .document_element()
            .is_some_and(|html| html.class_name() != "returning");
    // The app's words are in the page's language from its first frame: French waits for
    // them (index.html fetches them alongside the wasm, and shows the French first screen).
    multi_mentor::state::start_in_page_language(Box::new(move |french_failed| {
        let start = move || {
            if let Some(first_screen) = first_screen {
                first_screen.remove();
            }
            leptos::mount::mount_to_body(move || view! { <App french_failed /> });
        };
        if shown {
            after_first_paint(start, 30);
        } else {
            start();
        }
    }));
}

/// Runs `then` once the page's first content has been painted and presented (the browser
/// records the first contentful paint only then), checking once a frame for at most
/// `frames` frames.
fn after_first_paint(then: impl FnOnce() + 'static, frames: u32) {
    let painted = window().performance().is_none_or(|timing| {
        timing
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
    });
    if painted || frames == 0 {
        then();
    } else {
        request_animation_frame(move || after_first_paint(then, frames - 1));
    }
}
