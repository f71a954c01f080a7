use super::law;
use super::text::{listings, places};
use crate::analysis::sequence_text::cited;
use crate::message::message;
use crate::rules::{declare_rule, Check, Examples, Filed, Grade, Reporter};
use crate::sorting::set_of;
use std::collections::BTreeSet;

declare_rule! {
    /// ## What it checks
    /// Every SEQ ID NO the description or the claims cite ("SEQ ID NO: 3", "SEQ ID NOs: 2-4 and 7", "配列番号3",
    /// "서열번호 3") against the sequence listing checked with them: a number the listing does not have, or has
    /// only as a skipped sequence (`000`), is reported where it is cited. It needs a listing in the same check;
    /// without one it is silent.
    ///
    /// ## Why it matters
    /// A cited sequence missing from the listing means a listing that is incomplete (the office invites the
    /// applicant to file a complete one, with a late furnishing fee at the EPO) or a citation of the wrong number;
    /// either way the application does not say what it means.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 7 (every sequence disclosed is in the listing) with the listing as part of the description;
    /// EPO Guidelines A-IV, 5 and A-XIII, 11.3. Grade C: that a cited number must be in the listing is practice,
    /// not the standard's words; a warning.
    pub static RULE = Rule {
        id: "sequences/seq-id-not-in-listing",
        summary: "a SEQ ID NO cited in the description or claims is not in the sequence listing",
        offices: &law::practice("ST.26, paragraph 7", Grade::C),
        examples: Examples {
            fires: &[concat!("file: P-1.xml\n", super::valid_one!(), "\nfile: claims.txt\n1. A primer of SEQ ID NO: 2.\n")],
            silent: &[concat!("file: P-1.xml\n", super::valid_one!(), "\nfile: claims.txt\n1. A primer of SEQ ID NO: 1.\n")],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let listings: Vec<_> = listings(documents).collect();
    let Some(&(listing_file, _)) = listings.first() else { return };
    let listed =
        set_of(listings.iter().flat_map(|(_, l)| l.sequences.iter().filter(|s| !s.skipped).filter_map(|s| s.number)));
    let mut reported = 0;
    for (file, place) in places(documents) {
        let mut seen = BTreeSet::new();
        for citation in cited(place.text()) {
            if listed.contains(&citation.number) || !seen.insert(citation.number) {
                continue;
            }
            reported += 1;
            if reported > super::MAX_FINDINGS {
                return;
            }
            out.set_file(file);
            out.report(
                &RULE,
                place.at(citation.start, citation.end),
                message!("seq-id-not-in-listing", number = citation.number, listing = listing_file),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{check, InputFile, Options};

    #[test]
    fn reports_at_the_citation_in_the_claim() {
        let files = [
            InputFile { name: "P-1.xml".into(), bytes: super::super::VALID.as_bytes().to_vec() },
            InputFile { name: "claims.txt".into(), bytes: b"1. A kit of SEQ ID NOs: 1-4 and 3.".to_vec() },
        ];
        let report = check(&files, &Options::default());
        let found: Vec<_> = report.findings.iter().filter(|f| f.rule == super::RULE.id).collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "SEQ ID NO 4 is cited here, but the sequence listing P-1.xml has no such sequence."
        );
        assert_eq!((found[0].file.as_str(), found[0].location.claim), ("claims.txt", Some(1)));
    }
}
