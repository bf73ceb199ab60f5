//! Small bridges to browser features beyond the page: downloads, the clipboard, the share
//! sheet, reading a chosen file, unpacking a share link, and today's date. Each one fails
//! softly. The crash notice and the service worker have files of their own.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

mod crash;
mod new_version;

pub use crash::{show_crash_notice, show_crash_notice_on_trap};
pub use new_version::{use_new_version, watch_for_new_version};

use crate::domain::content::Language;
use crate::domain::date::Date;
use crate::domain::share::{self, ShareError, SharedPlan};

/// Saves `contents` as a file called `name` through the browser's download.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Calls `navigator[object][method](argument)` if the browser has it; the promise it returns.
fn navigator_call(object: Option<&str>, method: &str, argument: &JsValue) -> Option<Promise> {
    let mut target: JsValue = leptos::prelude::window().navigator().into();
    if let Some(object) = object {
        target = Reflect::get(&target, &object.into()).ok()?;
    }
    let function: Function = Reflect::get(&target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    function.call1(&target, argument).ok()?.dyn_into().ok()
}

/// Copies text to the clipboard in the background, then sets `copied` to whether the browser
/// allowed it (a status line says so).
pub fn copy_text(text: String, copied: leptos::prelude::RwSignal<Option<bool>>) {
    use leptos::prelude::Set;
    leptos::task::spawn_local(async move {
        let done = match navigator_call(Some("clipboard"), "writeText", &text.into()) {
            Some(promise) => JsFuture::from(promise).await.is_ok(),
            None => false,
        };
        copied.set(Some(done));
    });
}

/// Asks the browser to keep this site's storage even when space runs short (browsers may
/// otherwise clear it, Safari after seven days without a visit). True if it will be kept;
/// false if the browser declined or cannot say.
pub async fn keep_storage() -> bool {
    let empty = JsValue::UNDEFINED;
    for method in ["persisted", "persist"] {
        let Some(promise) = navigator_call(Some("storage"), method, &empty) else {
            return false;
        };
        if JsFuture::from(promise)
            .await
            .ok()
            .and_then(|kept| kept.as_bool())
            == Some(true)
        {
            return true;
        }
    }
    false
}

/// True in a Safari tab on an iPhone or iPad, not in the app opened from the Home Screen:
/// there, what a site stored is cleared after seven days without a visit. Only Safari has
/// `navigator.standalone`, false in a tab and true from the Home Screen.
pub fn ios_browser_tab() -> bool {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    Reflect::get(&navigator, &"standalone".into()).ok() == Some(JsValue::FALSE)
}

/// True if the browser has a share sheet (mostly phones).
pub fn can_share() -> bool {
    let navigator: JsValue = leptos::prelude::window().navigator().into();
    Reflect::get(&navigator, &"share".into()).is_ok_and(|share| share.is_function())
}

/// Opens the browser's share sheet with a title and a link (`field` "url") or a text
/// (`field` "text").
pub async fn share_sheet(title: &str, field: &str, value: &str) -> bool {
    let data = js_sys::Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &field.into(), &value.into());
    match navigator_call(None, "share", &data) {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

/// Moves keyboard focus to the element with this id once the next frame is drawn: after a
/// change that has just put it on the page, or taken away the control that had focus.
pub fn focus_after_render(id: String) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = leptos::prelude::document()
            .get_element_by_id(&id)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// The language index.html's first script chose for this page (`<html lang>`).
pub fn page_language() -> Language {
    let lang = leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    if lang.is_some_and(|tag| tag.starts_with("fr")) {
        Language::French
    } else {
        Language::English
    }
}

/// Marks the page as in `language`, for screen readers, spelling and hyphens.
pub fn set_page_language(language: Language) {
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.set_attribute("lang", language.tag());
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// index.html's fetch of `catalogue-fr.json`, started at once when French is chosen.
    #[wasm_bindgen(js_name = frenchCatalogue, catch)]
    fn french_catalogue_promise() -> Result<Promise, JsValue>;
}

/// The French of our words, `[key, French]` pairs in the order of their keys (see
/// `content::key`); `None` if it could not be fetched or is not that shape.
pub async fn french_catalogue() -> Option<Vec<(u32, String)>> {
    let pairs = JsFuture::from(french_catalogue_promise().ok()?)
        .await
        .ok()?;
    js_sys::Array::from(&pairs)
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_f64()? as u32, pair.get(1).as_string()?))
        })
        .collect::<Option<Vec<_>>>()
        .filter(|pairs| !pairs.is_empty())
}

/// Goes to an address such as `mailto:` that the browser hands to another app.
pub fn open_address(address: &str) {
    let _ = leptos::prelude::window().location().set_href(address);
}

