use super::{at, law, position, who};
use crate::message::{message, quoted, Message};
use crate::model::AssignmentRecord;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Names and addresses (of the parties and the correspondent) that look like placeholders or mistakes rather
    /// than real ones: `TBD`, `N/A`, `NULL`, `xxx`, `same as above`, a single character, no letter at all, a name
    /// that is an e-mail address, an address without a single digit or comma and shorter than 15 characters.
    ///
    /// ## Why it matters
    /// Offices record the names and addresses as given and check them against their registers; a placeholder left
    /// in a template is recorded as the owner's name. A warning: some real names and addresses are short.
    ///
    /// ## Legal basis
    /// 37 CFR 3.31(a)(1)-(2); Rule 22(1) EPC; JPO practice (deed of assignment);
    /// KIPO practice (registration of transfer); CN Patent Law Art. 10; PCT Rule 4.5(a).
    pub static RULE = Rule {
        id: "assignment/entry-implausible",
        summary: "a name or address looks like a placeholder",
        offices: &[
            policy(US, Warning, law::US_CONVEYING_RECEIVING, Grade::A),
            policy(EP, Warning, law::EP_EVIDENCE, Grade::B),
            policy(JP, Warning, law::JP_DEED, Grade::C),
            policy(KR, Warning, law::KR_TRANSFER, Grade::C),
            policy(CN, Warning, law::CN_TRANSFER, Grade::C),
            policy(WO, Warning, law::WO_APPLICANT, Grade::A),
        ],
        examples: Examples {
            fires: &[
                r#"{"conveyance": "assignment", "assignors": [{"name": "TBD"}], "assignees": [{"name": "Acme Corporation", "address": "n/a"}]}"#,
                r#"{"conveyance": "assignment", "assignors": [{"name": "jane@example.com"}], "assignees": [{"name": "Acme Corporation"}]}"#,
            ],
            silent: &[super::COMPLETE],
        },
        check: Check::Assignment(check),
    };
}

/// Words templates leave in place of a name or address.
const PLACEHOLDERS: &[&str] = &[
    "tbd", "tba", "n/a", "na", "null", "none", "unknown", "xxx", "xx", "x", "test", "name", "address", "same as above",
    "see above", "todo", "-", "?", "...", "…", "to be determined", "[name]", "[address]",
];

fn placeholder(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    PLACEHOLDERS.contains(&lower.as_str()) || lower.chars().all(|c| c == 'x' || c == '.' || c == '_' || c == '-')
}

/// Why an entry looks wrong.
#[derive(Clone, Copy)]
enum Why {
    Placeholder,
    SingleCharacter,
    NoLetter,
    EmailAddress,
    TooShort,
}

fn implausible_name(name: &str) -> Option<Why> {
    if placeholder(name) {
        Some(Why::Placeholder)
    } else if name.chars().count() < 2 {
        Some(Why::SingleCharacter)
    } else if !name.chars().any(char::is_alphabetic) {
        Some(Why::NoLetter)
    } else if name.contains('@') && !name.contains(' ') {
        Some(Why::EmailAddress)
    } else {
        None
    }
}

fn implausible_address(address: &str) -> Option<Why> {
    if placeholder(address) {
        Some(Why::Placeholder)
    } else if address.chars().count() < 15 && !address.chars().any(|c| c.is_ascii_digit() || c == ',' || !c.is_ascii())
    {
        Some(Why::TooShort)
    } else {
        None
    }
}

/// Says why an entry is implausible, if it is.
type Test = fn(&str) -> Option<Why>;

/// The finding's message: `entry` names the entry as a noun phrase ("the name of assignor 1"), `value` is the
/// excerpt of it shown.
fn message(why: Why, entry: Message, value: &str) -> Message {
    let value = quoted(value);
    match why {
        Why::Placeholder => {
            message!("entry-implausible", value = value, entry = entry)
        }
        Why::SingleCharacter => {
            message!("entry-implausible-single-character", value = value, entry = entry)
        }
        Why::NoLetter => message!("entry-implausible-has-no-letter", value = value, entry = entry),
        Why::EmailAddress => {
            message!("entry-implausible-e-mail-address", value = value, entry = entry)
        }
        Why::TooShort => {
            message!("entry-implausible-too-short-postal", value = value, entry = entry)
        }
    }
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    let offices = record.offices();
    let mut entries: Vec<(String, Message, &str, Test)> = Vec::new();
    for (path, party) in record.parties() {
        if let Some(name) = &party.name {
            let entry = message!("entry-implausible-name", party = position(&path));
            entries.push((format!("{path}.name"), entry, name, implausible_name));
        }
        if let Some(address) = &party.address {
            let entry = message!("entry-implausible-address", party = who(&path, party));
            entries.push((format!("{path}.address"), entry, address, implausible_address));
        }
    }
    if let Some(c) = &record.correspondent {
        if let Some(name) = &c.name {
            entries.push((
                "correspondent.name".into(),
                Message::term("entry-implausible-correspondent-s-name"),
                name,
                implausible_name,
            ));
        }
        if let Some(address) = &c.address {
            entries.push((
                "correspondent.address".into(),
                Message::term("entry-implausible-correspondent-s-address"),
                address,
                implausible_address,
            ));
        }
    }
    for (path, entry, value, test) in entries {
        if let Some(why) = test(value) {
            out.report_among(
                &RULE,
                &offices,
                at(record, &path, Some(value)),
                message(why, entry, &crate::rules::util::excerpt(value, 0, 60)),
            );
        }
    }
}
