use crate::analysis::paragraph_text as text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::description::Part;
use crate::model::{ClaimSet, Document};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::util::at_claim;
use crate::rules::Filed;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};
use std::collections::HashSet;

declare_rule! {
    /// ## What it checks
    /// Reference signs in parentheses in the claims, such as "a lever (10)", that the description of the same filing never
    /// mentions. It needs the claims and the description: a file that holds both (a whole specification), or separate
    /// files checked together. Signs after "formula", "equation" or "step" are not reference signs.
    ///
    /// ## Why it matters
    /// At the EPO, reference signs link the claims to the drawings, and the drawings' signs must be mentioned in the
    /// description and claims; a sign only the claims use points at nothing the description explains. A warning.
    ///
    /// ## Legal basis
    /// OJ EPO 2022, A113, Art. 1(2)(i) (the President's decision of 25 Nov 2022 on the presentation of documents,
    /// since 1 Feb 2023 restating former Rule 46(2)(i) EPC, deleted by CA/D 10/22: reference signs not mentioned in
    /// the description and claims shall not appear in the drawings, and vice versa) and Rule 43(7) EPC, as the
    /// Guidelines apply them (EPO Guidelines A-IX, 7.5); grade C: the reading that a claim's sign must also be in the
    /// description is practice, not the provision's words (and the decision's Art. 1(2)(i) was not itself read: the
    /// decision was read on epo.org as far as Art. 1(2)(g), which follows former Rule 46 paragraph by paragraph).
    pub static RULE = Rule {
        id: "description/claim-reference-sign-not-in-description",
        summary: "a reference sign in the claims does not appear in the description",
        offices: &[
            policy(EP, Warning, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(i)"), Grade::C),
        ],
        examples: Examples {
            fires: &["Lever\nDETAILED DESCRIPTION\nThe lever 10 has a handle.\nCLAIMS\n1. A lever (10) having a handle (12)."],
            silent: &["Lever\nDETAILED DESCRIPTION\nThe lever 10 has a handle 12.\nCLAIMS\n1. A lever (10) having a handle (12), as in formula (1)."],
        },
        check: Check::Filing(check),
    };
}

fn check<'a>(documents: &[Filed<'a>], out: &mut Reporter<'a>) {
    for described in documents {
        let Document::Description(spec) = described.document else { continue };
        if !spec.has_part(Part::Description) {
            continue;
        }
        let mentioned: HashSet<&str> = spec
            .body(Part::Description)
            .flat_map(|p| text::sign_words(&p.text))
            // Words as written, from their first character: "'12'" does not mention 12.
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        // The claim sets in the description's language (or all, when it is unknown).
        let sets: Vec<(&Filed<'a>, &ClaimSet)> = documents
            .iter()
            .filter_map(|f| match f.document {
                Document::Claims(set)
                    if spec.language.is_none() || set.language.is_none() || set.language == spec.language =>
                {
                    Some((f, set))
                }
                _ => None,
            })
            .collect();
        for (filed, set) in sets {
            out.set_file(filed.file);
            let mut reported = 0;
            for claim in set.claims.iter().filter(|c| !c.is_cancelled()) {
                for (sign, at) in text::claim_signs(&claim.text) {
                    if mentioned.contains(sign.as_str()) {
                        continue;
                    }
                    reported += 1;
                    if reported > super::MAX_FINDINGS {
                        break;
                    }
                    let mut location = at_claim(claim);
                    location.excerpt = Some(format!("({sign})"));
                    location.span = Some(crate::model::Span { start: at, end: at + sign.chars().count() + 2 });
                    out.report(
                        &RULE,
                        location,
                        message!(
                            "claim-reference-sign-not-in-description",
                            sign = sign,
                            claim = claim.number,
                            file = described.file
                        ),
                    );
                }
            }
        }
    }
}
