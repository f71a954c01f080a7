//! Provisions several assignment rules cite, per office, with their grades (and the source
//! read to confirm them, named here).

use crate::citation::{Authority::*, Citation};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{policy, Grade, OfficePolicy};

/// 37 CFR 3.31(a): the cover sheet's items (official text read on Cornell LII: grade A). The numbering is the
/// current one: (a)(6) is the execution date and (a)(7) the signature; the catalogue's older numbering, from the PCT
/// Applicant's Guide, puts the count of properties and the fee at (a)(6).
pub const US_CONVEYING_RECEIVING: Citation = Citation::new(Cfr37, "3.31(a)(1)-(2)");
pub const US_RECEIVING_ADDRESS: Citation = Citation::new(Cfr37, "3.31(a)(2)");
pub const US_PROPERTIES: Citation = Citation::new(Cfr37, "3.31(a)(4)");
pub const US_EXECUTION_DATE: Citation = Citation::new(Cfr37, "3.31(a)(6)");
/// 37 CFR 3.21: a patent by its number, an application by series code and serial number, an international
/// application by its PCT number (official text quoted by FindLaw and the GPO's 2002–2008 editions: grade B).
pub const US_IDENTIFICATION: Citation = Citation::new(Cfr37, "3.21");

/// Rule 22(1) EPC: the transfer is recorded on production of documents providing evidence of it (read on the EPO's
/// case-law book and the Unitary Patent Guide: grade A).
pub const EP_EVIDENCE: Citation = Citation::new(EpcRule, "22(1)");
/// EPO Guidelines A-II, 1.7: the application number and its check digit.
pub const EP_NUMBER: Citation = Citation::new(EpoGuidelines, "A-II, 1.7");

/// JPO practice as practitioners report it (grade C).
pub const JP_DEED: Citation = Citation::new(OfficePractice, "JPO practice (deed of assignment)");
pub const JP_NUMBER: Citation = Citation::new(OfficePractice, "JPO practice (Japanese application or patent number)");

/// KIPO practice as practitioners report it (grade C).
pub const KR_TRANSFER: Citation = Citation::new(OfficePractice, "KIPO practice (registration of transfer)");

/// CN Patent Law Art. 10: transfer by written contract, registered with CNIPA (grade C).
pub const CN_TRANSFER: Citation = Citation::new(CnPatentLaw, "10");
pub const CN_NUMBER: Citation =
    Citation::new(OfficePractice, "CNIPA numbering (application number and check character)");

/// PCT Rule 92bis.1: the International Bureau records changes in the person, name, residence, nationality or
/// address of the applicant (read on wipo.int: grade A).
pub const WO_CHANGE: Citation = Citation::new(PctRule, "92bis.1");
/// PCT Rule 4.5(a): the applicant's name, address, nationality and residence (PCT Receiving Office Guidelines
/// para. 78 on wipo.int and the Applicant's Guide 5.031: grade A).
pub const WO_APPLICANT: Citation = Citation::new(PctRule, "4.5(a)");
/// PCT Administrative Instructions Section 307: the international application number.
pub const WO_NUMBER: Citation = Citation::new(PctAdministrativeInstructions, "307");

/// How each office writes its numbers: for the rules on malformed numbers and numbers under the wrong office.
pub const NUMBER_FORMAT: &[OfficePolicy] = &[
    policy(US, Error, US_IDENTIFICATION, Grade::B),
    policy(EP, Error, EP_NUMBER, Grade::A),
    policy(JP, Error, JP_NUMBER, Grade::C),
    policy(KR, Error, KR_TRANSFER, Grade::C),
    policy(CN, Error, CN_NUMBER, Grade::C),
    policy(WO, Error, WO_NUMBER, Grade::A),
];
