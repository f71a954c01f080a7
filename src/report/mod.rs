//! What a check produces: findings and a summary of each document read. Plain data; rendering is in `render/`.

pub mod assignment;
pub mod description;
pub mod drawings;
pub mod sequences;

use crate::model::{ClaimSet, Document};
use crate::office::Office;
use crate::sorting;
use serde::{Deserialize, Serialize};

/// How serious a finding is for the offices it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice, or a figure (such as a claim count) the applicant should know.
    Info,
    /// A "should" of the law or of practice, a heuristic, or a requirement patlint could not confirm.
    Warning,
    /// A formal defect the office objects to.
    Error,
}

impl Severity {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The provision one office would object under.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OfficeCitation {
    pub office: Office,
    /// The provision, e.g. "37 CFR 1.75(c)".
    pub text: String,
    /// A link to the official text, where one has a stable address.
    pub url: Option<String>,
}

impl OfficeCitation {
    #[must_use]
    pub fn new(office: Office, citation: crate::citation::Citation) -> Self {
        OfficeCitation { office, text: citation.to_string(), url: citation.url() }
    }
}

/// Where a finding is. Fields that do not apply are left out.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Location {
    /// The language of the claim set, in documents that hold several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::language::Language>,
    /// The claim's number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<u32>,
    /// The paragraph of a specification (1-based position among the document's paragraphs, headings included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The part or section of a specification: `abstract`, `title`, or a section's heading as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The page of a PDF (1-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// The line of the file (1-based); in a PDF, the line of the text on its page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// Characters of the claim's text (Unicode scalar values, end exclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<crate::model::Span>,
    /// The words at `span`, or the start of the claim, for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// The field of structured data (an assignment record), as a JSON path: `assignors[1].execution_date`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The drawing sheet (1-based page or image of the file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<u32>,
    /// Where on the sheet, in millimetres from its top-left corner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<crate::model::drawings::Rect>,
    /// The SEQ ID NO of a sequence listing's sequence (`sequenceIDNumber`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<u32>,
    /// The element of XML data, as a path from the root's child: `SequenceData[@sequenceIDNumber=3]/INSDSeq/INSDSeq_length`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
}

/// One objection, for the offices that share its severity.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Finding {
    /// Stable id, `family/defect-name`.
    pub rule: &'static str,
    pub severity: Severity,
    pub offices: Vec<Office>,
    /// The file the finding is in.
    pub file: String,
    pub location: Location,
    /// The message in English (written by the npm package and the page for the Wasm modules, which carry ids only:
    /// crate::message::english).
    pub message: String,
    /// The message as its id in the catalogue (messages/*.ftl) and its values, to show it in any language
    /// (messages/index.js, `patlint check --language`).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "MessageTemplate"))]
    pub message_template: crate::message::Message,
    /// The provision per office; empty only for `input/` findings, which are about reading the file.
    pub citations: Vec<OfficeCitation>,
    /// The same for every finding of this rule at this place, whatever its severity and offices (an error at four
    /// offices and a warning at the fifth): what a page shows as one card. `rule@file#place`, e.g.
    /// `claims/dependency-on-later-claim@claims.txt#claim=6`.
    pub group: String,
    /// A change to the file that resolves the finding, where the rule can tell one: only in claims read from plain
    /// text, whose positions are the file's.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub fix: Option<Fix>,
}

/// What a rule proposes to resolve its finding, as data: what it does and the edits to the file's text that do it.
/// `patlint fix` applies the safe ones; the page offers each as a button.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Fix {
    /// What the fix does, in English: "Add the final period to claim 3" (written as a finding's `message` is).
    pub description: String,
    /// The same as its id and values, to show it in any language (messages/index.js).
    #[cfg_attr(target_arch = "wasm32", tsify(type = "MessageTemplate"))]
    pub description_template: crate::message::Message,
    /// Whether the fix keeps what the claims say, so that `patlint fix` applies it unasked. An unsafe fix guesses
    /// (which of two claims numbered 3 a reference means) or may hide a defect (a claim cut short before its
    /// period); `patlint fix --unsafe-fixes` applies it, and the page offers it as it offers the safe ones.
    pub safe: bool,
    /// The edits, in the order of the text, none overlapping another.
    pub edits: Vec<Edit>,
}

