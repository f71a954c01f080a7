use super::at_element;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::SequenceListing;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The listing's file name, for the USPTO: `*.xml`, where `*` is 1 to 60 upper- or lower-case letters, digits,
    /// hyphens and underscores (no spaces, dots or other characters). The file is taken by the name it was given
    /// to patlint. (The USPTO's limit of 100 MB per file, 37 CFR 1.834(b)(1), is above patlint's default input
    /// limit: a larger listing is reported as unreadable unless `inputBytes` is raised.)
    ///
    /// ## Why it matters
    /// The USPTO's filing system takes a Sequence Listing XML under such a name only; the other offices set no
    /// such rule for the file name.
    ///
    /// ## Legal basis
    /// 37 CFR 1.834(a)(3). Grade B: the rule's text read in copies that quote the eCFR text.
    pub static RULE = Rule {
        id: "sequences/file-name-invalid",
        summary: "the listing's file name is not one the USPTO accepts",
        offices: &[policy(US, Error, Citation::new(Cfr37, "1.834(a)(3)"), Grade::B)],
        examples: Examples {
            fires: &["file: sequence listing (final).xml\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing dtdVersion=\"V1_3\"/>"],
            silent: &["file: P-2024_001.xml\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ST26SequenceListing dtdVersion=\"V1_3\"/>"],
        },
        check: Check::Sequences(check),
    };
}

/// Whether `name` is `*.xml` with 1 to 60 of `[A-Za-z0-9_-]` before the extension.
fn accepted(name: &str) -> bool {
    name.strip_suffix(".xml").is_some_and(|stem| {
        (1..=60).contains(&stem.len()) && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

fn check(listing: &SequenceListing, out: &mut Reporter) {
    if accepted(&listing.file_name) {
        return;
    }
    out.report(
        &RULE,
        at_element("(file name)", None),
        message!("file-name-invalid", name = listing.file_name.as_str()),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::sequences::tests::findings;

    #[test]
    fn takes_the_name_given_without_its_folder() {
        assert!(super::accepted("P-2024_001.xml") && !super::accepted("a.b.xml") && !super::accepted(".xml"));
        assert!(!super::accepted(&format!("{}.xml", "a".repeat(61))));
        let found = findings(super::RULE.id, "dir/my listing.XML", super::super::VALID.as_bytes());
        assert_eq!(
            found[0].message,
            "The file name my listing.XML is not accepted by the USPTO: a Sequence Listing XML is named with 1 to 60 letters, digits, hyphens and underscores, then .xml."
        );
        assert_eq!(found[0].offices, [crate::office::Office::US]);
        assert!(findings(super::RULE.id, "folder/P-1.xml", super::super::VALID.as_bytes()).is_empty());
    }
}
