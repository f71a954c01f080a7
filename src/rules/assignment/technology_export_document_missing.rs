use super::{at, has_document, number_check};
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::assignment::{mainland_china, AssignmentRecord, Conveyance, EvidenceKind};
use crate::numbers::cn;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// For an assignment of a Chinese invention or utility model application or patent, when an assignor is in
    /// mainland China (`CN`) and an assignee is not (Hong Kong, Macao and Taiwan count as outside): that the record
    /// includes a Technology Export Licence (技术出口许可证, for restricted technologies) or a Technology Export
    /// Contract Registration Certificate (技术出口合同登记证书, for freely exportable ones) from the commerce
    /// authorities (`documents[].type`: `technology-export-licence` or `technology-export-registration`).
    /// Designs (type digit 3) are left out: whether they need it was not confirmed.
    ///
    /// ## Why it matters
    /// A Chinese party's transfer of a patent or application to a foreign one goes through the procedures of the
    /// technology import and export regulations, and CNIPA does not register the change without the licence or the
    /// registration certificate. Prohibited technologies cannot be transferred at all.
    ///
    /// ## Legal basis
    /// CN Patent Law Art. 10(2) (with the Regulations on Technology Import and Export Administration, as CNIPA applies them).
    pub static RULE = Rule {
        id: "assignment/technology-export-document-missing",
        summary: "a Chinese party's assignment to a foreign one lacks the technology-export document",
        offices: &[policy(CN, Error, Citation::new(CnPatentLaw, "10(2)"), Grade::C)],
        examples: Examples {
            fires: &[r#"{"conveyance": "assignment", "assignors": [{"name": "Shenzhen Example Co., Ltd.", "kind": "organization", "country": "CN"}], "assignees": [{"name": "Acme Corporation", "country": "US"}], "properties": [{"office": "CN", "number": "202110123456.7"}], "documents": [{"type": "assignment-deed"}]}"#],
            silent: &[
                super::COMPLETE,
                r#"{"conveyance": "assignment", "assignors": [{"name": "Shenzhen Example Co., Ltd.", "country": "CN"}], "assignees": [{"name": "Acme Corporation", "country": "US"}], "properties": [{"office": "CN", "number": "202130123456.8"}]}"#,
            ],
        },
        check: Check::Assignment(check),
    };
}

fn check(record: &AssignmentRecord, out: &mut Reporter) {
    if record.conveyance != Some(Conveyance::Assignment) {
        return;
    }
    let outward = record.assignors.iter().any(mainland_china)
        && record.assignees.iter().any(|p| p.country.as_deref().is_some_and(|c| c != "CN"));
    // Chinese properties other than designs (whose type digit is 3); a number that cannot be read counts.
    let concerned = record.properties.iter().any(|p| {
        p.office == Some(CN) && number_check(p).and_then(|c| c.normalized).and_then(|n| cn::type_digit(&n)) != Some('3')
    });
    if !outward || !concerned {
        return;
    }
    if !has_document(record, &[EvidenceKind::TechnologyExportLicence, EvidenceKind::TechnologyExportRegistration]) {
        out.report_among(&RULE, &[CN], at(record, "documents", None), message!("technology-export-document-missing"));
    }
}