impl Fix {
    #[must_use]
    pub fn new(description: crate::message::Message, safe: bool, edits: Vec<Edit>) -> Self {
        Fix { description: crate::message::english(&description), description_template: description, safe, edits }
    }
}

/// Replaces the text from `start` to `end` (end exclusive) with `replacement`; `start == end` inserts.
///
/// Positions count UTF-16 code units of the file's text from its start, a byte order mark included: the unit of a
/// JavaScript string and of a textarea's selection, and SARIF's default column unit. In JavaScript an edit is
/// `text.slice(0, start) + replacement + text.slice(end)`; in Rust, [`apply_fixes`] turns them into byte offsets.
/// (A finding's `location.span` counts characters of the claim's text instead; an edit is about the file.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// Fixes applied to a text by [`apply_fixes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// The indices of the fixes applied, in the order given.
    pub applied: Vec<usize>,
}

/// Applies `fixes` to `text` (the file's text, whose positions they count). Fixes are taken in the order of their
/// first edit; one is left out when an edit of it overlaps an edit already taken (two insertions at one place
/// overlap), repeats a fix taken, or lies outside `text` or inside a character. Checking again after applying them
/// shows what is left, and what the fixes left out still propose.
#[must_use]
pub fn apply_fixes(text: &str, fixes: &[&Fix]) -> Applied {
    let positions: Vec<usize> = fixes.iter().flat_map(|f| &f.edits).flat_map(|e| [e.start, e.end]).collect();
    let bytes = byte_offsets(text, &positions);
    // Each fix's edits as byte ranges with their replacements; None when one lies outside the text.
    let mut next = bytes.chunks_exact(2);
    let edits: Vec<Option<Vec<ByteEdit>>> = fixes
        .iter()
        .map(|fix| {
            let ranges: Vec<_> = fix.edits.iter().map(|edit| (next.next(), edit.replacement.as_str())).collect();
            ranges
                .into_iter()
                .map(|(pair, replacement)| match pair? {
                    &[Some(start), Some(end)] if start <= end => Some((start, end, replacement)),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let overlap = |(a, b, _): &ByteEdit, (c, d, _): &ByteEdit| (a < d && c < b) || (a == b && c == d && a == c);
    let first = |i: usize| fixes[i].edits.iter().map(|e| e.start).min().unwrap_or(usize::MAX);
    let order = sorting::positions(fixes.len(), &|i, j| first(i).cmp(&first(j)));
    let mut taken: Vec<ByteEdit> = Vec::new();
    let mut applied: Vec<usize> = Vec::new();
    for i in order {
        let Some(ranges) = &edits[i] else { continue };
        let repeated = applied.iter().any(|&j| fixes[j] == fixes[i]);
        let clash = ranges
            .iter()
            .enumerate()
            .any(|(k, r)| taken.iter().any(|t| overlap(r, t)) || ranges[k + 1..].iter().any(|other| overlap(r, other)));
        if !ranges.is_empty() && !repeated && !clash {
            taken.extend(ranges.iter().copied());
            applied.push(i);
        }
    }
    sorting::sort_by_key(&mut taken, |&(start, end, _)| (start, end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, replacement) in taken {
        out.push_str(&text[at..start]);
        out.push_str(replacement);
        at = end;
    }
    out.push_str(&text[at..]);
    sorting::sort_by(&mut applied, usize::cmp);
    Applied { text: out, applied }
}

/// An edit in bytes: start, end and replacement.
type ByteEdit<'a> = (usize, usize, &'a str);

/// The byte offset in `text` of each UTF-16 position; None for one past the end or inside a character.
fn byte_offsets(text: &str, units: &[usize]) -> Vec<Option<usize>> {
    let order = sorting::positions(units.len(), &|i, j| units[i].cmp(&units[j]));
    let mut out = vec![None; units.len()];
    let mut chars = text.chars();
    let (mut unit, mut byte) = (0, 0);
    for i in order {
        while unit < units[i] {
            let Some(c) = chars.next() else { break };
            unit += c.len_utf16();
            byte += c.len_utf8();
        }
        if unit == units[i] {
            out[i] = Some(byte);
        }
    }
    out
}

impl Finding {
    /// The finding's [`Finding::group`].
    fn group_key(&self) -> String {
        let l = &self.location;
        let numbers = [
            ("sheet", l.sheet),
            ("page", l.page),
            ("sequence", l.sequence),
            ("claim", l.claim),
            ("paragraph", l.paragraph),
            ("line", l.line),
            ("start", l.span.map(|s| u32::try_from(s.start).unwrap_or(u32::MAX))),
        ];
        let mut key = format!("{}@{}", self.rule, self.file);
        let mut separator = '#';
        for (name, value) in numbers.iter().filter_map(|(n, v)| Some((n, (*v)?))) {
            key.push_str(&format!("{separator}{name}={value}"));
            separator = '&';
        }
        for (name, value) in [
            ("language", l.language.map(|l| l.code().to_string())),
            ("field", l.field.clone()),
            ("element", l.element.clone()),
        ] {
            if let Some(value) = value {
                key.push_str(&format!("{separator}{name}={value}"));
                separator = '&';
            }
        }
        key
    }
}

pub use crate::model::DocumentKind;

/// A document as patlint read it.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct DocumentReport {
    pub file: String,
    pub kind: DocumentKind,
    /// The format the file was read as, e.g. `text`, `uspto-grant-xml`.
    pub format: String,
    /// The claim sets the document holds: one, or one per language (EP grants carry de, en and fr).
    pub claim_sets: Vec<ClaimSet>,
    /// The description, abstract and title, when the file holds a specification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<description::DescriptionSummary>,
    /// The assignment records the file holds (one in JSON, one per `<doc>` in USPTO assignment data), each with its
    /// readiness per office.
    pub assignments: Vec<assignment::AssignmentReport>,
    /// Each sheet's geometry against each office's limits, for drawing the sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drawings: Option<drawings::DrawingsSummary>,
    /// The pages of a PDF: each one's kind (text, drawing sheet, scan, blank) and the parts of the application on it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub pages: Vec<crate::model::description::PageSummary>,
    /// The office publication the file is, when it is one (`EP 1 667 425 A1`): its claims and description were
    /// checked, its page layout (the office's own) was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
    /// The sequences of a WIPO ST.26 sequence listing: each one's SEQ ID NO, molecule type, length and features.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub sequences: Option<sequences::SequenceListingSummary>,
}

/// Counts of findings for one office.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct OfficeSummary {
    pub office: Office,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// One item of the counts-and-fees statement: what one office counts (claims, pages, sheets) as it counts them, and
/// the fee that count triggers beyond the office's threshold. An amount is given only where a schedule of fees
/// states it, with the date it applies from.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FeeItem {
    pub office: Office,
    /// A stable id, e.g. `us/claims-over-20`.
    pub item: &'static str,
    /// What the item is, in English (the page translates it by `item`).
    pub label: &'static str,
    /// What the office counts for this item.
    pub unit: FeeUnit,
    /// How many of `unit` the office counts (1 for a flat fee).
    pub counted: u32,
    /// The count up to which nothing is charged.
    pub over: u32,
    /// The units charged: claims, pages or sheets beyond `over` (or blocks of them), 0 when within it.
    pub quantity: u32,
    /// The fee per unit, undiscounted, where a schedule states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub amount: Option<u64>,
    /// ISO 4217, with `amount`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub currency: Option<&'static str>,
    /// `amount` times `quantity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub total: Option<u64>,
    /// The date from which `amount` applies (YYYY-MM-DD).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub since: Option<String>,
    /// The provision that charges it, e.g. "37 CFR 1.16(i)".
    pub citation: String,
    /// How sure patlint is of the item: of its threshold, counting and amount.
    pub grade: crate::citation::Grade,
}

/// What a fee item counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum FeeUnit {
    Claims,
    IndependentClaims,
    /// Multiple dependent claims in proper form.
    MultipleDependentClaims,
    /// Pages (and drawing sheets) as the office counts them.
    Pages,
    /// A fee due once per application.
    Application,
    /// The specification's format: 1 when it is not DOCX.
    Format,
}

impl FeeUnit {
    /// `n` of the unit in English, for text output: "1 claim", "24 claims".
    #[must_use]
    pub fn counted(self, n: u32) -> String {
        let word = match self {
            FeeUnit::Claims => "claim",
            FeeUnit::IndependentClaims => "independent claim",
            FeeUnit::MultipleDependentClaims => "multiple dependent claim",
            FeeUnit::Pages => "page",
            FeeUnit::Application => "application",
            FeeUnit::Format => "format",
        };
        format!("{n} {word}{}", if n == 1 { "" } else { "s" })
    }
}

/// The result of checking a filing.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Report {
    /// patlint's version.
    pub version: &'static str,
    /// The offices checked.
    pub offices: Vec<Office>,
    pub findings: Vec<Finding>,
    pub documents: Vec<DocumentReport>,
    /// Per office, how many findings of each severity.
    pub summary: Vec<OfficeSummary>,
    /// Per office, the claims, pages and sheets as it counts them and the fees they trigger.
    pub fees: Vec<FeeItem>,
    /// How long each phase of the check took, when the options ask for `timings`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub timings: Vec<Timing>,
}

