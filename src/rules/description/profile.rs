//! Office parameters for specifications, as data: limits and their units, paragraph-number grammars, section
//! orders, page set-up. Values and grades are those of each rule's policy table and legal basis. The rules
//! read these tables; they hold no office's numbers of their own.

use crate::language::Language::{self, *};
use crate::language::LATIN;
use crate::message::Message;
use crate::model::description::SectionKind::{self, *};
use crate::model::drawings::Rect;
use crate::office::Office;
use crate::options::Route;
use crate::report::description::{DescriptionSummary, PageArea};

/// How a length is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Words,
    /// Characters, punctuation included, white space not.
    Characters,
}

impl Unit {
    /// What messages choose their words by (`{ $unit -> [words] … }` in messages/*.ftl).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Unit::Words => "words",
            Unit::Characters => "characters",
        }
    }
}

/// A length limit, counted in the texts of some languages only (words are not counted in Japanese, characters in
/// the JPO's and CNIPA's sense only in Japanese and Chinese).
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub office: Office,
    pub unit: Unit,
    pub max: usize,
    /// Languages the limit is counted in; a text of unknown language counts as the first.
    pub languages: &'static [Language],
    /// How firmly the office holds to the limit.
    pub binding: Binding,
    /// The filing route the limit binds on; `None`: every route.
    pub route: Option<Route>,
}

/// How firmly an office holds to a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// The law says "shall" or "may not exceed": the office objects.
    Required,
    /// The law says "preferably": a warning.
    Preferred,
    /// Practitioners report the limit, but its text could not be confirmed: a warning that says so.
    Reported,
}

impl Binding {
    /// What messages choose their words by (`{ $binding -> [required] … }` in messages/*.ftl).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Binding::Required => "required",
            Binding::Preferred => "preferred",
            Binding::Reported => "reported",
        }
    }
}

/// Abstract length: US ≤150 words (37 CFR 1.72(b), for applications under 35 U.S.C. 111; a national
/// phase under 35 U.S.C. 371 keeps the international application's abstract, which PCT Rule 8.1(b) limits to
/// "preferably" 150 words); EP preferably ≤150 words (R.47(3)); PCT
/// preferably 50–150 words (R.8.1(b)); JP ≤400 characters (Form 31); CN ≤300 characters incl. punctuation; KR 400
/// characters of Korean text, as practitioners report it (the Enforcement Rules' form notes could not be read).
pub const ABSTRACT: &[Limit] = &[
    Limit {
        office: Office::US,
        unit: Unit::Words,
        max: 150,
        languages: LATIN,
        binding: Binding::Required,
        route: Some(Route::National),
    },
    Limit {
        office: Office::US,
        unit: Unit::Words,
        max: 150,
        languages: LATIN,
        binding: Binding::Preferred,
        route: Some(Route::PctNationalPhase),
    },
    Limit {
        office: Office::EP,
        unit: Unit::Words,
        max: 150,
        languages: LATIN,
        binding: Binding::Preferred,
        route: None,
    },
    Limit {
        office: Office::WO,
        unit: Unit::Words,
        max: 150,
        languages: LATIN,
        binding: Binding::Preferred,
        route: None,
    },
    Limit {
        office: Office::JP,
        unit: Unit::Characters,
        max: 400,
        languages: &[Ja],
        binding: Binding::Required,
        route: None,
    },
    Limit {
        office: Office::CN,
        unit: Unit::Characters,
        max: 300,
        languages: &[Zh],
        binding: Binding::Required,
        route: None,
    },
    Limit {
        office: Office::KR,
        unit: Unit::Characters,
        max: 400,
        languages: &[Ko],
        binding: Binding::Reported,
        route: None,
    },
];

/// Title length: US ≤500 characters (37 CFR 1.72(a)); CN generally ≤25 characters (Guidelines, C); PCT preferably
/// two to seven words in English (R.4.3, wording UNCONFIRMED).
pub const TITLE: &[Limit] = &[
    Limit {
        office: Office::US,
        unit: Unit::Characters,
        max: 500,
        languages: LATIN,
        binding: Binding::Required,
        route: None,
    },
    Limit {
        office: Office::CN,
        unit: Unit::Characters,
        max: 25,
        languages: &[Zh],
        binding: Binding::Preferred,
        route: None,
    },
    Limit { office: Office::WO, unit: Unit::Words, max: 7, languages: &[En], binding: Binding::Preferred, route: None },
];

