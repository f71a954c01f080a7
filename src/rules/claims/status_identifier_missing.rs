use super::law::CLAIM_LISTING;
use crate::message::message;
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};

declare_rule! {
    /// ## What it checks
    /// A US claim listing in which some claims carry a status identifier, such as `(Original)` or
    /// `(Currently amended)`, and others carry none. (A claim set with no identifiers at all is taken as claims
    /// as filed, where none are needed; claims read from an office's publication, patent XML or a published PDF,
    /// are no amendment's listing and are not checked.)
    ///
    /// ## Why it matters
    /// In an amendment, every claim ever presented must be listed with its status in parentheses after its
    /// number; a listing that omits one draws a notice of non-compliant amendment.
    ///
    /// ## Legal basis
    /// 37 CFR 1.121(c).
    pub static RULE = Rule {
        id: "claims/status-identifier-missing",
        summary: "a claim in an amendment listing has no status identifier",
        offices: CLAIM_LISTING,
        examples: Examples {
            fires: &["1. (Original) A lever.\n2. The lever of claim 1, being red."],
            silent: &["1. (Original) A lever.\n2. (New) The lever of claim 1, being red.", "1. A lever.\n2. The lever of claim 1, being red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    // A publication's claims are no amendment's listing: "1-24. (canceled)" in a published continuation does not
    // make its other claims need identifiers.
    if set.published || !set.claims.iter().any(|c| c.status.is_some()) {
        return;
    }
    for claim in set.claims.iter().filter(|c| c.status.is_none()) {
        out.report(&RULE, at_claim(claim), message!("status-identifier-missing", claim = claim.number));
    }
}
