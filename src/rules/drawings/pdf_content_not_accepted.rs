use crate::citation::{Authority::*, Citation};
use crate::message::{message, List, Message};
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Whether a PDF (of any part: description, claims, abstract or drawings) holds more than its pages: scripts
    /// (JavaScript run on opening), attached files, form fields, a digital signature, or annotations that add
    /// content (notes, stamps, highlights and the like; links are not counted).
    ///
    /// ## Why it matters
    /// What is filed is what the pages show. Filing systems strip, refuse or cannot render such content, and an
    /// annotation or a form field may show text that is not in the page itself: flatten the PDF (print it to a new
    /// PDF) before filing.
    ///
    /// ## Legal basis
    /// - EP: the EPO's online-filing PDF requirements ("PDFs should not be electronically signed"; no embedded OLE
    ///   objects; EPO FAQ on Online Filing, epo.org). The FAQ says "should", so a warning; grade B.
    /// - US, JP, KR, CN and WO (PCT Administrative Instructions, Annex F): the filing systems' PDF profiles are
    ///   reported to refuse active content and attachments; not confirmed in an official text, so warnings.
    ///
    /// Provisions cited:
    /// - EPO online filing, PDF requirements (EP); USPTO Patent Center PDF guidelines (US);
    /// - JPO online filing practice (JP); KIPO online filing practice (KR); CNIPA electronic filing practice (CN);
    /// - PCT Administrative Instructions, Annex F (WO).
    pub static RULE = Rule {
        id: "drawings/pdf-content-not-accepted",
        summary: "a PDF holds scripts, attachments, form fields, annotations or a signature",
        offices: &[
            policy(US, Warning, Citation::new(OfficePractice, "USPTO Patent Center PDF guidelines"), Grade::Unconfirmed),
            policy(EP, Warning, Citation::new(OfficePractice, "EPO online filing, PDF requirements"), Grade::B),
            policy(JP, Warning, Citation::new(OfficePractice, "JPO online filing practice"), Grade::Unconfirmed),
            policy(KR, Warning, Citation::new(OfficePractice, "KIPO online filing practice"), Grade::Unconfirmed),
            policy(CN, Warning, Citation::new(OfficePractice, "CNIPA electronic filing practice"), Grade::Unconfirmed),
            policy(WO, Warning, Citation::new(OfficePractice, "PCT Administrative Instructions, Annex F"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &["pdf A4 javascript\nline 40 40 150 200", "pdf A4 signed\nline 40 40 150 200", "pdf A4 note\nline 40 40 150 200", "pdf A4 attachment\nline 40 40 150 200"],
            silent: &["pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let Some(extras) = drawings.pdf.as_ref().map(|pdf| &pdf.extras).filter(|e| e.any()) else { return };
    let mut what: Vec<Message> = Vec::new();
    if extras.javascript {
        what.push(Message::term("pdf-content-not-accepted-javascript"));
    }
    if extras.attachments {
        what.push(Message::term("pdf-content-not-accepted-attached-files"));
    }
    if extras.form_fields {
        what.push(Message::term("pdf-content-not-accepted-form-fields"));
    }
    if extras.signed {
        what.push(Message::term("pdf-content-not-accepted-digital-signature"));
    }
    if let Some(&page) = extras.annotated_pages.first() {
        what.push(message!("pdf-content-not-accepted", page = page));
    }
    out.report(
        &RULE,
        Location { page: extras.annotated_pages.first().copied(), ..Location::default() },
        message!("pdf-content-not-accepted-holds-filing-systems", what = List::and(&what)),
    );
}
