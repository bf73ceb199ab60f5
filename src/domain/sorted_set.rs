//! A set of numbers kept sorted: smaller in the wasm than a hash set, and quick enough for the
//! lists of a plan (ids, ratings), whose lengths the limits bound.

#[derive(Debug, Default)]
pub struct SortedSet(Vec<u32>);

impl SortedSet {
    pub fn of(numbers: impl Iterator<Item = u32>) -> Self {
        let mut set = SortedSet::default();
        for number in numbers {
            set.insert(number);
        }
        set
    }

    /// Numbers from 1 to `last`, as a set (already sorted: no search).
    pub fn up_to(last: u32) -> Self {
        SortedSet((1..=last).collect())
    }

    pub fn has(&self, number: u32) -> bool {
        self.0.binary_search(&number).is_ok()
    }

    /// The largest number in the set.
    pub fn last(&self) -> Option<u32> {
        self.0.last().copied()
    }

    /// Adds `number`; false if it was there already.
    pub fn insert(&mut self, number: u32) -> bool {
        match self.0.binary_search(&number) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, number);
                true
            }
        }
    }
}
