//! Lower case, for comparing names and making file names. In the browser it is the browser's
//! own `toLowerCase`: Rust's standard library would bring its Unicode case tables into the
//! wasm, 10.8 KB of the first load gzipped (measured). Natively (tests, tools) it is the
//! standard library's, which gives the same answers.

pub fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return String::from(js_sys::JsString::from(text).to_lower_case());
    // The reference the browser's answer is checked against; clippy.toml turns it away elsewhere.
    #[cfg(not(target_arch = "wasm32"))]
    #[allow(clippy::disallowed_methods)]
    return text.to_lowercase();
}
