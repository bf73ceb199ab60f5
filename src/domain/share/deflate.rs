//! Raw deflate (RFC 1951) of a link's layout, continuing after the preset dictionary.
//!
//! Why our own: the browser's `CompressionStream` cannot start from a dictionary, and a
//! general compressor brought about 12 KB of code into the app to compress a few kilobytes.
//! Links are small, so this one favours short output over speed: it looks for the longest
//! earlier match (and looks one byte ahead, as zlib's best level does) and writes a single block with
//! Huffman codes built for it. Any inflater reads it: the app's is the browser's own
//! `DecompressionStream`, and the native tests use miniz_oxide.

/// How far back a match may reach.
const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// How many earlier places with the same three bytes are tried: bounds the time a long,
/// repetitive text takes (60 KB of random "a" and "b": 65 ms natively). The reference
/// plan's link is as short with 256 tries as with 4,096.
const MAX_TRIES: usize = 256;
const END_OF_BLOCK: usize = 256;
/// The order in which a block's header gives the code lengths' own code lengths.
const CODE_LENGTH_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Raw deflate of `data` for an inflater whose window already holds `dictionary` (the link's
/// reader puts it there in a stored block first), so matches may reach back into it.
pub fn deflate_after(dictionary: &[u8], data: &[u8]) -> Vec<u8> {
    let tokens = matches(dictionary, data);

    let mut literal_counts = vec![0u32; 286];
    let mut distance_counts = vec![0u32; 30];
    literal_counts[END_OF_BLOCK] = 1;
    for token in &tokens {
        match *token {
            Token::Literal(byte) => literal_counts[usize::from(byte)] += 1,
            Token::Match { length, distance } => {
                literal_counts[length_code(length).0] += 1;
                distance_counts[distance_code(distance).0] += 1;
            }
        }
    }
    let literal_codes = Code::for_counts(&literal_counts, 15);
    let distance_codes = Code::for_counts(&distance_counts, 15);

    let mut out = Bits::default();
    out.put(1, 1); // the last block
    out.put(2, 2); // with its own Huffman codes
    write_code_lengths(&mut out, &literal_codes.lengths, &distance_codes.lengths);
    for token in &tokens {
        match *token {
            Token::Literal(byte) => literal_codes.put(&mut out, usize::from(byte)),
            Token::Match { length, distance } => {
                let (symbol, extra_bits, extra) = length_code(length);
                literal_codes.put(&mut out, symbol);
                out.put(extra, extra_bits);
                let (symbol, extra_bits, extra) = distance_code(distance);
                distance_codes.put(&mut out, symbol);
                out.put(extra, extra_bits);
            }
        }
    }
    literal_codes.put(&mut out, END_OF_BLOCK);
    out.finish()
}

#[derive(Clone, Copy)]
enum Token {
    Literal(u8),
    Match { length: usize, distance: usize },
}

/// The data as literals and back-references (LZ77), with lazy matching: a match is put off
/// by one byte when the next byte starts a longer one.
fn matches(dictionary: &[u8], data: &[u8]) -> Vec<Token> {
    let all = [dictionary, data].concat();
    let mut chains = Chains::new(all.len());
    for position in 0..dictionary.len() {
        chains.insert(&all, position);
    }
    let mut tokens = Vec::new();
    let mut position = dictionary.len();
    while position < all.len() {
        let (length, distance) = chains.longest(&all, position);
        chains.insert(&all, position);
        if length >= MIN_MATCH && chains.longest(&all, position + 1).0 <= length {
            tokens.push(Token::Match { length, distance });
            for skipped in position + 1..position + length {
                chains.insert(&all, skipped);
            }
            position += length;
        } else {
            tokens.push(Token::Literal(all[position]));
            position += 1;
        }
    }
    tokens
}

/// For each three-byte sequence, the places it was seen, latest first.
struct Chains {
    latest: Vec<Option<usize>>,
    before: Vec<Option<usize>>,
}

impl Chains {
    const HASH_BITS: u32 = 15;

    fn new(length: usize) -> Self {
        Chains {
            latest: vec![None; 1 << Self::HASH_BITS],
            before: vec![None; length],
        }
    }

    fn hash(all: &[u8], position: usize) -> Option<usize> {
        let three = all.get(position..position + MIN_MATCH)?;
        let key = u32::from(three[0]) << 16 | u32::from(three[1]) << 8 | u32::from(three[2]);
        Some((key.wrapping_mul(2_654_435_761) >> (32 - Self::HASH_BITS)) as usize)
    }

    fn insert(&mut self, all: &[u8], position: usize) {
        if let Some(hash) = Self::hash(all, position) {
            self.before[position] = self.latest[hash].replace(position);
        }
    }

    /// The longest match for what starts at `position` among the places seen so far, as
    /// (length, distance); the nearest wins a tie. Length 0 if there is none.
    fn longest(&self, all: &[u8], position: usize) -> (usize, usize) {
        let Some(hash) = Self::hash(all, position) else {
            return (0, 0);
        };
        let most = (all.len() - position).min(MAX_MATCH);
        let mut best = (0, 0);
        let mut candidate = self.latest[hash];
        for _ in 0..MAX_TRIES {
            let Some(earlier) = candidate else { break };
            if position - earlier > WINDOW {
                break;
            }
            let length = all[earlier..]
                .iter()
                .zip(&all[position..position + most])
                .take_while(|(a, b)| a == b)
                .count();
            if length > best.0 {
                best = (length, position - earlier);
                if length == most {
                    break;
                }
            }
            candidate = self.before[earlier];
        }
        best
    }
}

/// The symbol (257 to 285) for a match length, its number of extra bits, and their value.
fn length_code(length: usize) -> (usize, u32, u32) {
    if length == MAX_MATCH {
        return (285, 0, 0);
    }
    let extra_bits = |code: usize| if code < 8 { 0 } else { (code as u32 - 4) / 4 };
    let (code, base) = find_base(length, 3, 28, extra_bits);
    (257 + code, extra_bits(code), (length - base) as u32)
}

/// The symbol (0 to 29) for a match distance, its number of extra bits, and their value.
fn distance_code(distance: usize) -> (usize, u32, u32) {
    let extra_bits = |code: usize| if code < 4 { 0 } else { (code as u32 - 2) / 2 };
    let (code, base) = find_base(distance, 1, 30, extra_bits);
    (code, extra_bits(code), (distance - base) as u32)
}

/// The code among `codes` whose range holds `value`, and where that range starts: ranges
/// follow each other from `first`, each `1 << extra_bits(code)` long.
fn find_base(
    value: usize,
    first: usize,
    codes: usize,
    extra_bits: impl Fn(usize) -> u32,
) -> (usize, usize) {
    let mut base = first;
    for code in 0..codes - 1 {
        let next = base + (1 << extra_bits(code));
        if value < next {
            return (code, base);
        }
        base = next;
    }
    (codes - 1, base)
}

/// A Huffman code: each symbol's length in bits (0 if unused) and its bits.
struct Code {
    lengths: Vec<u8>,
    bits: Vec<u16>,
}

impl Code {
    /// The code for symbols seen this many times, no code longer than `limit` bits.
    fn for_counts(counts: &[u32], limit: u8) -> Self {
        let lengths = limited_lengths(counts, limit);
        let bits = canonical_bits(&lengths);
        Code { lengths, bits }
    }

    fn put(&self, out: &mut Bits, symbol: usize) {
        let length = u32::from(self.lengths[symbol]);
        // Huffman codes go out first bit first, the reverse of every other field.
        let reversed = u32::from(self.bits[symbol].reverse_bits()) >> (16 - length);
        out.put(reversed, length);
    }
}

/// Huffman code lengths for these counts, none over `limit`: while the longest is too long,
/// the counts are halved (rounding up), which evens them out until it fits. At least two
/// symbols get a code, so every code is complete, as inflaters expect.
fn limited_lengths(counts: &[u32], limit: u8) -> Vec<u8> {
    let mut counts = counts.to_vec();
    let mut missing = 2usize.saturating_sub(counts.iter().filter(|&&c| c > 0).count());
    for count in counts.iter_mut() {
        if missing > 0 && *count == 0 {
            *count = 1;
            missing -= 1;
        }
    }
    loop {
        let lengths = huffman_lengths(&counts);
        if lengths.iter().all(|&length| length <= limit) {
            return lengths;
        }
        for count in counts.iter_mut().filter(|count| **count > 0) {
            *count = count.div_ceil(2);
        }
    }
}

/// Each symbol's depth in a Huffman tree of these counts (0 for a count of 0).
fn huffman_lengths(counts: &[u32]) -> Vec<u8> {
    let mut weight: Vec<u64> = counts.iter().map(|&count| u64::from(count)).collect();
    let mut parent: Vec<Option<usize>> = vec![None; counts.len()];
    let mut open: Vec<usize> = (0..counts.len()).filter(|&s| counts[s] > 0).collect();
    // The two lightest open nodes become the children of a new one, until one is left.
    while let (Some(a), Some(b)) = (
        take_lightest(&mut open, &weight),
        take_lightest(&mut open, &weight),
    ) {
        let node = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(None);
        parent[a] = Some(node);
        parent[b] = Some(node);
        open.push(node);
    }
    (0..counts.len())
        .map(|symbol| {
            let mut depth = 0;
            let mut node = symbol;
            while let Some(up) = parent[node] {
                depth += 1;
                node = up;
            }
            depth
        })
        .collect()
}

/// Takes the lightest node out of `open`. A scan, not a sort: there are at most 286 symbols,
/// and a sort would bring a few kilobytes of code into the app.
fn take_lightest(open: &mut Vec<usize>, weight: &[u64]) -> Option<usize> {
    let (index, _) = open
        .iter()
        .enumerate()
        .min_by_key(|(_, node)| weight[**node])?;
    Some(open.swap_remove(index))
}

/// The canonical code of RFC 1951 (3.2.2) for these lengths: shorter codes first, and
/// within a length, in symbol order.
fn canonical_bits(lengths: &[u8]) -> Vec<u16> {
    let mut per_length = [0u16; 16];
    for &length in lengths.iter().filter(|&&length| length > 0) {
        per_length[usize::from(length)] += 1;
    }
    let mut next = [0u16; 16];
    let mut code = 0u16;
    for length in 1..16 {
        code = (code + per_length[length - 1]) << 1;
        next[length] = code;
    }
    lengths
        .iter()
        .map(|&length| {
            let length = usize::from(length);
            if length == 0 {
                return 0;
            }
            next[length] += 1;
            next[length] - 1
        })
        .collect()
}

/// Writes the two codes' lengths in the block header: run-length coded (symbols 16 to 18
/// repeat), themselves Huffman coded with a code of at most 7 bits.
fn write_code_lengths(out: &mut Bits, literal_lengths: &[u8], distance_lengths: &[u8]) {
    let used = |lengths: &[u8], least: usize| {
        let last = lengths.iter().rposition(|&length| length > 0).unwrap_or(0);
        (last + 1).max(least)
    };
    let literals = used(literal_lengths, 257);
    let distances = used(distance_lengths, 1);
    let all: Vec<u8> = literal_lengths[..literals]
        .iter()
        .chain(&distance_lengths[..distances])
        .copied()
        .collect();

    // (symbol, extra bits, their value)
    let mut runs: Vec<(usize, u32, u32)> = Vec::new();
    let mut i = 0;
    while i < all.len() {
        let length = all[i];
        let run = all[i..].iter().take_while(|&&l| l == length).count();
        if length == 0 && run >= 3 {
            let run = run.min(138);
            runs.push(if run >= 11 {
                (18, 7, run as u32 - 11)
            } else {
                (17, 3, run as u32 - 3)
            });
            i += run;
        } else if length > 0 && run >= 4 {
            let repeats = (run - 1).min(6);
            runs.push((usize::from(length), 0, 0));
            runs.push((16, 2, repeats as u32 - 3));
            i += 1 + repeats;
        } else {
            runs.push((usize::from(length), 0, 0));
            i += 1;
        }
    }

    let mut counts = [0u32; 19];
    for &(symbol, _, _) in &runs {
        counts[symbol] += 1;
    }
    let code = Code::for_counts(&counts, 7);
    let sent = CODE_LENGTH_ORDER
        .iter()
        .rposition(|&symbol| code.lengths[symbol] > 0)
        .map_or(4, |last| (last + 1).max(4));

    out.put(literals as u32 - 257, 5);
    out.put(distances as u32 - 1, 5);
    out.put(sent as u32 - 4, 4);
    for &symbol in &CODE_LENGTH_ORDER[..sent] {
        out.put(u32::from(code.lengths[symbol]), 3);
    }
    for (symbol, extra_bits, extra) in runs {
        code.put(out, symbol);
        out.put(extra, extra_bits);
    }
}

/// Bits packed into bytes, first bit in the lowest place, as deflate wants.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    pending: u32,
    count: u32,
}

impl Bits {
    /// Writes the lowest `count` bits of `value` (at most 16).
    fn put(&mut self, value: u32, count: u32) {
        self.pending |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.bytes.push(self.pending as u8);
            self.pending >>= 8;
            self.count -= 8;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.bytes.push(self.pending as u8);
        }
        self.bytes
    }
}
