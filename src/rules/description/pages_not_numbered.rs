use super::MAX_FINDINGS;
use crate::citation::{Authority::*, Citation};
use crate::message::{message, List};
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// In a PDF application, whether every text page (description, claims, abstract) carries its page number, and
    /// whether the numbers run consecutively from 1. A page number is a line of its own at the top or bottom of the
    /// page: `3`, `- 3 -`, `3/12`, `Page 3 of 12`.
    ///
    /// ## Why it matters
    /// The offices cite and replace pages by their numbers; unnumbered or misnumbered pages are objected to and
    /// must be filed again.
    ///
    /// ## Legal basis
    /// - US: 37 CFR 1.52(b)(5): the pages of the specification, claims and abstract "must be numbered consecutively,
    ///   starting with 1". Grade A.
    /// - EP: "All the sheets must be numbered in consecutive Arabic numerals" (EPO Guide for applicants, part 1,
    ///   point 4.2.3). Grade B.
    /// - WO: PCT Rule 11.7(a): "All the sheets contained in the international application shall be numbered in
    ///   consecutive Arabic numerals". Grade B.
    ///
    /// Provisions cited: 37 CFR 1.52(b)(5) (US); EPO Guide for applicants (EP); PCT Rule 11.7(a) (WO).
    pub static RULE = Rule {
        id: "description/pages-not-numbered",
        summary: "text pages are not numbered consecutively",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.52(b)(5)"), Grade::A),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants"), Grade::B),
            policy(WO, Error, Citation::new(PctRule, "11.7(a)"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"\nsheet\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\""],
            silent: &["pdf A4\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"\ntext 104 285 3 \"1\"\nsheet\ntextblock 25 30 4 160 \"CLAIMS\\n1. A lever with a handle that is long enough to be held with one hand.\"\ntext 104 285 3 \"2\""],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    let Some(first) = spec.pages.first() else { return };
    let unnumbered: Vec<u32> = spec.pages.iter().filter(|p| p.number.is_none()).map(|p| p.page).collect();
    if !unnumbered.is_empty() {
        let location = Location { page: unnumbered.first().copied(), ..Location::default() };
        let text = if unnumbered.len() == spec.pages.len() {
            message!("pages-not-numbered")
        } else {
            message!(
                "pages-not-numbered-carry-no-page",
                pages = List::and(&unnumbered[..unnumbered.len().min(MAX_FINDINGS)])
            )
        };
        out.report(&RULE, location, text);
        return;
    }
    // Every page numbered: the first 1, each one more than the one before.
    let mut expected = first.number.as_deref().and_then(|n| n.parse::<u32>().ok()).unwrap_or(1);
    if expected != 1 {
        out.report(
            &RULE,
            Location { page: Some(first.page), ..Location::default() },
            message!("pages-not-numbered-first-text-page", number = expected),
        );
        return;
    }
    for page in &spec.pages[1..] {
        expected += 1;
        let number = page.number.as_deref().and_then(|n| n.parse::<u32>().ok());
        if number != Some(expected) {
            out.report(
                &RULE,
                Location { page: Some(page.page), ..Location::default() },
                message!(
                    "pages-not-numbered-page-number-consecutively",
                    page = page.page,
                    number = page.number.clone().unwrap_or_default(),
                    expected = expected
                ),
            );
            return;
        }
    }
}