/// The time one phase of a check took: `read <kind>` (reading the files of that kind), `rules <family>` (the rules
/// of `claims/`, `description/`, `drawings/`, `assignment/`, and `filing` for the checks across documents), and
/// `report` (sorting and counting the findings). Summed over the files of a filing.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Timing {
    pub phase: String,
    /// Milliseconds.
    pub ms: f64,
}

impl Report {
    /// Whether any finding is an error.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Sorts findings by file and place and counts them per office. The findings of one group are then brought
    /// together at the first of them (a place the order does not name, such as the field of an assignment record,
    /// left an error and a warning at one field apart, with the other fields' findings between them), and those of a
    /// group that say the same at one severity are made one.
    pub(crate) fn finish(&mut self) {
        for finding in &mut self.findings {
            finding.group = finding.group_key();
        }
        sorting::sort_by(&mut self.findings, |a, b| {
            (
                &a.file,
                a.location.sheet,
                a.location.sequence,
                a.location.claim,
                a.location.paragraph,
                a.location.span.map(|s| s.start),
                a.rule,
                // Errors first at one place: what an office objects to before what it only prefers.
                std::cmp::Reverse(a.severity),
            )
                .cmp(&(
                    &b.file,
                    b.location.sheet,
                    b.location.sequence,
                    b.location.claim,
                    b.location.paragraph,
                    b.location.span.map(|s| s.start),
                    b.rule,
                    std::cmp::Reverse(b.severity),
                ))
        });
        self.findings = by_group(std::mem::take(&mut self.findings));
        self.summary = self
            .offices
            .iter()
            .map(|&office| {
                let mut summary = OfficeSummary { office, errors: 0, warnings: 0, infos: 0 };
                for finding in self.findings.iter().filter(|f| f.offices.contains(&office)) {
                    match finding.severity {
                        Severity::Error => summary.errors += 1,
                        Severity::Warning => summary.warnings += 1,
                        Severity::Info => summary.infos += 1,
                    }
                }
                summary
            })
            .collect();
    }
}

