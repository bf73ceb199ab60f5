//! Any input must give a plan or a `ShareError`, never a panic or a hang: as a whole
//! fragment, and as the bytes inside a well-formed `s1.` prefix.
#![no_main]

use libfuzzer_sys::fuzz_target;
use multi_mentor::domain::share;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = share::decode(text);
    }
    let _ = share::decode(&format!("s1.{}", share::base64url_encode(data)));
});
