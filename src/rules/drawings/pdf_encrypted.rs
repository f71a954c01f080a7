use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether a PDF of drawings is encrypted: protected by a password or by security settings (restrictions on
    /// printing, copying or changing), even where it opens without a password.
    ///
    /// ## Why it matters
    /// Offices' electronic filing systems must open, convert, print and publish the drawings; they refuse or cannot
    /// process protected PDFs. Remove the security (save an unprotected copy) before filing.
    ///
    /// ## Legal basis
    /// - EP: EPO online filing, PDF requirements ("the PDF is not encrypted", EPO FAQ on Online Filing, epo.org).
    /// - WO: PCT Administrative Instructions, Annex F ("The text in the PDF file must not be encrypted", as
    ///   summarised by the DPMA; grade B).
    /// - US: USPTO EFS-Web/Patent Center PDF guidelines (no security of any kind, as practitioners report them;
    ///   grade C).
    /// - CN: CNIPA electronic filing practice (PDF "不应设置加密功能", reported by agents; unconfirmed).
    /// - JP: JPO online filing practice; KR: KIPO online filing practice (특허로) (both unconfirmed: warnings).
    pub static RULE = Rule {
        id: "drawings/pdf-encrypted",
        summary: "a PDF of drawings is encrypted or protected",
        offices: &[
            policy(US, Error, Citation::new(OfficePractice, "USPTO EFS-Web/Patent Center PDF guidelines"), Grade::C),
            policy(EP, Error, Citation::new(OfficePractice, "EPO online filing, PDF requirements"), Grade::A),
            policy(JP, Error, Citation::new(OfficePractice, "JPO online filing practice"), Grade::Unconfirmed),
            policy(KR, Error, Citation::new(OfficePractice, "KIPO online filing practice (특허로)"), Grade::Unconfirmed),
            policy(CN, Error, Citation::new(OfficePractice, "CNIPA electronic filing practice"), Grade::Unconfirmed),
            policy(WO, Error, Citation::new(OfficePractice, "PCT Administrative Instructions, Annex F"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4 encrypted\nline 40 40 150 200"],
            silent: &["pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    if drawings.pdf.as_ref().is_some_and(|pdf| pdf.encrypted) {
        out.report(&RULE, Location::default(), message!("pdf-encrypted"));
    }
}