/// `findings`, sorted, with the findings of each group brought together at the first of them (in their order,
/// so errors first), and those of a group that say the same at the same place and severity as one finding with
/// their offices and citations together, in the order of offices.
///
/// Brought together: the order names the file, sheet, sequence, claim, paragraph and span, and not every part of a
/// place (the field of an assignment record, the element of a listing, the language of a claim set); the rules'
/// order among those places is the document's, which sorting by them would lose (`assignees` before `assignors`).
///
/// Made one: a rule that reports per office, or per set of offices that share a requirement (drawings/margin-too-
/// small groups offices by their minimum margins), may say the same thing twice at one severity, e.g. an error at
/// the USPTO, EPO and PCT and another at the CNIPA when the margin crossed is one all four ask for. The report keeps
/// one finding per severity at a place for each thing said.
fn by_group(findings: Vec<Finding>) -> Vec<Finding> {
    let mut groups: Vec<Vec<Finding>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for finding in findings {
        let Some(&i) = index.get(&finding.group) else {
            index.insert(finding.group.clone(), groups.len());
            groups.push(vec![finding]);
            continue;
        };
        let group = &mut groups[i];
        let same = group.iter_mut().find(|f| {
            f.severity == finding.severity
                && f.location == finding.location
                && f.message_template == finding.message_template
                && f.fix == finding.fix
        });
        match same {
            Some(kept) => {
                kept.offices.extend(finding.offices);
                sorting::sort_by(&mut kept.offices, Office::cmp);
                kept.offices.dedup();
                kept.citations.extend(finding.citations);
                // Stable: an office's citations keep their order.
                sorting::sort_by_key(&mut kept.citations, |c| c.office);
            }
            None => group.push(finding),
        }
    }
    groups.into_iter().flatten().collect()
}

