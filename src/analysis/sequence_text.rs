//! SEQ ID NOs cited in running text, and sequences written out in it: what the checks of a sequence listing against
//! the description and claims read in their text. Positions are in characters (Unicode scalar values), as claims'
//! spans are.

/// A range `1-1000000` is not expanded past this many numbers.
const MAX_RANGE: u32 = 10_000;

/// A cited SEQ ID NO and the characters of its citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    pub number: u32,
    pub start: usize,
    pub end: usize,
}

/// The markers that introduce SEQ ID NOs, matched without regard to case, spaces and dots.
const MARKERS: [&str; 4] = ["seqidno", "配列番号", "서열번호", "序列号"];

/// The characters of `text` with their character positions, digits made ASCII (full-width `１` is `1`).
fn chars(text: &str) -> Vec<char> {
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Whether `text` may hold a marker: the letters "seq" in any case with only dots and spaces between (as "SEQ",
/// "S.E.Q."), or one of the CJK markers. Most paragraphs hold none, and are then not copied and scanned.
fn may_cite(text: &str) -> bool {
    let mut matched = 0;
    for c in text.chars() {
        matched = match (matched, c.to_ascii_lowercase()) {
            (_, '.' | ' ' | '\u{a0}') => matched,
            (2, 'q') => return true,
            (1, 'e') => 2,
            (_, 's') => 1,
            _ => 0,
        };
    }
    MARKERS.iter().skip(1).any(|marker| text.contains(marker))
}

/// Where a marker ends if one starts at `at`: letters compared without case, spaces and dots in between skipped.
fn marker_end(chars: &[char], at: usize) -> Option<usize> {
    'markers: for marker in MARKERS {
        let mut i = at;
        for (n, m) in marker.chars().enumerate() {
            if n > 0 {
                while chars.get(i).is_some_and(|c| *c == '.' || *c == ' ' || *c == '\u{a0}') {
                    i += 1;
                }
            }
            match chars.get(i) {
                Some(c) if c.to_lowercase().eq(m.to_lowercase()) => i += 1,
                _ => continue 'markers,
            }
        }
        // "SEQ ID NOs:", "SEQ ID NO.:".
        if marker == "seqidno" && chars.get(i).is_some_and(|c| *c == 's' || *c == 'S') {
            i += 1;
        }
        return Some(i);
    }
    None
}

/// What joins the numbers of one citation: a range, or a list.
const JOINERS: [(&str, bool); 13] = [
    ("-", true),
    ("–", true),
    ("~", true),
    ("～", true),
    ("to", true),
    ("through", true),
    (",", false),
    ("and", false),
    ("or", false),
    ("、", false),
    ("及び", false),
    ("又は", false),
    ("및", false),
];

/// Every SEQ ID NO cited in `text`: "SEQ ID NO: 1", "SEQ ID NOs: 2-4 and 7", "配列番号１", "서열번호 3".
#[must_use]
pub fn cited(text: &str) -> Vec<Cited> {
    if !may_cite(text) {
        return Vec::new();
    }
    let chars = chars(text);
    let spaces = |mut i: usize| {
        while chars.get(i).is_some_and(|c| matches!(c, ' ' | '\u{a0}')) {
            i += 1;
        }
        i
    };
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let Some(mut i) = (chars[at] != ' ').then(|| marker_end(&chars, at)).flatten() else {
            at += 1;
            continue;
        };
        let mut previous: Option<u32> = None;
        let mut range = false;
        loop {
            while chars.get(i).is_some_and(|c| matches!(c, ' ' | '\u{a0}' | ':' | '.' | '：' | '#')) {
                i += 1;
            }
            let start = i;
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                break;
            }
            let number: u32 = chars[start..i].iter().collect::<String>().parse().unwrap_or(u32::MAX);
            match (range, previous) {
                (true, Some(from)) if number > from => {
                    let to = number.min(from.saturating_add(MAX_RANGE));
                    out.extend((from + 1..=to).map(|n| Cited { number: n, start, end: i }));
                }
                _ => out.push(Cited { number, start, end: i }),
            }
            previous = Some(number);
            // A joiner, then a number or another marker; anything else ends the citation.
            let j = spaces(i);
            let joiner = JOINERS.iter().find(|(word, _)| {
                let word: Vec<char> = word.chars().collect();
                let alphabetic = word[0].is_ascii_alphabetic();
                chars
                    .get(j..j + word.len())
                    .is_some_and(|w| w.iter().map(char::to_ascii_lowercase).eq(word.iter().copied()))
                    && (!alphabetic || chars.get(j + word.len()).is_some_and(|c| *c == ' '))
            });
            let Some((word, is_range)) = joiner else { break };
            let next = spaces(j + word.chars().count());
            if chars.get(next).is_some_and(char::is_ascii_digit) {
                i = next;
            } else if let Some(end) = marker_end(&chars, next) {
                i = end;
            } else {
                break;
            }
            range = *is_range;
        }
        at = i.max(at + 1);
    }
    out
}

