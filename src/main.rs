use leptos::prelude::{document, view};
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
    // (scripts/prerender.mjs), and asks for the wasm only once that copy is on the screen
    // (scripts/start-after-paint.mjs). The copy is removed in the task the app mounts in,
    // so no frame shows both or neither.
    let first_screen = document().get_element_by_id(multi_mentor::ids::FIRST_SCREEN);
    // The app's words are in the page's language from its first frame: French waits for
    // them (index.html fetches them alongside the wasm, and shows the French first screen).
    multi_mentor::state::start_in_page_language(Box::new(move |french_failed| {
        if let Some(first_screen) = first_screen {
            first_screen.remove();
        }
        leptos::mount::mount_to_body(move || view! { <App french_failed /> });
    }));
}