/// How an office writes paragraph numbers.
#[derive(Clone, Copy, Debug)]
pub struct NumberGrammar {
    pub office: Office,
    pub open: char,
    pub close: char,
    /// Digits at least (US: 4 or more; JP: exactly 4, and 5 from 10000).
    pub min_digits: usize,
    /// Exactly `min_digits` below 10000 (JP), or any number of digits from `min_digits` (US).
    pub exact: bool,
    /// Every paragraph of the description must be numbered.
    pub required: bool,
    /// Languages of the documents the grammar applies to; empty: any.
    pub languages: &'static [Language],
    /// How users write it, for messages.
    pub example: &'static str,
}

impl NumberGrammar {
    /// Paragraph number `value` in this form: `[0002]` (US), `【０００２】` (JP: in the digits of
    /// [`NumberGrammar::example`], full width there), and five digits from 10000 where the form asks exactly four.
    #[must_use]
    pub fn write(&self, value: u32) -> String {
        let width = if self.exact && value >= 10_000 { 5 } else { self.min_digits };
        let full_width = self.example.chars().any(|c| ('０'..='９').contains(&c));
        let digits: String = format!("{value:0width$}")
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if full_width => char::from_u32(u32::from('０') + d).unwrap_or(c),
                _ => c,
            })
            .collect();
        format!("{}{digits}{}", self.open, self.close)
    }
}

/// Paragraph numbers.
pub const PARAGRAPH_NUMBERS: &[NumberGrammar] = &[
    NumberGrammar {
        office: Office::US,
        open: '[',
        close: ']',
        min_digits: 4,
        exact: false,
        required: false,
        languages: &[],
        example: "[0001]",
    },
    NumberGrammar {
        office: Office::JP,
        open: '【',
        close: '】',
        min_digits: 4,
        exact: true,
        required: true,
        languages: &[Ja],
        example: "【０００１】",
    },
    NumberGrammar {
        office: Office::KR,
        open: '【',
        close: '】',
        min_digits: 4,
        exact: true,
        required: true,
        languages: &[Ko],
        example: "【0001】",
    },
];

/// The sections an office expects, in order. Sections in the same inner list share a rank.
#[derive(Clone, Copy, Debug)]
pub struct SectionRules {
    pub office: Office,
    pub languages: &'static [Language],
    /// Ranks, first to last; a section not listed is not ordered.
    pub order: &'static [&'static [SectionKind]],
    /// Sections the description must have (or, where headings are only recommended, should have a heading for).
    pub required: &'static [SectionKind],
    /// The claims and abstract parts are ordered after the description (US 37 CFR 1.77(b)(11)–(12)).
    pub parts_ordered: bool,
}

/// Section order and presence: US 37 CFR 1.77(b); EP Rule 42(1); PCT Rule 5.1(a); JPO Form 29; CNIPA Rule 20
/// (headings of the form notes).
pub const SECTIONS: &[SectionRules] = &[
    SectionRules {
        office: Office::US,
        languages: &[],
        order: &[
            &[Title],
            &[CrossReference],
            &[GovernmentInterest],
            &[JointResearch],
            &[SequenceListingReference],
            &[PriorDisclosure],
            &[TechnicalField, Background, CitationList],
            &[Summary, Problem, Solution, Effects],
            &[Drawings],
            &[Embodiments, Examples, IndustrialApplicability, ReferenceSigns],
        ],
        required: &[],
        parts_ordered: true,
    },
    SectionRules {
        office: Office::EP,
        languages: &[],
        order: &[
            &[TechnicalField],
            &[Background, CitationList],
            &[Summary, Problem, Solution, Effects],
            &[Drawings],
            &[Embodiments, Examples],
            &[IndustrialApplicability],
        ],
        required: &[Background, Summary, Embodiments],
        parts_ordered: false,
    },
    SectionRules {
        office: Office::WO,
        languages: &[],
        order: &[
            &[TechnicalField],
            &[Background, CitationList],
            &[Summary, Problem, Solution, Effects],
            &[Drawings],
            &[Embodiments, Examples],
            &[IndustrialApplicability],
            &[SequenceListingFreeText, SequenceListing],
        ],
        required: &[TechnicalField, Background, Summary, Embodiments],
        parts_ordered: false,
    },
    SectionRules {
        office: Office::JP,
        languages: &[Ja],
        order: &[
            &[Title],
            &[TechnicalField],
            &[Background],
            &[CitationList],
            &[Summary],
            &[Problem],
            &[Solution],
            &[Effects],
            &[Drawings],
            &[Embodiments],
            &[Examples],
            &[IndustrialApplicability],
            &[ReferenceSigns],
            &[Deposit],
            &[SequenceListingFreeText],
            &[SequenceListing],
        ],
        required: &[Title, TechnicalField, Summary, Problem, Solution],
        parts_ordered: false,
    },
    SectionRules {
        office: Office::CN,
        languages: &[Zh],
        order: &[
            &[TechnicalField],
            &[Background],
            &[Summary, Problem, Solution, Effects],
            &[Drawings],
            &[Embodiments, Examples],
        ],
        required: &[TechnicalField, Background, Summary, Embodiments],
        parts_ordered: false,
    },
];