impl DocumentReport {
    /// Moves what the report shows of `document` into it.
    pub fn add(&mut self, document: Document) {
        match document {
            Document::Claims(set) => self.claim_sets.push(set),
            Document::Assignment(record) => {
                self.assignments.push(assignment::AssignmentReport { record, readiness: Vec::new() });
            }
            Document::Description(spec) => self.description = Some(description::summary(&spec)),
            // A PDF of text pages only has no sheets to show (its PDF facts were still checked).
            Document::Drawings(drawings) if drawings.sheets.is_empty() => {}
            Document::Drawings(drawings) => self.drawings = Some(drawings::summary(drawings)),
            Document::Sequences(listing) => self.sequences = Some(sequences::summary(&listing)),
        }
    }
}

#[cfg(test)]
mod group_tests {
    use crate::{check_claims_text, Options};

    #[test]
    fn the_findings_of_one_rule_at_one_place_share_a_group() {
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.\n5. The lever of claim 6, being thin.\n6. The lever of claim 1, being wide.\n";
        let report = check_claims_text(text, &Options::default());
        let multi: Vec<_> =
            report.findings.iter().filter(|f| f.rule == "claims/multiple-dependency-on-multiple").collect();
        assert_eq!(multi.len(), 2, "an error at four offices, a warning at the PCT: {multi:#?}");
        assert_ne!(multi[0].severity, multi[1].severity);
        assert_eq!(multi[0].group, multi[1].group);
        assert!(
            multi[0].group.starts_with("claims/multiple-dependency-on-multiple@claims.txt#claim=4"),
            "{}",
            multi[0].group
        );
        let other = report.findings.iter().find(|f| f.rule != multi[0].rule).expect("another finding");
        assert_ne!(other.group, multi[0].group);
    }

    /// Whether each group's findings are adjacent in `report`.
    fn groups_adjacent(report: &crate::Report) -> bool {
        let groups: Vec<&str> = report.findings.iter().map(|f| f.group.as_str()).collect();
        groups.iter().enumerate().all(|(i, g)| i == 0 || groups[i - 1] == *g || !groups[..i].contains(g))
    }

