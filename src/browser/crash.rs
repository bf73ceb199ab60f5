//! The crash notice: what the person sees if the app ever stops on an error of ours.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// Shows the crash notice when the wasm stops on an error of ours. A release build stops at
/// the panic itself, with no hook run (see scripts/build), and the browser reports that stop
/// (a `WebAssembly.RuntimeError`) to the page: as an error from an event handler, or as an
/// unhandled rejection from a task.
pub fn show_crash_notice_on_trap() {
    let on_error = wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(|event: JsValue| {
        let thrown = ["error", "reason"]
            .into_iter()
            .filter_map(|field| Reflect::get(&event, &field.into()).ok())
            .any(|value| value.is_instance_of::<js_sys::WebAssembly::RuntimeError>());
        if thrown {
            show_crash_notice();
        }
    });
    let window = leptos::prelude::window();
    for kind in ["error", "unhandledrejection"] {
        let _ = window.add_event_listener_with_callback(kind, on_error.as_ref().unchecked_ref());
    }
    on_error.forget();
}

/// Tells the person, in a notice at the top of the page, that the app stopped and their plan
/// is safe, with a link that reloads. Shown once the app can no longer run: so it uses only
/// the page itself, and the link works without the app. A second stop adds no second notice.
pub fn show_crash_notice() {
    use crate::domain::content::crash;
    let document = leptos::prelude::document();
    if document
        .query_selector(".crash-notice")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let (Some(body), Ok(notice), Ok(heading), Ok(text), Ok(reload)) = (
        document.body(),
        document.create_element("section"),
        document.create_element("p"),
        document.create_element("p"),
        document.create_element("a"),
    ) else {
        return;
    };
    let _ = notice.set_attribute("role", "alert");
    notice.set_class_name("notice crash-notice");
    heading.set_text_content(Some(crash::HEADING.get()));
    text.set_text_content(Some(crash::TEXT.get()));
    let _ = reload.set_attribute(
        "href",
        &leptos::prelude::window()
            .location()
            .href()
            .unwrap_or_default(),
    );
    reload.set_text_content(Some(crash::RELOAD.get()));
    let _ = notice.append_child(&heading);
    let _ = notice.append_child(&text);
    let _ = notice.append_child(&reload);
    let _ = body.insert_before(&notice, body.first_child().as_ref());
}
