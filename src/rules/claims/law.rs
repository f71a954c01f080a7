//! Provisions that several claims rules cite, per office. Grades as each rule states them.

use crate::citation::{Authority::*, Citation};
use crate::office::{Date, Office::*};
use crate::report::Severity::*;
use crate::rules::{policy, Grade, OfficePolicy};

/// Claims are numbered consecutively in Arabic numerals.
pub const NUMBERING: &[OfficePolicy] = &[
    policy(US, Error, Citation::new(Cfr37, "1.75(f)"), Grade::B),
    // The numbering sentence of Rule 43(5) EPC was not read in the official text: a warning until it is.
    policy(EP, Error, Citation::new(EpcRule, "43(5)"), Grade::Unconfirmed),
    policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(ii)"), Grade::B),
    policy(KR, Error, Citation::new(KrEnforcementDecree, "5(8)"), Grade::B),
    // Old Rule 19; its 2023 number (22) is inferred from the renumbering.
    policy(CN, Error, Citation::new(CnImplementingRegulations, "22"), Grade::C),
    policy(WO, Error, Citation::new(PctRule, "6.1(b)"), Grade::A),
];

/// A dependent claim refers to another claim of the set, by its number.
pub const REFERENCE: &[OfficePolicy] = &[
    policy(US, Error, Citation::new(Usc35, "112(d)"), Grade::A),
    policy(EP, Error, Citation::new(EpcRule, "43(4)"), Grade::A),
    policy(JP, Error, Citation::new(JpEnforcementRegulations, "24-3(iii)"), Grade::B),
    policy(KR, Error, Citation::new(KrEnforcementDecree, "5(4)"), Grade::B),
    policy(CN, Error, Citation::new(CnImplementingRegulations, "25"), Grade::C),
    policy(WO, Error, Citation::new(PctRule, "6.4(a)"), Grade::A),
];

/// The PCT's forms of multiple dependent claims (PCT Rule 6.4(a): in the alternative only, and never the basis of
/// another multiple dependent claim). A warning, not an error: the Rule's own sanction is that, where the national law
/// of the Office acting as International Searching Authority does not allow other forms, "failure to use that manner
/// of claiming may result in an indication under Article 17(2)(b) in the international search report" (those claims
/// are not searched), and the failure "shall have no effect in a designated State if the manner of claiming actually
/// used satisfies the national law of that State". Nothing invalidates the application. Grade A: Rule 6.4(a) read in
/// the USPTO's official reproduction of the PCT Regulations (MPEP Appendix T).
pub const PCT_MULTIPLE_DEPENDENCY: OfficePolicy = policy(WO, Warning, Citation::new(PctRule, "6.4(a)"), Grade::A);

/// Filing date from which JPO bans multiple dependent claims citing multiple dependent claims.
pub const JP_MULTI_MULTI_FROM: Date = Date::ymd(2022, 4, 1);

/// Claims are one sentence that starts with a capital letter and ends with a period (US practice).
pub const SENTENCE_FORM: &[OfficePolicy] = &[policy(US, Error, Citation::new(Mpep, "608.01(m)"), Grade::A)];

/// Claim listings in US amendments carry status identifiers (the opening text of 1.121(c), read in a secondary
/// quotation only).
pub const CLAIM_LISTING: &[OfficePolicy] = &[policy(US, Error, Citation::new(Cfr37, "1.121(c)"), Grade::C)];
