//! Any input must give a plan that holds the invariants (`invariants.rs`) or a `ShareError`,
//! never a panic or a hang: as a whole fragment, as the bytes inside a well-formed prefix of
//! each link format, and as the unpacked layout itself (after the dictionary), which reaches
//! the plan reader on every input. Seeds: `fuzz/seeds/decode_link` (plans with check-ins and
//! meeting logs, made by `cargo run --example fuzz_seeds`).
#![no_main]

mod invariants;

use libfuzzer_sys::fuzz_target;
use multi_mentor::domain::dictionary::DICTIONARY_V1;
use multi_mentor::domain::share::{self, SharedPlan};

fn assert_within_limits(opened: Result<SharedPlan, share::ShareError>) {
    if let Ok(shared) = opened {
        invariants::hold(&shared.plan);
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        assert_within_limits(share::decode(text));
    }
    for format in 1..=share::VERSION {
        let fragment = format!("s{format}.{}", share::base64url_encode(data));
        assert_within_limits(share::decode(&fragment));
        let mut inflated = DICTIONARY_V1.as_bytes().to_vec();
        inflated.extend_from_slice(data);
        assert_within_limits(share::read_inflated(format, &inflated));
    }
});
