//! The plans page (`plans/`): every plan, sharing, and plans opened from a link.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(multi_mentor::PlansApp);
}
