//! JSON text to our types and back. In the browser this is the browser's own `JSON.parse`
//! and `JSON.stringify`, with serde-wasm-bindgen between JavaScript values and our types, so
//! the wasm carries no JSON parser or printer of its own; natively (tests, tools) it is
//! serde_json. Both read and write the same text.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Why JSON text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not of the shape asked for; says what was wrong.
    WrongShape(String),
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonError::NotJson => f.write_str("not JSON"),
            JsonError::WrongShape(why) => f.write_str(why),
        }
    }
}

/// Parsed JSON, to read as one type or another (say, a header first, then the rest by the
/// version the header gives).
pub struct Document(Value);

#[cfg(target_arch = "wasm32")]
type Value = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
type Value = serde_json::Value;

impl Document {
    pub fn parse(text: &str) -> Result<Document, JsonError> {
        #[cfg(target_arch = "wasm32")]
        let value = js_sys::JSON::parse(text).map_err(|_| JsonError::NotJson)?;
        #[cfg(not(target_arch = "wasm32"))]
        let value = serde_json::from_str(text).map_err(|_| JsonError::NotJson)?;
        Ok(Document(value))
    }

    /// The whole document as a `T`; fields `T` does not have are ignored.
    pub fn read<T: DeserializeOwned>(&self) -> Result<T, JsonError> {
        let shape = |error: &dyn std::fmt::Display| JsonError::WrongShape(error.to_string());
        #[cfg(target_arch = "wasm32")]
        return serde_wasm_bindgen::from_value(self.0.clone()).map_err(|e| shape(&e));
        #[cfg(not(target_arch = "wasm32"))]
        return T::deserialize(&self.0).map_err(|e| shape(&e));
    }

    /// One field of an object, if the document is an object and the field is there and not null.
    pub fn field(&self, name: &str) -> Option<Document> {
        #[cfg(target_arch = "wasm32")]
        {
            if !self.0.is_object() {
                return None;
            }
            js_sys::Reflect::get(&self.0, &name.into())
                .ok()
                .filter(|value| !value.is_undefined() && !value.is_null())
                .map(Document)
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.0
                .get(name)
                .filter(|value| !value.is_null())
                .cloned()
                .map(Document)
        }
    }
}

/// `value` as compact JSON text. Our types hold only strings, numbers, lists and maps with
/// string keys, so this does not fail; if it ever did, the text is empty.
pub fn write<T: Serialize>(value: &T) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        value
            .serialize(&serializer)
            .ok()
            .and_then(|value| js_sys::JSON::stringify(&value).ok())
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::to_string(value).unwrap_or_default()
    }
}
