use multi_mentor::domain::dictionary::DICTIONARY_V1;
use multi_mentor::domain::share::deflate::deflate_after;
use multi_mentor::domain::share::layout;

use proptest::prelude::*;

use crate::reference::reference_plan;

/// What an inflater makes of `deflate_after`'s output, given the dictionary first in a
/// stored block (as a link's reader does): the dictionary and then the data.
fn inflate_after(dictionary: &[u8], compressed: &[u8]) -> Vec<u8> {
    let length = dictionary.len() as u16;
    let mut stream = vec![0];
    stream.extend_from_slice(&length.to_le_bytes());
    stream.extend_from_slice(&(!length).to_le_bytes());
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(compressed);
    let inflated = miniz_oxide::inflate::decompress_to_vec(&stream).expect("valid deflate");
    assert!(inflated.starts_with(dictionary));
    inflated[dictionary.len()..].to_vec()
}

fn round_trips(dictionary: &[u8], data: &[u8]) {
    let compressed = deflate_after(dictionary, data);
    assert_eq!(inflate_after(dictionary, &compressed), data);
}

#[test]
fn edge_cases_round_trip() {
    round_trips(b"", b"");
    round_trips(b"", b"a");
    round_trips(b"abc", b"abc");
    round_trips(b"", &[0; 1000]); // matches of the longest length, 258
    round_trips(b"", &(0..=255).collect::<Vec<u8>>()); // every literal, no match
    // Further back than the window: the match into the dictionary must not be taken.
    let far: Vec<u8> = (0..40_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    round_trips(
        b"a phrase to find again",
        &[&far[..], b"a phrase to find again"].concat(),
    );
    // Every match length and many distances.
    let text: Vec<u8> = (1..300)
        .flat_map(|n| b"abcdefghij".repeat(n / 10 + 1)[..n].to_vec())
        .collect();
    round_trips(b"", &text);
}

#[test]
fn the_dictionary_makes_a_plans_link_short() {
    let (name, plan) = reference_plan();
    let data = layout(&name, &plan);
    let with = deflate_after(DICTIONARY_V1.as_bytes(), &data);
    let without = deflate_after(b"", &data);
    assert_eq!(inflate_after(DICTIONARY_V1.as_bytes(), &with), data);
    assert!(
        with.len() * 10 < without.len() * 9,
        "{} bytes, {} without the dictionary",
        with.len(),
        without.len()
    );
}

proptest! {
    #[test]
    fn any_bytes_round_trip(dictionary in proptest::collection::vec(any::<u8>(), 0..200),
                            data in proptest::collection::vec(0u8..4, 0..2000)) {
        round_trips(&dictionary, &data);
    }

    #[test]
    fn any_text_round_trips_after_the_dictionary(data in ".{0,500}") {
        round_trips(DICTIONARY_V1.as_bytes(), data.as_bytes());
    }
}
