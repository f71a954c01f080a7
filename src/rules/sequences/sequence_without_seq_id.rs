use super::law;
use super::text::places;
use crate::analysis::sequence_text::{cited, cited_near, enumerated, Written};
use crate::message::message;
use crate::rules::{declare_rule, Check, Examples, Filed, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Sequences written out in the description or claims that ST.26 requires in the listing, with no SEQ ID NO
    /// cited within 80 characters: at least ten specifically defined nucleotides (`acgt…` in one case, not `n`;
    /// in one word or in groups of at least five, as in `5'-ACGTTGCAAGTC-3'` or `aagtgttcct agtgc`) or at least
    /// four specifically defined amino acids in three-letter symbols joined by hyphens (`Gly-Gly-Gly-Gly-Ser`).
    /// One-letter amino acid sequences are not looked for (in capitals they cannot be told from acronyms), nor are
    /// sequences in drawings. Degenerate symbols other than `n` are not looked for either, to keep words out.
    ///
    /// ## Why it matters
    /// Every sequence enumerated anywhere in the application with at least ten specifically defined nucleotides or
    /// four specifically defined amino acids must be in the listing, with its SEQ ID NO used in the text; a
    /// sequence written out without one is usually missing from the listing.
    ///
    /// ## Legal basis
    /// ST.26, paragraph 7 (with 3(c) and 3(k)), as EPO Guidelines F-II, 6.2.1 restates it (read on epo.org: grade
    /// A for the EPO, B elsewhere). A warning: whether a string of letters is a sequence is judged from its
    /// letters, and whether the SEQ ID NO is given "near" it from the text around it. It applies to applications
    /// filed from 1 July 2022, when ST.26 replaced ST.25 (a publication is judged by the filing date it states).
    pub static RULE = Rule {
        id: "sequences/sequence-without-seq-id",
        summary: "a sequence written out in the text has no SEQ ID NO",
        offices: &law::from_st26(law::read_at_the_epo(law::practice("ST.26, paragraph 7", Grade::B))),
        examples: Examples {
            fires: &["1. A primer consisting of 5'-ACGTTGCAAGTCCA-3'.\n2. A linker Gly-Gly-Gly-Gly-Ser joining the primer of claim 1."],
            silent: &["1. A primer consisting of 5'-ACGTTGCAAGTCCA-3' (SEQ ID NO: 1).\n2. A linker Gly-Gly-Ser joining the primer of claim 1."],
        },
        check: Check::Filing(check),
    };
}

/// How far from a written sequence its SEQ ID NO may be cited, in characters.
const WINDOW: usize = 80;

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let mut reported = 0;
    for (file, place) in places(documents) {
        let text = place.text();
        let found = enumerated(text);
        if found.is_empty() {
            continue;
        }
        let citations = cited(text);
        for sequence in found.iter().filter(|s| !cited_near(&citations, s.start, s.end, WINDOW)) {
            reported += 1;
            if reported > super::MAX_FINDINGS {
                return;
            }
            let message = match sequence.kind {
                Written::Nucleotides => message!("sequence-without-seq-id", count = sequence.defined),
                Written::AminoAcids => {
                    message!("sequence-without-seq-id-specifically-defined-amino", count = sequence.defined)
                }
            };
            out.set_file(file);
            out.report(&RULE, place.at(sequence.start, sequence.end), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{check_claims_text, Options};

    #[test]
    fn reports_each_written_sequence_at_its_characters() {
        let report = check_claims_text(super::RULE.examples.fires[0], &Options::default());
        let found: Vec<_> = report.findings.iter().filter(|f| f.rule == super::RULE.id).collect();
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(
            found[0].message,
            "A sequence of 14 specifically defined nucleotides is written out here without a SEQ ID NO; ST.26 requires it in the sequence listing, cited by its SEQ ID NO."
        );
        assert_eq!(found[0].location.excerpt.as_deref(), Some("ACGTTGCAAGTCCA"));
        assert_eq!(found[1].location.claim, Some(2));
        assert!(found[1].message.starts_with("A sequence of 5 specifically defined amino acids"));
    }

    #[test]
    fn applications_filed_before_st26_are_not_judged_by_it() {
        let before = Options { filing_date: Some(crate::office::Date::ymd(2022, 6, 30)), ..Options::default() };
        let report = check_claims_text(super::RULE.examples.fires[0], &before);
        assert!(report.findings.iter().all(|f| f.rule != super::RULE.id));
    }
}
