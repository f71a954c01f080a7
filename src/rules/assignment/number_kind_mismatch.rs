use super::{at, law, number_check};
use crate::message::{message, Message};
use crate::model::AssignmentRecord;
use crate::numbers::NumberKind::{self, *};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// That each property's kind (application, patent, publication) matches its number, where the number's form
    /// tells: `16/123,456` is a US application, not a patent; `EP 1234567 B1` is a patent; `特開2021-123456` a
    /// publication.
    ///
    /// ## Why it matters
    /// Offices record against applications and patents; a publication number given as the application, or an
    /// application number given as the patent, points the office to the wrong file, or to none. A warning: the
    /// number may be right and only the kind wrong.
    ///
    /// ## Legal basis
    /// 37 CFR 3.21; EPO Guidelines A-II, 1.7; JPO practice (Japanese application or patent number);
    /// KIPO practice (registration of transfer); CNIPA numbering (application number and check character);
    /// PCT Administrative Instructions Section 307.
    pub static RULE = Rule {
        id: "assignment/number-kind-mismatch",
        summary: "a property's kind does not match its number",
        offices: &[
            policy(US, Warning, law::US_IDENTIFICATION, Grade::B),
            policy(EP, Warning, law::EP_NUMBER, Grade::A),
            policy(JP, Warning, law::JP_NUMBER, Grade::C),
            policy(KR, Warning, law::KR_TRANSFER, Grade::C),
            policy(CN, Warning, law::CN_NUMBER, Grade::C),
            policy(WO, Warning, law::WO_NUMBER, Grade::A),
        ],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "properties": [{"office": "US", "kind": "patent", "number": "16/123,456"}]}"#],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    for (i, property) in record.properties.iter().enumerate() {
        let (Some(listed), Some(check)) = (property.kind, number_check(property)) else { continue };
        let (Some(found), true) = (check.kind, check.valid) else { continue };
        if found == listed {
            continue;
        }
        let office = property.office.or(check.office).map_or_else(|| record.offices(), |o| vec![o]);
        let number = property.number.as_deref().unwrap_or_default();
        out.report_among(
            &RULE,
            &office,
            at(record, &format!("properties[{i}].kind"), Some(number)),
            mismatch(number, found, listed),
        );
    }
}

/// The message for a number written as a `found` but listed as a `listed`.
fn mismatch(number: &str, found: NumberKind, listed: NumberKind) -> Message {
    match (found, listed) {
        (Application, Patent) => message!("number-kind-mismatch", number = number),
        (Application, _) => message!("number-kind-mismatch-written-application-but", number = number),
        (Patent, Application) => message!("number-kind-mismatch-written-patent-but", number = number),
        (Patent, _) => message!("number-kind-mismatch-written-patent-but-property", number = number),
        (Publication, Application) => message!("number-kind-mismatch-written-publication-but", number = number),
        (Publication, _) => message!("number-kind-mismatch-written-publication-but-property", number = number),
    }
}