/// What kind of residues a written-out sequence is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Nucleotides,
    AminoAcids,
}

/// A sequence written out in running text: its kind, characters, and its specifically defined residues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enumerated {
    pub kind: Written,
    pub start: usize,
    pub end: usize,
    pub defined: usize,
}

/// The three-letter amino acid symbols.
const THREE_LETTER: [&str; 26] = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro", "Pyl",
    "Ser", "Sec", "Thr", "Trp", "Tyr", "Val", "Asx", "Glx", "Xle", "Xaa",
];

/// Sequences written out in `text` that ST.26 paragraph 7 requires in the listing: runs of at least ten specifically
/// defined nucleotides (`acgt…`, in one case, in one word or in groups of at least five) and chains of at least four
/// amino acids in three-letter symbols joined by hyphens (`Gly-Gly-Gly-Gly-Ser`). One-letter amino acid sequences
/// are not looked for: in capitals they cannot be told from words and acronyms.
#[must_use]
pub fn enumerated(text: &str) -> Vec<Enumerated> {
    if !may_hold_sequence(text) {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let word = |c: char| c.is_alphanumeric() || c == '\'';
    let mut i = 0;
    while i < chars.len() {
        if !word(chars[i]) || (i > 0 && word(chars[i - 1])) {
            i += 1;
            continue;
        }
        let end = (i..chars.len()).find(|&j| !word(chars[j])).unwrap_or(chars.len());
        // Most words are neither nucleotides nor a three-letter symbol: they are not copied.
        let nucleotide_letters = chars[i..end].iter().copied().all(is_nucleotide_letter);
        if !nucleotide_letters && end - i != 3 {
            i = end;
            continue;
        }
        let token: String = chars[i..end].iter().collect();
        if let Some(found) = nucleotides_from(&chars, i, end, &token) {
            i = found.end;
            out.push(found);
            continue;
        }
        if THREE_LETTER.contains(&token.as_str()) {
            // A hyphen-joined chain of three-letter symbols.
            let (mut j, mut count, mut defined) = (end, 1, usize::from(token != "Xaa"));
            while chars.get(j) == Some(&'-') {
                let next: String = chars.get(j + 1..(j + 4).min(chars.len())).unwrap_or_default().iter().collect();
                let boundary = chars.get(j + 4).is_none_or(|c| !word(*c));
                if next.chars().count() == 3 && boundary && THREE_LETTER.contains(&next.as_str()) {
                    count += 1;
                    defined += usize::from(next != "Xaa");
                    j += 4;
                } else {
                    break;
                }
            }
            if count >= 4 && defined >= 4 {
                out.push(Enumerated { kind: Written::AminoAcids, start: i, end: j, defined });
                i = j;
                continue;
            }
        }
        i = end;
    }
    out
}

/// Whether `text` may hold a sequence [`enumerated`] finds: a word of five nucleotide letters at least (a written
/// nucleotide sequence starts with one), or a three-letter symbol hyphenated to another (`Gly-Ser`). Most paragraphs
/// have neither, and are not read further.
fn may_hold_sequence(text: &str) -> bool {
    // Read as bytes: what it looks for is ASCII. A byte of any other character is read as a separator, which only
    // lets more text through.
    let bytes = text.as_bytes();
    let in_word = |at: usize| bytes.get(at).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'\'');
    // A word of nucleotides is a run of five nucleotide letters or more with no word character on either side. Runs
    // are counted through a table and without a branch (a branch on the letter is mispredicted about one time in
    // three in English); the sides are looked at only where a run of five or more ends.
    const NUCLEOTIDE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = is_nucleotide_letter(b as u8 as char);
            b += 1;
        }
        table
    };
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let nucleotide = usize::from(NUCLEOTIDE[usize::from(b)]);
        if run >= 5 && nucleotide == 0 && !in_word(i) && (i == run || !in_word(i - run - 1)) {
            return true;
        }
        run = (run + 1) * nucleotide;
    }
    let ends_text = run >= 5 && (bytes.len() == run || !in_word(bytes.len() - run - 1));
    ends_text
        || text.match_indices('-').any(|(i, _)| {
            i >= 3 && bytes[i - 3].is_ascii_uppercase() && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        })
}

/// A letter of the nucleotide code a written sequence uses: a, c, g, t, u, and n for any.
const fn is_nucleotide_letter(c: char) -> bool {
    matches!(c, 'a' | 'c' | 'g' | 't' | 'u' | 'n' | 'A' | 'C' | 'G' | 'T' | 'U' | 'N')
}

