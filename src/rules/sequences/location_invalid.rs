use super::{at_feature, law, MAX_FINDINGS};
use crate::message::message;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Each feature's `INSDFeature_location`: well formed (a position `5`, a span `1..20` with `<` or `>` for an
    /// open end, a site between two residues `5^6`, and `complement(…)`, `join(…)`, `order(…)` of these) and within
    /// the sequence (every position from 1 to its length, a span's start not after its end).
    ///
    /// ## Why it matters
    /// A location outside the sequence or one that cannot be parsed points at no residue, and fails validation.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 60-69 (the feature table and its locations, which 37 CFR 1.833(b)(2)(v)
    /// incorporates), after the INSDC feature table. Unconfirmed: the paragraphs were not read here, so a warning.
    pub static RULE = Rule {
        id: "sequences/location-invalid",
        summary: "a feature location is malformed or outside the sequence",
        offices: &law::standard("1.833(b)(2)(v)", "ST.26, paragraphs 60-69", Grade::Unconfirmed),
        examples: Examples {
            fires: &[super::dna_with!(super::feat!("misc_feature", "complement(8..15)"))],
            silent: &[super::VALID],
        },
        check: Check::Sequences(check),
    };
}

/// Why a location is wrong for a sequence of `length` residues: `Err(None)` malformed, `Err(Some(p))` position
/// `p` outside; `Ok` when right.
fn validate(location: &str, length: u64) -> Result<(), Option<u64>> {
    let location = location.trim();
    for (name, inner) in [("complement(", true), ("join(", true), ("order(", true)] {
        if let Some(rest) = location.strip_prefix(name) {
            let inner_text = rest.strip_suffix(')').ok_or(None)?;
            let _ = inner;
            return split_top(inner_text).into_iter().try_for_each(|part| validate(part, length));
        }
    }
    let position = |text: &str| -> Result<u64, Option<u64>> {
        let digits = text.trim_start_matches('<').trim_start_matches('>');
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(None);
        }
        let value: u64 = digits.parse().map_err(|_| None)?;
        if value == 0 || value > length {
            return Err(Some(value));
        }
        Ok(value)
    };
    if let Some((from, to)) = location.split_once("..") {
        let (from, to) = (position(from)?, position(to)?);
        return if from <= to { Ok(()) } else { Err(None) };
    }
    if let Some((from, to)) = location.split_once('^') {
        let (from, to) = (position(from)?, position(to)?);
        return if to == from + 1 || (from == length && to == 1) { Ok(()) } else { Err(None) };
    }
    position(location).map(|_| ())
}

/// The comma-separated parts of a `join(…)`, commas inside parentheses kept.
fn split_top(text: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    let mut reported = 0;
    for sequence in listing.sequences.iter().filter(|s| !s.skipped) {
        for feature in &sequence.features {
            // A nesting deeper than any real location is malformed (and bounds the recursion).
            let deep = feature.location.matches('(').count() > 16;
            let result = if deep { Err(None) } else { validate(&feature.location, sequence.residue_count) };
            let message = match result {
                Ok(()) => continue,
                Err(None) => message!(
                    "location-invalid",
                    location = feature.location.as_str(),
                    key = feature.key.as_str(),
                    id = sequence.id_text.as_str()
                ),
                Err(Some(position)) => message!(
                    "location-invalid-feature-seq-id",
                    location = feature.location.as_str(),
                    key = feature.key.as_str(),
                    id = sequence.id_text.as_str(),
                    position = position,
                    count = sequence.residue_count
                ),
            };
            reported += 1;
            if reported > MAX_FINDINGS {
                return;
            }
            out.report(&RULE, at_feature(sequence, feature, Some("INSDFeature_location")), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::validate;
    use crate::rules::sequences::tests::one;

    #[test]
    fn parses_locations_and_bounds_them() {
        for good in ["1..12", "5", "<1..>12", "complement(3..8)", "join(1..3,5..9)", "order(1,4)", "5^6"] {
            assert_eq!(validate(good, 12), Ok(()), "{good}");
        }
        assert_eq!(validate("1..13", 12), Err(Some(13)));
        assert_eq!(validate("8..3", 12), Err(None));
        assert_eq!(validate("1.12", 12), Err(None));
        assert_eq!(validate("join(1..3,", 12), Err(None));
        let finding = one(super::RULE.id, super::RULE.examples.fires[0]);
        assert_eq!(
            finding.message,
            "The location complement(8..15) of feature misc_feature in SEQ ID NO 1 reaches position 15, outside the sequence's 12 residues."
        );
        assert!(finding
            .location
            .element
            .as_deref()
            .is_some_and(|e| e.ends_with("INSDFeature[2]/INSDFeature_location")));
    }
}
