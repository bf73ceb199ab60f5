//! The workshop page (`workshop/`): workshop mode, presenter view, QR code for the room.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(multi_mentor::WorkshopApp);
}
