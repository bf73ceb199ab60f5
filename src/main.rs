fn main() {
    // If the app ever panics, the person gets a plain notice (their plan is safe), not a
    // frozen page. Only debug builds also spell out the panic in the console: formatting it
    // costs bytes that every visitor would download.
    std::panic::set_hook(Box::new(|_info| {
        #[cfg(debug_assertions)]
        console_error_panic_hook::hook(_info);
        multi_mentor::browser::show_crash_notice();
    }));
    // The release build's index.html holds a copy of the first screen, painted before the wasm
    // arrived (scripts/prerender.mjs). The app replaces it in this same task: no frame is
    // painted in between, so nothing flashes and no heading is there twice.
    if let Some(first_screen) = leptos::prelude::document().get_element_by_id("boot") {
        first_screen.remove();
    }
    leptos::mount::mount_to_body(multi_mentor::App);
}