/// A run of nucleotides starting with the word `chars[start..end]`, continued by following words of at least five
/// nucleotides each (sequences written in groups): at least ten specifically defined (not `n`), with at least three
/// of a, c, g and t/u.
fn nucleotides_from(chars: &[char], start: usize, end: usize, token: &str) -> Option<Enumerated> {
    let lower = token.chars().all(|c| "acgtun".contains(c));
    let upper = token.chars().all(|c| "ACGTUN".contains(c));
    if !(lower || upper) || token.is_empty() {
        return None;
    }
    let alphabet = if lower { "acgtun" } else { "ACGTUN" };
    let mut stop = end;
    let mut letters: Vec<char> = token.chars().collect();
    // Groups separated by single spaces.
    loop {
        let from = stop + 1;
        if chars.get(stop) != Some(&' ') {
            break;
        }
        let to = (from..chars.len()).find(|&j| !chars[j].is_alphanumeric()).unwrap_or(chars.len());
        if to - from < 5 || !chars[from..to].iter().all(|c| alphabet.contains(*c)) || letters.len() < 5 {
            break;
        }
        letters.extend(&chars[from..to]);
        stop = to;
    }
    let defined = letters.iter().filter(|c| !matches!(c, 'n' | 'N')).count();
    // Which of a, c, g and t (u counts as t) occur, one bit each.
    let bases = letters.iter().fold(0u8, |seen, c| match c.to_ascii_lowercase() {
        'a' => seen | 1,
        'c' => seen | 2,
        'g' => seen | 4,
        't' | 'u' => seen | 8,
        _ => seen,
    });
    (defined >= 10 && bases.count_ones() >= 3).then_some(Enumerated {
        kind: Written::Nucleotides,
        start,
        end: stop,
        defined,
    })
}

/// Whether a SEQ ID NO is cited within `window` characters before or after `[start, end)` in `text`.
#[must_use]
pub fn cited_near(citations: &[Cited], start: usize, end: usize, window: usize) -> bool {
    citations.iter().any(|c| c.end + window >= start && c.start <= end + window)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<u32> {
        cited(text).into_iter().map(|c| c.number).collect()
    }

    #[test]
    fn only_text_that_may_hold_a_sequence_is_read() {
        for text in ["5'-ACGTTGCAAGTCCA-3'", "配列：ACGTTGCAAG、", "a linker Gly-Gly-Ser", "acgtt"] {
            assert!(may_hold_sequence(text), "{text}");
        }
        for text in ["The actuator 14 seals the channel.", "FIG. 1-3", "acgt acgt acgt", "Gly and Ser"] {
            assert!(!may_hold_sequence(text), "{text}");
        }
        // Whatever the filter lets through, the reading decides.
        assert_eq!(enumerated("配列：ACGTTGCAAG、").len(), 1);
    }

    #[test]
    fn finds_seq_id_nos_in_the_forms_applications_write() {
        assert_eq!(numbers("a primer of SEQ ID NO: 1."), [1]);
        assert_eq!(numbers("SEQ ID NOs: 2-4 and 7, which bind"), [2, 3, 4, 7]);
        assert_eq!(numbers("SEQ. ID. NO. 12 or SEQ ID NO:13"), [12, 13]);
        assert_eq!(numbers("SEQ ID NOS 5 to 6, 9"), [5, 6, 9]);
        assert_eq!(numbers("配列番号１又は配列番号2"), [1, 2]);
        assert_eq!(numbers("서열번호 3 및 4"), [3, 4]);
        assert_eq!(numbers("SEQ ID NO: 1, which is 20 residues long"), [1]);
        assert_eq!(numbers("no sequence here, 12 and 13"), Vec::<u32>::new());
        assert_eq!(numbers("SEQ ID NOs: 1-1000000").len(), 10_001, "ranges are bounded");
    }

    #[test]
    fn finds_written_sequences_and_leaves_words_alone() {
        let found = enumerated("The primer 5'-ACGTTGCAAGTC-3' binds; so does aagtgttcct agtgc.");
        let kinds: Vec<(Written, usize)> = found.iter().map(|e| (e.kind, e.defined)).collect();
        assert_eq!(kinds, [(Written::Nucleotides, 12), (Written::Nucleotides, 15)]);
        assert_eq!(enumerated("a linker Gly-Gly-Gly-Gly-Ser joins them")[0].defined, 5);
        for silent in [
            "acgtacgt is too short",
            "Gly-Gly-Ser is too short",
            "DESCRIPTION OF THE INVENTION AND CHARACTERISTICS",
            "nnnnnnnnnnnnacgt has few defined residues",
            "a cat can tag an ant at a gate",
        ] {
            assert!(enumerated(silent).is_empty(), "{silent}");
        }
    }
}
