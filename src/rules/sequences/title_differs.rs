use super::{at_element, law};
use crate::message::message;
use crate::model::{Document, SequenceListing, Specification};
use crate::rules::{declare_rule, Check, Examples, Filed, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The listing's `InventionTitle` against the title of the application checked with it, where both are in the
    /// same language (the title's `languageCode` and the description's language): they should be the same title.
    /// Case, spacing and punctuation are not compared. A title in another language (an English title in the
    /// listing of a Japanese application) is a translation and is not compared; nor is a listing checked alone.
    ///
    /// The applicant's name is not compared: the documents patlint reads (description, claims, drawings) do not
    /// state the applicant, the request does.
    ///
    /// ## Why it matters
    /// The listing's general information identifies the application it belongs to. Receiving offices are reported
    /// to query a listing whose title or applicant does not match the request, and a listing carried over from
    /// another application (a continuation, a divisional) is the usual cause.
    ///
    /// ## Legal basis
    /// ST.26, paragraphs 45–48 (the general information part, which holds the title of the invention). Grade C:
    /// that the title agrees with the application's is practice, not the standard's words; a warning.
    pub static RULE = Rule {
        id: "sequences/title-differs",
        summary: "the sequence listing's title of the invention differs from the application's",
        offices: &law::practice("ST.26, paragraphs 45–48", Grade::C),
        examples: Examples {
            fires: &[concat!(
                "file: P-1.xml\n",
                super::valid_one!(),
                "\nfile: description.xml\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Primers for detecting root rot</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>[0001] Root rot is a disease. See SEQ ID NO: 1.</w:t></w:r></w:p></w:body></w:document>"
            )],
            silent: &[
                concat!(
                    "file: P-1.xml\n",
                    super::valid_one!(),
                    "\nfile: description.xml\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>PRIMERS FOR DETECTING LEVER ROT.</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>[0001] Lever rot is a disease. See SEQ ID NO: 1.</w:t></w:r></w:p></w:body></w:document>"
                ),
                concat!(
                    "file: P-1.xml\n",
                    super::valid_one!(),
                    "\nfile: description.xml\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>【書類名】明細書</w:t></w:r></w:p><w:p><w:r><w:t>【発明の名称】根腐れ検出用プライマー</w:t></w:r></w:p><w:p><w:r><w:t>【技術分野】</w:t></w:r></w:p><w:p><w:r><w:t>【０００１】本発明は配列番号１のプライマーに関する。</w:t></w:r></w:p></w:body></w:document>"
                ),
            ],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    let Some((listing_file, listing)) = super::text::listings(documents).next() else { return };
    for filed in documents {
        let Document::Description(spec) = filed.document else { continue };
        let Some(title) = &spec.title else { continue };
        let Some(listed) = title_in_language(listing, spec) else { continue };
        if normalized(&listed.text) != normalized(&title.text) {
            out.set_file(listing_file);
            out.report(
                &RULE,
                at_element("ST26SequenceListing/InventionTitle", Some(listed.line)),
                message!(
                    "title-differs",
                    listed = listed.text.as_str(),
                    file = filed.file,
                    title = title.text.as_str()
                ),
            );
        }
    }
}

/// The listing's title in the description's language. A title without a `languageCode` is taken as the
/// description's when the listing has one title only.
fn title_in_language<'l>(
    listing: &'l SequenceListing,
    spec: &Specification,
) -> Option<&'l crate::model::sequences::Value> {
    let language = spec.language?;
    match listing.invention_titles.as_slice() {
        [only] if only.language.is_none() => Some(only),
        titles => {
            titles.iter().find(|t| t.language.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(language.code())))
        }
    }
}

/// Letters and digits only, in lower case: "PRIMERS FOR DETECTING LEVER ROT." is "Primers for detecting lever rot".
fn normalized(title: &str) -> String {
    title.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use crate::{check, InputFile, Options};

    #[test]
    fn names_both_titles_at_the_listings_element() {
        let example = super::RULE.examples.fires[0].strip_prefix("file: P-1.xml\n").unwrap_or_default();
        let (listing, description) = example.split_once("\nfile: description.xml\n").unwrap_or_default();
        let files = [
            InputFile { name: "P-1.xml".into(), bytes: listing.as_bytes().to_vec() },
            InputFile { name: "description.xml".into(), bytes: description.as_bytes().to_vec() },
        ];
        let report = check(&files, &Options::default());
        let found: Vec<_> = report.findings.iter().filter(|f| f.rule == super::RULE.id).collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(
            found[0].message,
            "The sequence listing's title \"Primers for detecting lever rot\" differs from the title of description.xml, \"Primers for detecting root rot\"; a listing should name the application it belongs to."
        );
        assert_eq!(found[0].file, "P-1.xml");
        assert_eq!(found[0].location.element.as_deref(), Some("ST26SequenceListing/InventionTitle"));
        assert_eq!(found[0].severity, crate::report::Severity::Warning);
    }

    #[test]
    fn a_listing_checked_alone_is_not_compared() {
        let files = [InputFile { name: "P-1.xml".into(), bytes: super::super::VALID.as_bytes().to_vec() }];
        assert!(check(&files, &Options::default()).findings.iter().all(|f| f.rule != super::RULE.id));
    }
}
