//! Legal citations as typed data: every finding names the provision that an office would object under.

use serde::Serialize;
use std::fmt;

/// How sure we are of a requirement: the grade each rule's documentation gives its legal basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub enum Grade {
    /// Read in the official text.
    A,
    /// Official text quoted by a reliable secondary source.
    B,
    /// Practitioner commentary.
    C,
    /// Not confirmed from any source: never more than a warning.
    Unconfirmed,
}

/// The body of law (or official practice) a provision belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authority {
    /// United States Code, title 35 (Patents).
    Usc35,
    /// Code of Federal Regulations, title 37.
    Cfr37,
    /// USPTO Manual of Patent Examining Procedure.
    Mpep,
    /// European Patent Convention, an article.
    EpcArticle,
    /// Implementing Regulations to the EPC, a rule.
    EpcRule,
    /// Guidelines for Examination in the EPO.
    EpoGuidelines,
    /// Patent Cooperation Treaty, an article.
    PctArticle,
    /// Regulations under the PCT, a rule.
    PctRule,
    /// Japan: Patent Act.
    JpPatentAct,
    /// Japan: Ordinance for Enforcement of the Patent Act (施行規則).
    JpEnforcementRegulations,
    /// Korea: Enforcement Decree of the Patent Act.
    KrEnforcementDecree,
    /// China: Implementing Regulations of the Patent Law (2023 numbering).
    CnImplementingRegulations,
    /// An office's schedule of fees.
    FeeSchedule,
    /// Japan: a form annexed to the Enforcement Regulations and its notes, e.g. Form 29 (様式第29).
    JpForm,
    /// China: Guidelines for Patent Examination (专利审查指南).
    CnGuidelines,
    /// Administrative Instructions under the PCT, a section.
    PctAdministrativeInstructions,
    /// Regulations under the Patent Law Treaty, a rule.
    PltRule,
    /// Korea: Patent Act.
    KrPatentAct,
    /// China: Patent Law.
    CnPatentLaw,
    /// A WIPO standard, e.g. ST.3.
    WipoStandard,
    /// The Official Journal of the EPO: a notice or decision, e.g. "2026, A23, point 1".
    OjEpo,
    /// An office's practice as practitioners report it (the provision is the full text, e.g. "JPO practice (…)").
    OfficePractice,
}

/// A provision, e.g. `37 CFR 1.75(c)` is `Citation::new(Authority::Cfr37, "1.75(c)")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub authority: Authority,
    pub provision: &'static str,
}

impl Citation {
    #[must_use]
    pub const fn new(authority: Authority, provision: &'static str) -> Citation {
        Citation { authority, provision }
    }

    /// The part of a provision before its first parenthesis or space, e.g. `1.75` of `1.75(c)`.
    fn section(&self) -> &'static str {
        let end = self.provision.find(['(', ' ', ';']).unwrap_or(self.provision.len());
        &self.provision[..end]
    }

    /// A link to the official text, where one has a stable address.
    #[must_use]
    pub fn url(&self) -> Option<String> {
        let section = self.section();
        match self.authority {
            Authority::Usc35 => Some(format!("https://www.law.cornell.edu/uscode/text/35/{section}")),
            Authority::Cfr37 => Some(format!("https://www.ecfr.gov/current/title-37/section-{section}")),
            Authority::Mpep => {
                let chapter = section.split('.').next().unwrap_or(section);
                Some(format!("https://www.uspto.gov/web/offices/pac/mpep/s{chapter}.html"))
            }
            Authority::EpcArticle => Some(format!("https://www.epo.org/en/legal/epc/2020/a{section}.html")),
            Authority::EpcRule => Some(format!("https://www.epo.org/en/legal/epc/2020/r{section}.html")),
            Authority::PctRule => {
                let rule = section.split('.').next().unwrap_or(section);
                Some(format!("https://www.wipo.int/pct/en/texts/rules/r{rule}.html"))
            }
            Authority::PctArticle => Some(format!("https://www.wipo.int/pct/en/texts/articles/a{section}.html")),
            Authority::PctAdministrativeInstructions => {
                Some(format!("https://www.wipo.int/pct/en/texts/ai/s{section}.html"))
            }
            _ => None,
        }
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.provision;
        match self.authority {
            Authority::Usc35 => write!(f, "35 U.S.C. {p}"),
            Authority::Cfr37 => write!(f, "37 CFR {p}"),
            Authority::Mpep => write!(f, "MPEP {p}"),
            Authority::EpcArticle => write!(f, "Art. {p} EPC"),
            Authority::EpcRule => write!(f, "Rule {p} EPC"),
            Authority::EpoGuidelines => write!(f, "EPO Guidelines {p}"),
            Authority::PctArticle => write!(f, "PCT Art. {p}"),
            Authority::PctRule => write!(f, "PCT Rule {p}"),
            Authority::JpPatentAct => write!(f, "JP Patent Act Art. {p}"),
            Authority::JpEnforcementRegulations => write!(f, "JP Patent Act Enforcement Regulations Art. {p}"),
            Authority::KrEnforcementDecree => write!(f, "KR Patent Act Enforcement Decree Art. {p}"),
            Authority::CnImplementingRegulations => write!(f, "CN Patent Law Implementing Regulations Rule {p}"),
            Authority::FeeSchedule => write!(f, "{p}"),
            Authority::JpForm => write!(f, "JP Patent Act Enforcement Regulations, Form {p}"),
            Authority::CnGuidelines => write!(f, "CNIPA Guidelines for Patent Examination {p}"),
            Authority::PctAdministrativeInstructions => write!(f, "PCT Administrative Instructions Section {p}"),
            Authority::PltRule => write!(f, "PLT Rule {p}"),
            Authority::KrPatentAct => write!(f, "KR Patent Act Art. {p}"),
            Authority::CnPatentLaw => write!(f, "CN Patent Law Art. {p}"),
            Authority::WipoStandard => write!(f, "WIPO Standard {p}"),
            Authority::OjEpo => write!(f, "OJ EPO {p}"),
            Authority::OfficePractice => write!(f, "{p}"),
        }
    }
}

/// A citation as users read it: its text and, where there is one, a link to the official text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct CitationText {
    pub text: String,
    pub url: Option<String>,
}

impl From<Citation> for CitationText {
    fn from(citation: Citation) -> Self {
        CitationText { text: citation.to_string(), url: citation.url() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_links() {
        let c = Citation::new(Authority::Cfr37, "1.75(c)");
        assert_eq!(c.to_string(), "37 CFR 1.75(c)");
        assert_eq!(c.url().as_deref(), Some("https://www.ecfr.gov/current/title-37/section-1.75"));
        let r = Citation::new(Authority::PctRule, "6.4(a)");
        assert_eq!(r.url().as_deref(), Some("https://www.wipo.int/pct/en/texts/rules/r6.html"));
        let m = Citation::new(Authority::Mpep, "608.01(n)");
        assert_eq!(m.url().as_deref(), Some("https://www.uspto.gov/web/offices/pac/mpep/s608.html"));
    }
}
