//! New versions of the app: the release build's service worker, which keeps the app working
//! offline and brings the next version, which the person is asked to switch to.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The service worker's registration, once the browser has it.
    static REGISTRATION: std::cell::RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { std::cell::RefCell::new(None) };
}

/// The browser's service workers for this page, where it has them (not in plain `http:`
/// pages other than localhost, nor in some private modes).
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|container| container.is_object())
        .map(JsCast::unchecked_into)
}

/// Registers the service worker that keeps the app working offline (only release builds
/// have one), and calls `ready` when a new version of the app has been downloaded and waits
/// to take over. The app then asks the person, and `use_new_version` makes the switch:
/// code is never swapped under someone typing. The browser looks for a new version when the
/// app opens, and the app asks again each time the page comes back into view.
pub fn watch_for_new_version(ready: impl Fn() + Clone + 'static) {
    // Debug builds (`scripts/serve`) have no service worker to register.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = service_workers() else {
        return;
    };
    let registering = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(registering).await.ok();
        let Some(registration) = registration.filter(JsValue::is_object) else {
            return;
        };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        // Only an update waits: the very first worker has no page to take over from.
        let is_update = move || container.controller().is_some();
        if registration.waiting().is_some() && is_update() {
            ready();
        }
        let found = registration.clone();
        let on_found = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            let Some(installing) = found.installing() else {
                return;
            };
            let (worker, ready, is_update) = (installing.clone(), ready.clone(), is_update.clone());
            let on_state = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && is_update() {
                    ready();
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        REGISTRATION.with(|slot| *slot.borrow_mut() = Some(registration));
    });
    let _ = leptos::prelude::window_event_listener(leptos::ev::visibilitychange, |_| {
        if !leptos::prelude::document().hidden() {
            look_for_new_version();
        }
    });
}

/// Asks the browser to look for a new version of the app now.
fn look_for_new_version() {
    REGISTRATION.with(|slot| {
        if let Some(registration) = slot.borrow().as_ref() {
            let _ = registration.update();
        }
    });
}

/// Lets the waiting new version take over, and reloads the page once it has.
pub fn use_new_version() {
    let Some(container) = service_workers() else {
        return;
    };
    let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        let _ = leptos::prelude::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    REGISTRATION.with(|slot| {
        if let Some(waiting) = slot.borrow().as_ref().and_then(|r| r.waiting()) {
            let message = js_sys::Object::new();
            let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
            let _ = waiting.post_message(&message);
        }
    });
}
