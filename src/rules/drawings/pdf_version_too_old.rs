use super::law::PDF_MIN_VERSION;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::{Location, Severity::*};
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The version of a PDF of drawings (from its header, or its catalogue's `/Version` when later) against the
    /// oldest version an office's electronic filing takes: PDF 1.4 at the EPO and under the PCT (Annex F).
    ///
    /// ## Why it matters
    /// Filing software may refuse older PDFs, or convert them with losses. Re-save or print the drawings to PDF
    /// with a current program.
    ///
    /// ## Legal basis
    /// - EP: EPO online filing, PDF requirements ("the PDF is version 1.4 (or later)", EPO FAQ on Online Filing).
    /// - WO: PCT Administrative Instructions, Annex F ("Adobe Portable Document Format Version 1.4 compatible", as
    ///   summarised by the DPMA; grade B).
    pub static RULE = Rule {
        id: "drawings/pdf-version-too-old",
        summary: "a PDF of drawings is older than the office's electronic filing takes",
        offices: &[
            policy(EP, Error, Citation::new(OfficePractice, "EPO online filing, PDF requirements"), Grade::A),
            policy(WO, Error, Citation::new(OfficePractice, "PCT Administrative Instructions, Annex F"), Grade::B),
        ],
        examples: Examples {
            fires: &["pdf A4 version 1.3\nline 40 40 150 200"],
            silent: &["pdf A4 version 1.4\nline 40 40 150 200", "pdf A4\nline 40 40 150 200"],
        },
        check: Check::Drawings(check),
    };
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    let Some(pdf) = &drawings.pdf else { return };
    let version = format!("{}.{}", pdf.version.0, pdf.version.1);
    for &(office, minimum) in PDF_MIN_VERSION {
        if pdf.version >= minimum {
            continue;
        }
        let minimum = format!("{}.{}", minimum.0, minimum.1);
        let message = match office {
            WO => message!("pdf-version-too-old", version = &version, minimum = minimum),
            _ => message!(
                "pdf-version-too-old-electronic-filing-takes",
                version = &version,
                office = office.in_sentence(),
                minimum = minimum
            ),
        };
        out.report_for(&RULE, office, Location::default(), message);
    }
}