/// Page set-up of text documents.
#[derive(Clone, Copy, Debug)]
pub struct PageRules {
    pub office: Office,
    pub languages: &'static [Language],
    /// Allowed paper sizes: name, width and height in cm (portrait).
    pub sizes: &'static [(Message, f32, f32)],
    /// Sizes allowed besides in a document filed as DOCX (EP: Letter, OJ EPO 2026, A23, point 1.3).
    pub docx_sizes: &'static [(Message, f32, f32)],
    pub portrait_only: bool,
    /// Minimum margins in cm: top, bottom, left, right.
    pub min_margins: [f32; 4],
    /// Maximum margins in cm, where the office sets them (JP: left and right ≤ 2.3 cm).
    pub max_margins: [Option<f32>; 4],
    /// Allowed line spacing, as multiples of single.
    pub line_spacing: Option<(f32, f32)>,
    /// Minimum height of capital letters, in cm.
    pub min_capital_cm: Option<f32>,
    /// Allowed font sizes, in points.
    pub font_points: Option<(f32, f32)>,
    /// Languages the line-spacing and letter-size rules do not apply to (PCT Rule 11.9(e)).
    pub spacing_exempt: &'static [Language],
}

const A4: (Message, f32, f32) = (Message::term("profile-a4-21-0"), 21.0, 29.7);
const LETTER: (Message, f32, f32) = (Message::term("profile-us-letter-21"), 21.59, 27.94);

/// Page set-up: US 37 CFR 1.52(a)–(b); EP (President's decision of 25 Nov 2022, Guide for
/// applicants); PCT Rules 11.5, 11.6, 11.9; JPO Form 29 notes; CNIPA form notes.
pub const PAGE: &[PageRules] = &[
    PageRules {
        office: Office::US,
        languages: &[],
        sizes: &[A4, LETTER],
        docx_sizes: &[],
        portrait_only: true,
        min_margins: [2.0, 2.0, 2.5, 2.0],
        max_margins: [None; 4],
        line_spacing: Some((1.5, 2.0)),
        min_capital_cm: Some(0.21),
        font_points: None,
        spacing_exempt: &[],
    },
    PageRules {
        office: Office::EP,
        languages: &[],
        sizes: &[A4],
        docx_sizes: &[LETTER],
        portrait_only: false,
        min_margins: [2.0, 2.0, 2.5, 2.0],
        max_margins: [None; 4],
        line_spacing: Some((1.5, f32::INFINITY)),
        min_capital_cm: Some(0.21),
        font_points: None,
        spacing_exempt: &[],
    },
    PageRules {
        office: Office::WO,
        languages: &[],
        sizes: &[A4],
        docx_sizes: &[],
        portrait_only: false,
        min_margins: [2.0, 2.0, 2.5, 2.0],
        max_margins: [None; 4],
        line_spacing: Some((1.5, f32::INFINITY)),
        min_capital_cm: Some(0.28),
        font_points: None,
        spacing_exempt: &[Ja, Zh],
    },
    PageRules {
        office: Office::JP,
        languages: &[Ja],
        sizes: &[A4],
        docx_sizes: &[],
        portrait_only: true,
        min_margins: [2.0, 2.0, 2.0, 2.0],
        max_margins: [None, None, Some(2.3), Some(2.3)],
        line_spacing: None,
        min_capital_cm: None,
        font_points: Some((10.0, 12.0)),
        spacing_exempt: &[],
    },
    PageRules {
        office: Office::CN,
        languages: &[Zh],
        sizes: &[A4],
        docx_sizes: &[],
        portrait_only: false,
        min_margins: [2.5, 1.5, 2.5, 1.5],
        max_margins: [None; 4],
        line_spacing: None,
        min_capital_cm: None,
        // Character height 3.5–4.5 mm: about 10–12.8 pt for CJK characters, which fill the em square.
        font_points: Some((9.9, 12.8)),
        spacing_exempt: &[],
    },
];