/// The text of the first file chosen in a file input, with its size checked first.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<String, FileReadError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(FileReadError::Unreadable)?;
    if file.size() > max_bytes as f64 {
        return Err(FileReadError::TooBig);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileReadError::Unreadable)?;
    text.as_string().ok_or(FileReadError::Unreadable)
}

pub enum FileReadError {
    TooBig,
    Unreadable,
}

/// Reads the plan in a share link. In the app, the browser's own `DecompressionStream`
/// inflates it, stopping as soon as it would pass the size cap; natively (tests, tools),
/// miniz_oxide does, through `share::decode`.
pub async fn open_share_link(fragment: &str) -> Result<SharedPlan, ShareError> {
    #[cfg(target_arch = "wasm32")]
    {
        let packed = share::unpack(fragment)?;
        let inflated = inflate_raw(&packed.stream, share::MAX_INFLATED).await?;
        share::read_inflated(packed.format, &inflated)
    }
    #[cfg(not(target_arch = "wasm32"))]
    share::decode(fragment)
}

// web-sys has `DecompressionStream` only behind its unstable-APIs flag; the part we use is
// in every current browser, so it is declared here.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// Inflates raw deflate, up to `limit` bytes, with the browser's `DecompressionStream`.
#[cfg(target_arch = "wasm32")]
async fn inflate_raw(bytes: &[u8], limit: usize) -> Result<Vec<u8>, ShareError> {
    use web_sys::ReadableStreamDefaultReader;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let reader: ReadableStreamDefaultReader = web_sys::Blob::new_with_u8_array_sequence(&parts)
        .and_then(|blob| {
            let inflater = DecompressionStream::new("deflate-raw")?;
            let pair =
                web_sys::ReadableWritablePair::new(&inflater.readable(), &inflater.writable());
            Ok(blob
                .stream()
                .pipe_through(&pair)
                .get_reader()
                .unchecked_into())
        })
        .map_err(|_| ShareError::OldBrowser)?;
    let mut inflated = Vec::new();
    loop {
        let result: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| ShareError::Damaged)?
            .unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(inflated);
        }
        let chunk: js_sys::Uint8Array = result.get_value().unchecked_into();
        if inflated.len() + chunk.length() as usize > limit {
            let _ = reader.cancel();
            return Err(ShareError::TooBig);
        }
        inflated.extend(chunk.to_vec());
    }
}

/// Today's date where the person is.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year(),
        month: now.get_month() + 1,
        day: now.get_date(),
    }
}

/// The date, where the person is, of a moment given in seconds since 1970 (UTC).
pub fn local_date(seconds: u32) -> Date {
    let moment = js_sys::Date::new(&JsValue::from_f64(f64::from(seconds) * 1000.0));
    Date {
        year: moment.get_full_year(),
        month: moment.get_month() + 1,
        day: moment.get_date(),
    }
}

/// Now, in seconds since 1970 (UTC).
pub fn now_seconds() -> u32 {
    (js_sys::Date::now() / 1000.0) as u32
}

/// A new identity for a plan (`plan::new_identity`).
pub fn new_identity() -> u32 {
    crate::domain::plan::new_identity(js_sys::Math::random())
}

/// True if this browser held a plan (or workshop mode) when the page opened: index.html's
/// first script marks the page so.
pub fn is_returning() -> bool {
    leptos::prelude::document()
        .document_element()
        .is_some_and(|html| html.class_name() == "returning")
}

/// True if the address names no screen (the app's own address, with no `#…`).
pub fn address_is_empty() -> bool {
    let hash = leptos::prelude::window()
        .location()
        .hash()
        .unwrap_or_default();
    hash.trim_start_matches('#')
        .trim_start_matches('/')
        .is_empty()
}

/// Tomorrow's date where the person is.
pub fn tomorrow() -> Date {
    let now = js_sys::Date::new_0();
    let tomorrow = js_sys::Date::new_with_year_month_day(
        now.get_full_year(),
        now.get_month() as i32,
        now.get_date() as i32 + 1,
    );
    Date {
        year: tomorrow.get_full_year(),
        month: tomorrow.get_month() + 1,
        day: tomorrow.get_date(),
    }
}

/// The current UTC time as an iCalendar stamp, `YYYYMMDDTHHMMSSZ`.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// The address of the app itself, without any fragment: where links point.
pub fn app_address() -> String {
    let location = leptos::prelude::window().location();
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// The text of a file next to the app, revalidated with the server (so a new version is seen
/// at once); `None` if it cannot be fetched (say, offline).
pub async fn fetch_text(path: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let promise = leptos::prelude::window().fetch_with_str_and_init(path, &init);
    let response: web_sys::Response = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
