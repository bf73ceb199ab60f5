use leptos::html::Dialog;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

use crate::domain::content::{Tr, share};
use crate::state::memo;

/// A QR code of `text` as an SVG document: one path of the dark modules, with a
/// four-module quiet zone around it. None if the text is too long for any QR code.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    // Byte mode: a link has lower-case letters, which the denser modes cannot hold anyway.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Low).ok()?;
    let size = code.size();
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    let full = size + 8;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" role=\"img\" \
         aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{full}\" \
         height=\"{full}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// A QR code of `text`, named `label`, with a button that shows it full screen for a room;
/// or, when the text is too long for a QR code, a message that says so.
#[component]
pub fn QrCodeView(#[prop(into)] text: Signal<String>, label: Tr) -> impl IntoView {
    let svg = memo(move || text.with(|text| qr_svg(text, label.get())));
    let dialog = NodeRef::<Dialog>::new();
    let too_long = move || svg.with(Option::is_none);
    view! {
        <p class="notice" role="status" hidden=move || !too_long()>
            {share::QR_TOO_LONG.get()}
        </p>
        <div class="qr-small" hidden=too_long inner_html=move || svg.get().unwrap_or_default()></div>
        <button
            type="button"
            hidden=too_long
            on:click=move |_| {
                if let Some(dialog) = dialog.get() {
                    let _ = dialog.show_modal();
                }
            }
        >
            {share::QR_FULL_SCREEN.get()}
        </button>
        <dialog class="qr-dialog" node_ref=dialog aria-label=label.get()>
            <div class="qr-large" inner_html=move || svg.get().unwrap_or_default()></div>
            <form method="dialog">
                <button type="submit">{share::QR_CLOSE.get()}</button>
            </form>
        </dialog>
    }
}
