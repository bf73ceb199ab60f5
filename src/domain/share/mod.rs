//! Share links: a plan in the URL fragment, as short as we can make it.
//!
//! A link's fragment is `s5.` followed by base64url of raw deflate of a compact binary
//! layout of the plan. The `5` is the format version: a later format gets a new number
//! and the older ones keep decoding, so old links keep opening (format 1 had no soft-skill
//! flag and no advice set aside; format 2 had one goals text, and none of the living plan:
//! goals by horizon, dates, meetings and check-ins; format 3 knew four pieces of advice, not
//! the fifth, meeting in person, and eleven situation factors, not the last two; format 4 did
//! not say which plan it is or when it last changed).
//! An older app says a format 5 link needs a newer version. Meetings and check-ins are in a link
//! only if the person put them in (`Plan::leave_out_record` takes them out). Deflate (our own,
//! `deflate.rs`) starts from a preset dictionary of words plans often use (`dictionary.rs`),
//! which is frozen: every format so far uses it.
//!
//! Decoding never panics: every length is checked against what is left, and the
//! decompressed size is capped.

pub mod deflate;
mod layout;

use crate::domain::dictionary::DICTIONARY_V1;
use crate::domain::limits::{Trimmed, fit_name, plan_within_limits};
use crate::domain::plan::Plan;

/// What a share fragment starts with (after `#`).
pub const PREFIX: &str = "s";
/// The format this build writes; it reads every format up to this one.
pub const VERSION: u32 = 5;
/// Fragments longer than this are refused before any decoding.
pub const MAX_FRAGMENT: usize = 64 * 1024;
/// The largest plan layout we inflate to: a cap against decompression bombs.
pub const MAX_DECOMPRESSED: usize = 256 * 1024;

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link at all (no `s<version>.` prefix).
    NotALink,
    /// Made by a newer version of the app.
    UnknownVersion(String),
    /// Longer than any plan we make.
    TooLong,
    /// Characters that base64url does not use, or a length it cannot have.
    NotBase64,
    /// The compressed data is damaged or cut short.
    Damaged,
    /// It would unpack to more than `MAX_DECOMPRESSED` bytes.
    TooBig,
    /// It unpacked, but is not a plan (cut short, or edited by hand).
    NotAPlan,
    /// The browser has no decompressor for links (browsers from before 2023).
    OldBrowser,
}

/// A plan as it travels in a link: its name (whose plan it is) and its content, within the
/// limits (`trimmed` says what had to be left out to get there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedPlan {
    pub name: String,
    pub plan: Plan,
    pub trimmed: Trimmed,
}

/// The fragment (without `#`) that carries a plan.
pub fn encode(name: &str, plan: &Plan) -> String {
    format!(
        "{PREFIX}{VERSION}.{}",
        base64url_encode(&deflate::deflate_after(
            DICTIONARY_V1.as_bytes(),
            &layout(name, plan)
        ))
    )
}

/// What ends the link of a plan a person keeps for themself (a copy they keep, the link in
/// their calendar, a move to another device). Opened in a browser that holds none of their
/// plans (it cleared them, or it is a new device), it comes back as their own plan rather
/// than as someone else's to read.
pub const FOR_ONESELF: &str = ".mine";

/// The fragment of a link a person makes for themself (`FOR_ONESELF`).
pub fn encode_for_oneself(name: &str, plan: &Plan) -> String {
    format!("{}{FOR_ONESELF}", encode(name, plan))
}

/// True if the fragment is a link a person made for themself (`FOR_ONESELF`).
pub fn is_for_oneself(fragment: &str) -> bool {
    fragment.ends_with(FOR_ONESELF)
}

/// The bytes a link of this version carries before they are compressed: what
/// `read_inflated` reads after the dictionary.
pub fn layout(name: &str, plan: &Plan) -> Vec<u8> {
    layout::write(name, plan)
}

/// Reads a plan back from a fragment (with or without the leading `#`), inflating with
/// miniz_oxide. The app inflates with the browser's own decompressor instead (see
/// `browser::open_share_link`); both go through `unpack` and `read_inflated`.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<SharedPlan, ShareError> {
    let packed = unpack(fragment)?;
    read_inflated(packed.format, &inflate(&packed.stream)?)
}

/// A link checked and ready to inflate: its format, and a raw deflate stream that starts
/// with a stored block holding the dictionary, so the link's back-references into the
/// dictionary resolve (`read_inflated` cuts the dictionary off).
pub struct Packed {
    pub format: u32,
    pub stream: Vec<u8>,
}

/// The first half of reading a link: checks the fragment and returns what to inflate.
pub fn unpack(fragment: &str) -> Result<Packed, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong);
    }
    let rest = fragment.strip_prefix(PREFIX).ok_or(ShareError::NotALink)?;
    let (version, payload) = rest.split_once('.').ok_or(ShareError::NotALink)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    let format = match version {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        "5" => 5,
        _ => {
            return Err(ShareError::UnknownVersion(
                version.chars().take(9).collect(),
            ));
        }
    };
    let payload = payload.strip_suffix(FOR_ONESELF).unwrap_or(payload);
    let compressed = base64url_decode(payload).ok_or(ShareError::NotBase64)?;
    let dictionary = DICTIONARY_V1.as_bytes();
    let length = dictionary.len() as u16; // the dictionary is well under 64 KiB
    let mut stream = Vec::with_capacity(5 + dictionary.len() + compressed.len());
    stream.push(0); // a stored block that is not the last one
    stream.extend_from_slice(&length.to_le_bytes());
    stream.extend_from_slice(&(!length).to_le_bytes());
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(&compressed);
    Ok(Packed { format, stream })
}

/// The most bytes an inflater may produce for `unpack`'s stream: the dictionary and
/// `MAX_DECOMPRESSED`. An inflater that would go past it stops with `ShareError::TooBig`.
pub const MAX_INFLATED: usize = DICTIONARY_V1.len() + MAX_DECOMPRESSED;

/// The second half of reading a link: the inflated stream (dictionary first) of a link of
/// this format to the plan.
pub fn read_inflated(format: u32, inflated: &[u8]) -> Result<SharedPlan, ShareError> {
    let layout = inflated
        .strip_prefix(DICTIONARY_V1.as_bytes())
        .ok_or(ShareError::Damaged)?;
    // None if cut short, or with trailing bytes we never write.
    let (mut name, plan) = layout::read(format, layout).ok_or(ShareError::NotAPlan)?;
    let (plan, mut trimmed) = plan_within_limits(plan);
    trimmed.texts += usize::from(fit_name(&mut name));
    Ok(SharedPlan {
        name,
        plan,
        trimmed,
    })
}

/// True if the fragment looks like a share link (it may still fail to decode).
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(version, _)| {
            !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit())
        })
}

/// Inflates `unpack`'s stream with miniz_oxide, up to `MAX_INFLATED` bytes.
#[cfg(not(target_arch = "wasm32"))]
fn inflate(stream: &[u8]) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};
    decompress_to_vec_with_limit(stream, MAX_INFLATED).map_err(|error| match error.status {
        TINFLStatus::HasMoreOutput => ShareError::TooBig,
        _ => ShareError::Damaged,
    })
}

// ---- base64url without padding ----

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
        }
    }
    text
}

pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            bytes.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(bytes)
}