    #[test]
    fn the_findings_of_a_group_are_adjacent_whatever_locates_them() {
        let json = r#"{"conveyance": "assignment", "assignors": [{"name": "Roe, Jane", "country": "USA"}], "assignees": [{"name": "Acme Corporation", "country": "EP"}]}"#;
        let file = crate::InputFile { name: "record.json".into(), bytes: json.as_bytes().to_vec() };
        let report = crate::check(&[file], &Options::default());
        let country: Vec<(&str, crate::Severity)> = report
            .findings
            .iter()
            .filter(|f| f.rule == "assignment/country-code-invalid")
            .map(|f| (f.location.field.as_deref().unwrap_or(""), f.severity))
            .collect();
        use crate::Severity::*;
        // In the record's order, each field's error and warning together.
        assert_eq!(
            country,
            [
                ("assignors[0].country", Error),
                ("assignors[0].country", Warning),
                ("assignees[0].country", Error),
                ("assignees[0].country", Warning)
            ]
        );
        assert!(groups_adjacent(&report), "{:#?}", report.findings);
    }

    #[test]
    fn findings_that_say_the_same_at_one_severity_are_one() {
        // The EPO and the PCT both inform that the same sections are missing: one finding, not two.
        let text = "【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n【０００１】\n本発明はレバーに関する。";
        let options = Options { kind: Some(crate::report::DocumentKind::Description), ..Options::default() };
        let file = crate::InputFile { name: "spec.txt".into(), bytes: text.as_bytes().to_vec() };
        let report = crate::check(&[file], &options);
        let infos: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule == "description/section-missing" && f.severity == crate::Severity::Info)
            .collect();
        assert_eq!(infos.len(), 1, "{infos:#?}");
        assert_eq!(infos[0].offices, [crate::office::Office::EP, crate::office::Office::WO]);
        let cited: Vec<_> = infos[0].citations.iter().map(|c| c.office).collect();
        assert_eq!(cited, infos[0].offices);
        assert!(groups_adjacent(&report));
    }
}

#[cfg(test)]
mod fix_tests {
    use super::{apply_fixes, Edit, Fix};
    use crate::message::message;

    fn fix(edits: &[(usize, usize, &str)]) -> Fix {
        let edits = edits.iter().map(|&(start, end, text)| Edit { start, end, replacement: text.into() }).collect();
        Fix::new(message!("final-period-missing-add-claim", claim = 1), true, edits)
    }

    #[test]
    fn positions_are_utf16_code_units_turned_into_bytes() {
        // "請" is one code unit and three bytes; "𠀋" two code units and four bytes.
        let text = "請𠀋1x";
        let applied = apply_fixes(text, &[&fix(&[(3, 4, "２")]), &fix(&[(5, 5, ".")])]);
        assert_eq!(applied.text, "請𠀋２x.");
        assert_eq!(applied.applied, [0, 1]);
    }

    #[test]
    fn overlapping_repeated_and_misplaced_fixes_are_left_out() {
        let text = "1. A lever\n3. The lever of claim 1";
        let period = fix(&[(10, 10, ".")]);
        let renumber = fix(&[(11, 12, "2")]);
        let clash = fix(&[(11, 12, "4"), (33, 34, "9")]);
        let same_place = fix(&[(10, 10, "!")]);
        let inside_a_pair = fix(&[(1, 1, "x")]);
        let applied = apply_fixes(text, &[&clash, &period, &renumber, &renumber, &same_place]);
        // Taken in the order of their first edit: period (10), then clash (11); renumber clashes with it.
        assert_eq!(applied.text, "1. A lever.\n4. The lever of claim 9");
        assert_eq!(applied.applied, [0, 1]);
        assert_eq!(apply_fixes("𠀋", &[&inside_a_pair]).applied, Vec::<usize>::new());
        assert_eq!(apply_fixes("ab", &[&fix(&[(3, 3, ".")])]).text, "ab");
    }
}