/// Capital-letter height as a share of the font size: 0.75 em, more than any common text font's cap height
/// (Times New Roman 0.66, Arial 0.72), so that a font is only called too small when it surely is.
pub const CAPITAL_SHARE: f32 = 0.75;

/// Whether a document of `language` is one the office's format table applies to.
#[must_use]
pub fn applies(languages: &[Language], language: Option<Language>) -> bool {
    languages.is_empty() || language.is_some_and(|l| languages.contains(&l))
}

/// How far a margin may fall short of an office's minimum (or pass its maximum) and still meet it: measuring and
/// rounding a page layout is not more exact.
pub const MARGIN_SLACK_CM: f32 = 0.05;

/// Adds to the report each selected office's area for text on each text page of a PDF, and where the body text
/// crosses it, so that the page can draw the page.
pub fn mark_page_areas(description: &mut DescriptionSummary, offices: &[Office]) {
    let rules: Vec<&PageRules> = PAGE
        .iter()
        .filter(|rules| offices.contains(&rules.office) && applies(rules.languages, description.language))
        .collect();
    for page in &description.pages {
        for rules in &rules {
            let [top, bottom, left, right] = rules.min_margins.map(|cm| cm * 10.0);
            let usable =
                Rect { left, top, right: page.width_cm * 10.0 - right, bottom: page.height_cm * 10.0 - bottom };
            let intrusions = page.body.map_or_else(Vec::new, |body| body.sides_beyond(&usable, MARGIN_SLACK_CM * 10.0));
            description.page_areas.push(PageArea { page: page.page, office: rules.office, usable, intrusions });
        }
    }
}

/// Whether a limit is counted in a text of `language` (unknown counts as the limit's first language).
#[must_use]
pub fn counted_in(limit: &Limit, language: Option<Language>) -> bool {
    match language {
        Some(l) => limit.languages.contains(&l),
        None => limit.languages.first() == Some(&En),
    }
}

#[cfg(test)]
mod tests {
    /// The keys messages choose their words by (messages/*.ftl) are each a variant of their own.
    #[test]
    fn every_unit_and_binding_has_its_own_words() {
        use super::{Binding, Unit};
        use crate::message::{catalogue::Catalogue, message};
        let units = [Unit::Words, Unit::Characters];
        let bindings = [Binding::Required, Binding::Preferred, Binding::Reported];
        let english = |message| Catalogue::english().format(&message);
        let abstract_text = |unit: Unit, binding: Binding| {
            english(message!(
                "abstract-too-long",
                count = 5,
                office = "X",
                max = 3,
                unit = unit.key(),
                binding = binding.key()
            ))
        };
        let title_text = |unit: Unit, binding: Binding| {
            english(message!(
                "title-too-long",
                count = 5,
                office = "X",
                max = 3,
                unit = unit.key(),
                binding = binding.key()
            ))
        };
        let mut abstracts: Vec<String> =
            units.iter().flat_map(|&u| bindings.iter().map(move |&b| abstract_text(u, b))).collect();
        abstracts.sort();
        abstracts.dedup();
        assert_eq!(abstracts.len(), 6, "{abstracts:#?}");
        for unit in units {
            let words = if unit == Unit::Words { "words" } else { "characters" };
            // A title's reported limit is worded as a preferred one.
            let required = title_text(unit, Binding::Required);
            let preferred = title_text(unit, Binding::Preferred);
            assert!(required.contains("allows") && required.contains(words), "{required}");
            assert!(preferred.contains("prefers") && preferred.contains(words), "{preferred}");
            assert_eq!(title_text(unit, Binding::Reported), preferred);
        }
    }

    use super::*;

    #[test]
    fn a_paragraph_number_is_written_in_the_offices_form() {
        let [us, jp, kr] = [Office::US, Office::JP, Office::KR]
            .map(|office| PARAGRAPH_NUMBERS.iter().find(|g| g.office == office).expect("a grammar"));
        assert_eq!(us.write(2), "[0002]");
        assert_eq!(us.write(123_456), "[123456]");
        assert_eq!(jp.write(2), "【０００２】");
        assert_eq!(jp.write(10_000), "【１００００】");
        assert_eq!(kr.write(37), "【0037】");
    }
}
