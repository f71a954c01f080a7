use super::at_sequence;
use super::law;
use super::text::{listings, places};
use crate::analysis::sequence_text::cited;
use crate::message::message;
use crate::rules::{declare_rule, Check, Examples, Filed, Grade, Reporter};
use crate::sorting::set_of;

declare_rule! {
    /// ## What it checks
    /// Every sequence of the listing (but skipped ones, `000`) against the SEQ ID NOs the description and claims
    /// checked with it cite: a sequence neither cites is reported at the sequence. It needs a description or
    /// claims in the same check; without them it is silent.
    ///
    /// ## Why it matters
    /// The listing is part of the description and must disclose what the application discloses, no more: a
    /// sequence nothing cites may be one the description never discloses (matter added by a conversion or a copy
    /// from another case), or a citation that was lost.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 7, and Annex VII's advice on conversions without adding or deleting matter; EPO Guidelines
    /// A-IV, 5. Grade C: the check is practice, not a requirement of the standard's words; a warning.
    pub static RULE = Rule {
        id: "sequences/sequence-not-cited",
        summary: "a sequence of the listing is cited neither in the description nor in the claims",
        offices: &law::practice("ST.26, paragraph 7", Grade::C),
        examples: Examples {
            fires: &[concat!("file: P-1.xml\n", super::valid_one!(), "\nfile: claims.txt\n1. A lever.\n")],
            silent: &[concat!("file: P-1.xml\n", super::valid_one!(), "\nfile: claims.txt\n1. A primer of SEQ ID NO: 1.\n")],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    // Without a listing there is nothing to find uncited: the citations are not read at all.
    if listings(documents).next().is_none() {
        return;
    }
    let places = places(documents);
    if places.is_empty() {
        return;
    }
    let cited = set_of(places.iter().flat_map(|(_, p)| cited(p.text())).map(|c| c.number));
    let mut reported = 0;
    for (file, listing) in listings(documents) {
        out.set_file(file);
        for sequence in listing.sequences.iter().filter(|s| !s.skipped) {
            if sequence.number.is_none_or(|n| cited.contains(&n)) {
                continue;
            }
            reported += 1;
            if reported > super::MAX_FINDINGS {
                return;
            }
            out.report(
                &RULE,
                at_sequence(sequence, None, None),
                message!("sequence-not-cited", id = sequence.id_text.as_str()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{check, InputFile, Options};

    #[test]
    fn reports_at_the_uncited_sequence_of_the_listing() {
        let files = [
            InputFile { name: "P-1.xml".into(), bytes: super::super::VALID.as_bytes().to_vec() },
            InputFile {
                name: "claims.txt".into(),
                bytes: "1. A kit of SEQ ID NO: 1 and 配列番号3.".as_bytes().to_vec(),
            },
        ];
        let report = check(&files, &Options::default());
        let found: Vec<_> = report.findings.iter().filter(|f| f.rule == super::RULE.id).collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "SEQ ID NO 2 is in the listing, but neither the description nor the claims cite it."
        );
        assert_eq!((found[0].file.as_str(), found[0].location.sequence), ("P-1.xml", Some(2)));
    }
}
