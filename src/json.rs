//! JSON text to our types and back. In the browser this is the browser's own `JSON.parse`
//! and `JSON.stringify`, so the wasm carries no JSON parser or printer of its own: our types
//! are written to JavaScript values by serde-wasm-bindgen, and read from them by `from_js`
//! below. Natively (tests, tools) it is serde_json. Both read and write the same text.

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
        return T::deserialize(from_js::Js(self.0.clone())).map_err(|e| shape(&e));
        #[cfg(not(target_arch = "wasm32"))]
        return T::deserialize(&self.0).map_err(|e| shape(&e));
    }

    /// One field of an object, if the document is an object and the field is there and not null.
    /// It takes the document, so natively the field is moved out rather than copied.
    pub fn field(self, name: &str) -> Option<Document> {
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
            match self.0 {
                Value::Object(mut fields) => fields.remove(name).filter(|value| !value.is_null()),
                _ => None,
            }
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

/// Reads our types from JavaScript values. serde-wasm-bindgen can do this too, but its
/// errors describe the unexpected value, and describing a number pulls the whole of float
/// printing into the wasm (about 10 KB). Nothing shows these errors to anyone (the person
/// reads our own message about a damaged plan), so ours carry no description at all.
#[cfg(target_arch = "wasm32")]
mod from_js {
    use js_sys::{Array, Object, Reflect};
    use serde::de::value::StringDeserializer;
    use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
    use wasm_bindgen::{JsCast, JsValue};

    /// The value was not of the shape asked for.
    #[derive(Debug)]
    pub struct WrongShape;

    impl std::fmt::Display for WrongShape {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("not of the expected shape")
        }
    }

    impl std::error::Error for WrongShape {}

    // Every constructor is overridden, so that none of serde's descriptions is formatted.
    impl de::Error for WrongShape {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            WrongShape
        }
        fn invalid_type(_: de::Unexpected, _: &dyn de::Expected) -> Self {
            WrongShape
        }
        fn invalid_value(_: de::Unexpected, _: &dyn de::Expected) -> Self {
            WrongShape
        }
        fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
            WrongShape
        }
        fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
            WrongShape
        }
        fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
            WrongShape
        }
        fn missing_field(_: &'static str) -> Self {
            WrongShape
        }
        fn duplicate_field(_: &'static str) -> Self {
            WrongShape
        }
    }

    /// A JavaScript value as JSON.parse makes them, to read a type from.
    pub struct Js(pub JsValue);

    impl<'de> de::Deserializer<'de> for Js {
        type Error = WrongShape;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            let value = self.0;
            if value.is_null() || value.is_undefined() {
                visitor.visit_unit()
            } else if let Some(on) = value.as_bool() {
                visitor.visit_bool(on)
            } else if let Some(number) = value.as_f64() {
                // Our types hold whole numbers only: ids, levels, versions.
                match number {
                    n if n.fract() != 0.0 || n.abs() > 9_007_199_254_740_992.0 => Err(WrongShape),
                    n if n < 0.0 => visitor.visit_i64(n as i64),
                    n => visitor.visit_u64(n as u64),
                }
            } else if let Some(text) = value.as_string() {
                visitor.visit_string(text)
            } else if Array::is_array(&value) {
                Js(value).deserialize_seq(visitor)
            } else if value.is_object() {
                Js(value).deserialize_map(visitor)
            } else {
                Err(WrongShape)
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            if self.0.is_null() || self.0.is_undefined() {
                visitor.visit_none()
            } else {
                visitor.visit_some(self)
            }
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            visitor.visit_newtype_struct(self)
        }

        /// A unit variant is its name (`"expert"`); any other variant is an object with its
        /// name as the one key (`{"own": 3}`).
        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            if let Some(name) = self.0.as_string() {
                return visitor.visit_enum(IntoDeserializer::<WrongShape>::into_deserializer(name));
            }
            if !self.0.is_object() || Array::is_array(&self.0) {
                return Err(WrongShape);
            }
            let keys = Object::keys(self.0.unchecked_ref::<Object>());
            let name = keys.get(0).as_string().filter(|_| keys.length() == 1);
            let name = name.ok_or(WrongShape)?;
            let value = Reflect::get(&self.0, &keys.get(0)).map_err(|_| WrongShape)?;
            visitor.visit_enum(Variant { name, value })
        }

        // Each kind of value on its own, so that the code for one kind of visitor holds only
        // what it can accept (forwarding all of them to `deserialize_any` made it 30 KB).
        fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            visitor.visit_bool(self.0.as_bool().ok_or(WrongShape)?)
        }

        fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            match self.0.as_f64() {
                Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_992.0 => {
                    visitor.visit_u64(n as u64)
                }
                _ => Err(WrongShape),
            }
        }

        fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            self.deserialize_u64(visitor)
        }

        fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            self.deserialize_u64(visitor)
        }

        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            visitor.visit_string(self.0.as_string().ok_or(WrongShape)?)
        }

        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            self.deserialize_string(visitor)
        }

        fn deserialize_identifier<V: Visitor<'de>>(
            self,
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            self.deserialize_string(visitor)
        }

        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            if !Array::is_array(&self.0) {
                return Err(WrongShape);
            }
            visitor.visit_seq(Items {
                array: self.0.unchecked_into(),
                next: 0,
            })
        }

        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, WrongShape> {
            if !self.0.is_object() || Array::is_array(&self.0) {
                return Err(WrongShape);
            }
            let keys = Object::keys(self.0.unchecked_ref::<Object>());
            visitor.visit_map(Fields {
                object: self.0,
                keys,
                next: 0,
                value: JsValue::UNDEFINED,
            })
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            self.deserialize_map(visitor)
        }

        /// A field we do not know: nothing in it needs reading.
        fn deserialize_ignored_any<V: Visitor<'de>>(
            self,
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            visitor.visit_unit()
        }

        serde::forward_to_deserialize_any! {
            i8 i16 i32 i64 i128 u16 u128 f32 f64 char bytes byte_buf unit unit_struct tuple
            tuple_struct
        }
    }

    /// The items of an array, in order.
    struct Items {
        array: Array,
        next: u32,
    }

    impl<'de> de::SeqAccess<'de> for Items {
        type Error = WrongShape;

        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, WrongShape> {
            if self.next >= self.array.length() {
                return Ok(None);
            }
            let item = self.array.get(self.next);
            self.next += 1;
            seed.deserialize(Js(item)).map(Some)
        }
    }

    /// The fields of an object, in the order of `Object.keys`.
    struct Fields {
        object: JsValue,
        keys: Array,
        next: u32,
        value: JsValue,
    }

    impl<'de> de::MapAccess<'de> for Fields {
        type Error = WrongShape;

        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, WrongShape> {
            if self.next >= self.keys.length() {
                return Ok(None);
            }
            let key = self.keys.get(self.next);
            self.next += 1;
            self.value = Reflect::get(&self.object, &key).map_err(|_| WrongShape)?;
            seed.deserialize(Js(key)).map(Some)
        }

        fn next_value_seed<V: DeserializeSeed<'de>>(
            &mut self,
            seed: V,
        ) -> Result<V::Value, WrongShape> {
            seed.deserialize(Js(std::mem::take(&mut self.value)))
        }
    }

    /// A variant written as an object with one key: its name, then what it holds.
    struct Variant {
        name: String,
        value: JsValue,
    }

    impl<'de> de::EnumAccess<'de> for Variant {
        type Error = WrongShape;
        type Variant = Js;

        fn variant_seed<V: DeserializeSeed<'de>>(
            self,
            seed: V,
        ) -> Result<(V::Value, Js), WrongShape> {
            let name: StringDeserializer<WrongShape> = self.name.into_deserializer();
            Ok((seed.deserialize(name)?, Js(self.value)))
        }
    }

    impl<'de> de::VariantAccess<'de> for Js {
        type Error = WrongShape;

        fn unit_variant(self) -> Result<(), WrongShape> {
            Ok(())
        }

        fn newtype_variant_seed<T: DeserializeSeed<'de>>(
            self,
            seed: T,
        ) -> Result<T::Value, WrongShape> {
            seed.deserialize(self)
        }

        fn tuple_variant<V: Visitor<'de>>(
            self,
            _len: usize,
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            de::Deserializer::deserialize_any(self, visitor)
        }

        fn struct_variant<V: Visitor<'de>>(
            self,
            _fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value, WrongShape> {
            de::Deserializer::deserialize_any(self, visitor)
        }
    }
}
