//! Paragraphs (of a Word document or a text file) to a specification: the parts (title, description, claims,
//! abstract, drawings), the sections of the description by their headings, and paragraph numbers.
//!
//! Parts are told by document headings in the offices' conventions: `【書類名】明細書` / `特許請求の範囲` / `要約書`
//! (JPO), `【서류명】`, `【청구범위】`, `【요약서】` (KIPO), `说明书` / `权利要求书` / `说明书摘要` (CNIPA), and in English,
//! German and French "CLAIMS", "What is claimed is:", "ABSTRACT", "Patentansprüche", "Revendications", "Abrégé"…
//! The claims part goes to the claims text splitter. Sections are told by their headings ([`section_kind`]), in the
//! six offices' languages; a paragraph in a heading style or a short line in capitals is a heading too.

use super::{claims_text, RawClaimSet};
use crate::language::Language;
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::description::{Paragraph, ParagraphNumber, Part, Section, SectionKind, Source, Specification, Title};

/// A paragraph as a reader found it.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub text: String,
    /// Line of a text file where it starts (of a PDF: the line on its page).
    pub line: Option<u32>,
    /// Page of a PDF where it starts.
    pub page: Option<u32>,
    /// Heading level from a Word style (0: the Title style).
    pub heading: Option<u8>,
    pub list_item: bool,
    pub in_table: bool,
    pub line_spacing: Option<f32>,
    pub font_size: Option<f32>,
}

/// A line of a claims part: its text, and the line and page it came from.
type ClaimLine = (String, Option<u32>, Option<u32>);

/// A specification and the claims found in it: one set, or one per language where the claims are repeated in
/// other languages under headings of their own (a European patent's claims in German, English and French).
#[derive(Debug)]
pub struct Split {
    pub spec: Specification,
    pub claim_sets: Vec<RawClaimSet>,
}

/// Splits a Word document's paragraphs like [`split`], and keeps its page set-up and what Word holds beside the
/// text.
///
/// # Errors
/// When the document has more paragraphs than `limits.paragraphs`, or its claims part more claims than
/// `limits.claims`: the finding's message.
pub fn split_word(word: super::docx::WordDocument, limits: &Limits) -> Result<Split, Message> {
    let blocks = word
        .paragraphs
        .into_iter()
        .map(|p| Block {
            text: p.text,
            line: None,
            page: None,
            heading: p.heading,
            list_item: p.list_item && p.label.is_none(),
            in_table: p.in_table,
            line_spacing: p.line_spacing,
            font_size: p.font_size,
        })
        .collect();
    let mut split = split(blocks, Source::Docx, word.language, limits)?;
    split.spec.page_setup = word.page_setup;
    split.spec.word = Some(word.info);
    Ok(split)
}

/// Splits the paragraphs of a whole specification into its parts.
///
/// # Errors
/// When the document has more paragraphs than `limits.paragraphs`, or its claims part more claims than
/// `limits.claims`: the finding's message.
pub fn split(
    blocks: Vec<Block>,
    source: Source,
    language: Option<crate::language::Language>,
    limits: &Limits,
) -> Result<Split, Message> {
    let language = language
        .filter(|l| !matches!(*l, Language::En))
        .or_else(|| crate::language::Language::guess(blocks.iter().map(|b| b.text.as_str())))
        .or(language);
    let mut spec = Specification::new(source);
    spec.language = language;
    let mut part = Part::Front;
    // The claims parts' lines with the line and page each came from; a new set for each claims heading.
    let mut claim_parts: Vec<Vec<ClaimLine>> = Vec::new();
    let mut pending_number: Option<ParagraphNumber> = None;
    let mut title_heading = false;
    let mut part_has_body = false;
    for block in blocks {
        let trimmed = block.text.trim();
        if trimmed.is_empty() {
            continue;
        }
        let index = u32::try_from(spec.paragraphs.len() + 1).unwrap_or(u32::MAX);
        let mut paragraph = Paragraph {
            index,
            line: block.line,
            page: block.page,
            part: Some(part),
            section: None,
            number: None,
            text: trimmed.to_string(),
            heading: false,
            in_table: block.in_table,
            list_item: block.list_item,
            line_spacing: block.line_spacing,
            font_size: block.font_size,
            analysis: Default::default(),
        };
        // A heading that starts a part of the application.
        if let Some(next) = part_heading(trimmed) {
            if next == Part::Claims && claim_parts.last().is_none_or(|lines| !lines.is_empty()) {
                claim_parts.push(Vec::new());
            }
            part = next;
            part_has_body = false;
            paragraph.part = Some(part);
            paragraph.heading = true;
            push(&mut spec, paragraph, None);
            continue;
        }
        if part == Part::Claims {
            if claim_parts.is_empty() {
                claim_parts.push(Vec::new());
            }
            if let Some(lines) = claim_parts.last_mut() {
                for (i, line) in block.text.split('\n').enumerate() {
                    let line_number = block.line.map(|l| l.saturating_add(u32::try_from(i).unwrap_or(0)));
                    lines.push((line.to_string(), line_number, block.page));
                }
            }
            push(&mut spec, paragraph, None);
            continue;
        }
        if part == Part::Abstract || part == Part::Drawings {
            // 【要約】 and 【選択図】 are tags of the abstract document, not its text.
            paragraph.heading = trimmed.starts_with("【選択図") || matches!(trimmed, "【要約】" | "【요약】");
            push(&mut spec, paragraph, None);
            continue;
        }
        // The title: `【発明の名称】レバー`, a paragraph in the Title style, the paragraph after a "Title of the
        // invention" heading, or a short first line.
        if spec.title.is_none() {
            if let Some(rest) = strip_tag(trimmed, &["発明の名称", "考案の名称", "발명의 명칭", "发明名称"])
            {
                let section = add_section(&mut spec, SectionKind::Title, trimmed, index);
                if rest.is_empty() {
                    title_heading = true;
                } else {
                    spec.title = Some(Title { text: rest.to_string(), paragraph: Some(index) });
                }
                paragraph.heading = true;
                push(&mut spec, paragraph, Some(section));
                continue;
            }
            let is_title = title_heading
                || block.heading == Some(0)
                || (!part_has_body && looks_like_title(trimmed) && section_kind(trimmed).is_none());
            if is_title && number_label(trimmed).is_none() {
                spec.title = Some(Title { text: trimmed.to_string(), paragraph: Some(index) });
                title_heading = false;
                if part == Part::Front || spec.sections.is_empty() {
                    paragraph.part = Some(Part::Front);
                }
                paragraph.heading = true;
                push(&mut spec, paragraph, None);
                continue;
            }
        }
        // A section heading.
        let styled = block.heading.is_some_and(|level| level > 0);
        if let Some(kind) =
            section_kind(trimmed).or_else(|| (styled || looks_like_caps_heading(trimmed)).then_some(SectionKind::Other))
        {
            if kind == SectionKind::Title {
                title_heading = spec.title.is_none();
            }
            if let Some(number) = pending_number.take() {
                // A paragraph number alone before a heading numbers nothing.
                let orphan = Paragraph {
                    index,
                    number: Some(number),
                    text: String::new(),
                    part: Some(Part::Description),
                    section: spec.sections.len().checked_sub(1),
                    ..Paragraph::default()
                };
                spec.paragraphs.push(orphan);
                paragraph.index = index + 1;
            }
            part = Part::Description;
            paragraph.part = Some(part);
            paragraph.heading = true;
            let section = add_section(&mut spec, kind, trimmed, paragraph.index);
            push(&mut spec, paragraph, Some(section));
            continue;
        }
        // A body paragraph of the description, maybe with its number.
        part = Part::Description;
        part_has_body = true;
        paragraph.part = Some(part);
        match number_label(trimmed) {
            Some((number, rest)) if rest.trim().is_empty() => {
                if let Some(previous) = pending_number.replace(number) {
                    let orphan = Paragraph {
                        index,
                        number: Some(previous),
                        part: Some(part),
                        section: spec.sections.len().checked_sub(1),
                        ..Paragraph::default()
                    };
                    spec.paragraphs.push(orphan);
                }
                continue;
            }
            Some((number, rest)) => {
                paragraph.number = Some(number);
                paragraph.text = rest.trim().to_string();
            }
            None => paragraph.number = pending_number.take(),
        }
        let section = spec.sections.len().checked_sub(1);
        push(&mut spec, paragraph, section);
        if spec.paragraphs.len() > limits.paragraphs {
            return Err(message!("spec", limit = limits.paragraphs));
        }
    }
    if let Some(number) = pending_number {
        let index = u32::try_from(spec.paragraphs.len() + 1).unwrap_or(u32::MAX);
        spec.paragraphs.push(Paragraph {
            index,
            number: Some(number),
            part: Some(Part::Description),
            ..Paragraph::default()
        });
    }
    let mut claim_sets = Vec::new();
    for lines in claim_parts.iter().filter(|lines| !lines.is_empty()) {
        let text: String = lines.iter().map(|(l, _, _)| l.as_str()).collect::<Vec<_>>().join("\n");
        let mut claims = claims_text::split(&text, limits)?;
        // The text was rebuilt from paragraphs: positions in it are not the file's.
        claims.place_sources(None);
        for claim in &mut claims.claims {
            let source = claim.line.and_then(|l| (l as usize).checked_sub(1)).and_then(|l| lines.get(l));
            claim.line = source.and_then(|(_, line, _)| *line);
            claim.page = source.and_then(|(_, _, page)| *page);
        }
        // Each set's own language: a European patent's claims come in German, English and French.
        claims.language = if claim_parts.len() > 1 {
            crate::language::Language::guess(claims.claims.iter().map(|c| c.text.as_str())).or(language)
        } else {
            language
        };
        claim_sets.push(claims);
    }
    Ok(Split { spec, claim_sets })
}

fn push(spec: &mut Specification, mut paragraph: Paragraph, section: Option<usize>) {
    paragraph.section = section;
    paragraph.index = u32::try_from(spec.paragraphs.len() + 1).unwrap_or(u32::MAX);
    spec.paragraphs.push(paragraph);
}

fn add_section(spec: &mut Specification, kind: SectionKind, heading: &str, paragraph: u32) -> usize {
    let heading: String = heading.chars().take(120).collect();
    spec.sections.push(Section {
        kind,
        heading,
        paragraph: u32::try_from(spec.paragraphs.len() + 1).unwrap_or(paragraph),
    });
    spec.sections.len() - 1
}

/// `【tag】rest` for one of `tags`: the rest.
fn strip_tag<'a>(text: &'a str, tags: &[&str]) -> Option<&'a str> {
    let inner = text.strip_prefix('【')?;
    let (tag, rest) = inner.split_once('】')?;
    tags.contains(&tag.trim()).then_some(rest.trim())
}

/// A heading that starts a part of the application, and the part.
#[must_use]
pub fn part_heading(text: &str) -> Option<Part> {
    let document = strip_tag(text, &["書類名", "서류명"]);
    if let Some(name) = document {
        return Some(match name {
            "明細書" | "명세서" => Part::Description,
            "特許請求の範囲" | "実用新案登録請求の範囲" | "청구범위" | "특허청구범위" => {
                Part::Claims
            }
            "要約書" | "요약서" => Part::Abstract,
            "図面" | "도면" => Part::Drawings,
            _ => return None,
        });
    }
    let norm = normalize(text);
    Some(match norm.as_str() {
        "claims"
        | "claim"
        | "what is claimed is"
        | "what is claimed"
        | "i claim"
        | "we claim"
        | "the invention claimed is"
        | "it is claimed"
        | "claims what is claimed is"
        | "patent claims"
        | "patentansprüche"
        | "ansprüche"
        | "revendications"
        | "特許請求の範囲"
        | "実用新案登録請求の範囲"
        | "权利要求书"
        | "权利要求"
        | "청구범위"
        | "청구의 범위"
        | "특허청구범위" => Part::Claims,
        "abstract"
        | "abstract of the disclosure"
        | "abstract of the invention"
        | "zusammenfassung"
        | "abrégé"
        | "要約書"
        | "说明书摘要"
        | "摘要"
        | "요약서" => Part::Abstract,
        "说明书" | "明細書" | "발명의 설명" | "specification" | "description" | "beschreibung" => {
            Part::Description
        }
        "说明书附图" | "図面" | "drawings" | "도면" => Part::Drawings,
        _ => return None,
    })
}

/// Lower case, brackets, enumerators and final colons removed, white space collapsed: the key headings are
/// compared by.
#[must_use]
pub fn normalize(text: &str) -> String {
    let text = text.trim().trim_start_matches('【').trim_end_matches(['】', ':', '：', '.']);
    let text = text.trim_start_matches('【').trim_end_matches('】');
    let lower = text.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "1. Field of the invention", "I. BACKGROUND", "A) Summary".
    if words.len() > 1 {
        if let Some(first) = words.first() {
            let core = first.trim_end_matches(['.', ')']);
            let enumerator = first.len() > core.len()
                && !core.is_empty()
                && (core.chars().all(|c| c.is_ascii_digit())
                    || core.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                    || (core.len() == 1 && core.chars().all(|c| c.is_ascii_lowercase())));
            if enumerator {
                words.remove(0);
            }
        }
    }
    words.join(" ")
}

/// The kind of section a heading names, in any of the offices' languages.
#[must_use]
pub fn section_kind(heading: &str) -> Option<SectionKind> {
    use SectionKind as K;
    let norm = normalize(heading);
    if norm.chars().count() > 90 || norm.is_empty() {
        return None;
    }
    let exact: &[(&[&str], K)] = &[
        (
            &[
                "発明の名称", "考案の名称", "발명의 명칭", "发明名称", "title of the invention", "title of invention",
                "title",
            ],
            K::Title,
        ),
        (
            &[
                "技術分野",
                "기술분야",
                "기술 분야",
                "技术领域",
                "field",
                "technical field",
                "field of the invention",
                "field of invention",
                "technisches gebiet",
                "gebiet der erfindung",
                "domaine technique",
                "domaine de l'invention",
                "domaine de l’invention",
            ],
            K::TechnicalField,
        ),
        (
            &[
                "背景技術",
                "배경기술",
                "배경 기술",
                "背景技术",
                "background",
                "prior art",
                "related art",
                "background art",
                "hintergrund",
                "stand der technik",
                "technischer hintergrund",
                "arrière-plan technologique",
                "état de la technique",
                "technique antérieure",
                "arrière-plan",
            ],
            K::Background,
        ),
        (
            &[
                "先行技術文献", "特許文献", "非特許文献", "선행기술문헌", "citation list", "patent literature",
                "non patent literature", "non-patent literature",
            ],
            K::CitationList,
        ),
        (
            &[
                "発明の概要",
                "考案の概要",
                "발명의 내용",
                "发明内容",
                "实用新型内容",
                "summary",
                "disclosure",
                "disclosure of invention",
                "disclosure of the invention",
                "brief summary",
                "zusammenfassung der erfindung",
                "darstellung der erfindung",
                "exposé de l'invention",
                "résumé de l'invention",
                "exposé de l’invention",
            ],
            K::Summary,
        ),
        (
            &[
                "発明が解決しようとする課題",
                "考案が解決しようとする課題",
                "해결하고자 하는 과제",
                "해결하려는 과제",
                "technical problem",
                "要解决的技术问题",
            ],
            K::Problem,
        ),
        (
            &[
                "課題を解決するための手段",
                "과제의 해결 수단",
                "solution to problem",
                "solution to the problem",
                "technical solution",
                "技术方案",
            ],
            K::Solution,
        ),
        (
            &[
                "発明の効果",
                "考案の効果",
                "발명의 효과",
                "advantageous effects",
                "advantageous effects of invention",
                "advantageous effect",
                "有益效果",
            ],
            K::Effects,
        ),
        (
            &[
                "図面の簡単な説明",
                "도면의 간단한 설명",
                "附图说明",
                "brief description of drawings",
                "brief description of the drawings",
                "brief description of the drawing",
                "description of the drawings",
                "brief description of the figures",
                "kurze beschreibung der zeichnungen",
                "kurzbeschreibung der zeichnungen",
                "beschreibung der zeichnungen",
                "figurenbeschreibung",
                "brève description des dessins",
                "description des figures",
                "description des dessins",
            ],
            K::Drawings,
        ),
        (
            &[
                "発明を実施するための形態",
                "考案を実施するための形態",
                "발명을 실시하기 위한 구체적인 내용",
                "발명을 실시하기 위한 형태",
                "具体实施方式",
                "detailed description",
                "description of embodiments",
                "description of the embodiments",
                "best mode for carrying out the invention",
                "mode for carrying out the invention",
                "modes for carrying out the invention",
                "mode(s) for carrying out the invention",
                "embodiments",
                "ausführliche beschreibung",
                "detaillierte beschreibung",
                "beschreibung der ausführungsformen",
                "ausführungsbeispiele",
                "wege zur ausführung der erfindung",
                "description détaillée",
                "description des modes de réalisation",
                "exposé détaillé de l'invention",
            ],
            K::Embodiments,
        ),
        (
            &["実施例", "实施例", "실시예", "examples", "example", "working examples", "beispiele", "exemples"],
            K::Examples,
        ),
        (
            &[
                "産業上の利用可能性",
                "산업상 이용가능성",
                "산업상 이용 가능성",
                "工业实用性",
                "industrial applicability",
                "gewerbliche anwendbarkeit",
                "application industrielle",
            ],
            K::IndustrialApplicability,
        ),
        (
            &[
                "符号の説明",
                "부호의 설명",
                "附图标记说明",
                "附图标记",
                "reference signs list",
                "reference signs",
                "list of reference signs",
                "reference numerals",
                "list of reference numerals",
                "description of reference numerals",
                "explanation of reference numerals",
                "bezugszeichenliste",
                "liste des signes de référence",
                "liste des références",
            ],
            K::ReferenceSigns,
        ),
        (&["受託番号", "수탁번호"], K::Deposit),
        (&["配列表フリーテキスト", "서열목록 자유텍스트", "sequence listing free text"], K::SequenceListingFreeText),
        (&["配列表", "서열목록", "序列表", "sequence listing"], K::SequenceListing),
    ];
    for (names, kind) in exact {
        if names.contains(&norm.as_str()) {
            return Some(*kind);
        }
    }
    let starts = |p: &str| norm.starts_with(p);
    let has = |p: &str| norm.contains(p);
    // Long English headings, by their opening words; the drawings before "description".
    Some(if starts("cross-reference") || starts("cross reference") || starts("related application") {
        K::CrossReference
    } else if has("federally sponsored")
        || has("government interest")
        || has("government support")
        || has("government rights")
        || has("government license")
    {
        K::GovernmentInterest
    } else if has("joint research agreement") {
        K::JointResearch
    } else if has("sequence listing") && (has("reference") || has("incorporat") || has("submitted")) {
        K::SequenceListingReference
    } else if has("prior disclosure") {
        K::PriorDisclosure
    } else if starts("technical field") || starts("field of the") || starts("field of invention") {
        K::TechnicalField
    } else if starts("background")
        || starts("description of the related art")
        || starts("description of related art")
        || starts("description of the prior art")
    {
        K::Background
    } else if starts("brief description of the drawing")
        || starts("brief description of drawing")
        || starts("brief description of the several views")
        || starts("brief description of the figures")
        || starts("description of the figures")
        || starts("description of the drawing")
        || starts("detailed description of the drawing")
    {
        K::Drawings
    } else if starts("summary")
        || starts("brief summary")
        || starts("disclosure of the invention")
        || starts("general description")
    {
        K::Summary
    } else if starts("detailed description")
        || starts("description of the preferred embodiment")
        || starts("description of preferred embodiment")
        || starts("description of the embodiment")
        || starts("description of exemplary embodiment")
        || starts("best mode")
        || starts("mode for carrying out")
        || starts("modes for carrying out")
    {
        K::Embodiments
    } else if starts("industrial applicability") {
        K::IndustrialApplicability
    } else if starts("list of reference") || starts("reference numerals") || starts("reference signs") {
        K::ReferenceSigns
    } else {
        return None;
    })
}

/// A line without a final period that could be a title. Its length is no test: a title of any length at the head
/// of the document is the title, and `title-too-long` judges its length.
fn looks_like_title(text: &str) -> bool {
    !text.ends_with(['.', '。', ':', '：', ';'])
        && text.chars().any(char::is_alphabetic)
        && !text.starts_with('【')
        && part_heading(text).is_none()
}

/// A short line in capitals: "BACKGROUND", "DETAILED DESCRIPTION OF THE DRAWINGS".
fn looks_like_caps_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=12).contains(&words)
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !text.chars().any(char::is_lowercase)
        && text.chars().all(|c| c.is_ascii() || !c.is_alphabetic() || c.is_uppercase())
        && !text.ends_with(['.', ';', ','])
        && !text.starts_with(['[', '【'])
}

/// A paragraph number at the start of a paragraph — `[0001]`, `【０００１】`, and the malformed `[001]`, `〔0001〕`,
/// `(0001)`, `[0001` — and the text after it.
#[must_use]
pub fn number_label(text: &str) -> Option<(ParagraphNumber, &str)> {
    let text = text.trim_start();
    let mut chars = text.char_indices();
    let (_, open) = chars.next()?;
    let close = match open {
        '[' => ']',
        '【' => '】',
        '〔' => '〕',
        '(' => ')',
        '［' => '］',
        _ => return None,
    };
    let mut value: u32 = 0;
    let mut digits = 0;
    let mut end = open.len_utf8();
    for (at, c) in chars {
        if let Some(d) = super::text::digit(c) {
            digits += 1;
            if digits > 6 {
                return None;
            }
            value = value * 10 + d;
            end = at + c.len_utf8();
            continue;
        }
        if c == close {
            end = at + c.len_utf8();
        }
        break;
    }
    // "(1)" and "[1]" are enumerations and citations; a paragraph number has at least three digits, or a leading zero.
    let closed = text.get(..end).is_some_and(|l| l.ends_with(close));
    let label = text.get(..end)?;
    let first_digit_zero = label.chars().nth(1).and_then(super::text::digit) == Some(0);
    if digits == 0 || (digits < 3 && !first_digit_zero) || (open == '(' && digits < 4) || (!closed && digits < 4) {
        return None;
    }
    Some((ParagraphNumber { label: label.to_string(), value }, text.get(end..)?))
}

/// Splits plain text into blocks, one per line.
#[must_use]
pub fn text_blocks(text: &str) -> Vec<Block> {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| Block {
            text: line.trim_end_matches('\r').to_string(),
            line: Some(u32::try_from(i + 1).unwrap_or(u32::MAX)),
            ..Block::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_text(text: &str) -> Split {
        split(text_blocks(text), Source::Text, None, &Limits::default()).unwrap()
    }

    #[test]
    fn an_english_specification() {
        let text = "Lever with a handle\n\nCROSS-REFERENCE TO RELATED APPLICATIONS\n[0001] This application claims priority.\nBACKGROUND\n[0002] Levers are known.\nBRIEF DESCRIPTION OF THE DRAWINGS\n[0003] FIG. 1 shows a lever.\nDETAILED DESCRIPTION\n[0004] The lever 10 has a handle 12.\nWhat is claimed is:\n1. A lever.\n2. The lever of claim 1, having a handle.\nABSTRACT\nA lever has a handle.";
        let split = split_text(text);
        let spec = &split.spec;
        assert_eq!(spec.title.as_ref().unwrap().text, "Lever with a handle");
        let kinds: Vec<SectionKind> = spec.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [SectionKind::CrossReference, SectionKind::Background, SectionKind::Drawings, SectionKind::Embodiments]
        );
        let numbers: Vec<u32> = spec.paragraphs.iter().filter_map(|p| p.number.as_ref().map(|n| n.value)).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert_eq!(split.claim_sets[0].claims.len(), 2);
        assert_eq!(split.claim_sets[0].claims[1].line, Some(13));
        assert_eq!(spec.body(Part::Abstract).map(|p| p.text.as_str()).collect::<Vec<_>>(), ["A lever has a handle."]);
        assert_eq!(spec.language, Some(Language::En));
    }

    #[test]
    fn a_japanese_specification() {
        let text = "【書類名】明細書\n【発明の名称】レバー\n【技術分野】\n【０００１】\n本発明はレバーに関する。\n【背景技術】\n【０００２】\nレバーは知られている。\n【書類名】特許請求の範囲\n【請求項１】\nレバー。\n【請求項２】\n請求項１に記載のレバー。\n【書類名】要約書\n【要約】\n【課題】軽いレバー。\n【解決手段】穴。\n【選択図】図１";
        let split = split_text(text);
        let spec = &split.spec;
        assert_eq!(spec.title.as_ref().unwrap().text, "レバー");
        assert_eq!(spec.language, Some(Language::Ja));
        let kinds: Vec<SectionKind> = spec.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SectionKind::Title, SectionKind::TechnicalField, SectionKind::Background]);
        let body: Vec<(&str, Option<u32>)> =
            spec.body(Part::Description).map(|p| (p.text.as_str(), p.number.as_ref().map(|n| n.value))).collect();
        assert_eq!(body, [("本発明はレバーに関する。", Some(1)), ("レバーは知られている。", Some(2))]);
        assert_eq!(split.claim_sets[0].claims.len(), 2);
        let abstract_: Vec<&str> = spec.body(Part::Abstract).map(|p| p.text.as_str()).collect();
        assert_eq!(abstract_, ["【課題】軽いレバー。", "【解決手段】穴。"]);
    }

    #[test]
    fn a_chinese_specification() {
        let text = "说明书\n一种杠杆\n技术领域\n[0001]本发明涉及杠杆。\n背景技术\n[0002]杠杆是已知的。\n权利要求书\n1.一种杠杆。\n2.根据权利要求1所述的杠杆。\n说明书摘要\n一种杠杆，包括手柄。";
        let split = split_text(text);
        assert_eq!(split.spec.title.as_ref().unwrap().text, "一种杠杆");
        assert_eq!(split.spec.sections.len(), 2);
        assert_eq!(split.claim_sets[0].claims.len(), 2);
        assert_eq!(split.spec.body(Part::Abstract).count(), 1);
    }

    #[test]
    fn paragraph_numbers() {
        let value = |t: &str| number_label(t).map(|(n, rest)| (n.label, n.value, rest.to_string()));
        assert_eq!(value("[0012] Text"), Some(("[0012]".into(), 12, " Text".into())));
        assert_eq!(value("【０００３】"), Some(("【０００３】".into(), 3, String::new())));
        assert_eq!(value("[001] Text").map(|v| v.1), Some(1));
        assert_eq!(value("(0001) Text").map(|v| v.1), Some(1));
        assert_eq!(value("[1] Smith, J."), None);
        assert_eq!(value("(12) lever"), None);
        assert_eq!(value("[10000] x").map(|v| v.1), Some(10000));
    }

    #[test]
    fn headings() {
        assert_eq!(section_kind("BACKGROUND OF THE INVENTION"), Some(SectionKind::Background));
        assert_eq!(section_kind("1. Field of the Invention"), Some(SectionKind::TechnicalField));
        assert_eq!(section_kind("BRIEF DESCRIPTION OF THE SEVERAL VIEWS OF THE DRAWING"), Some(SectionKind::Drawings));
        // Older US grants head the brief description so (US 6,337,117).
        assert_eq!(section_kind("DETAILED DESCRIPTION OF THE DRAWINGS"), Some(SectionKind::Drawings));
        assert_eq!(section_kind("DETAILED DESCRIPTION OF THE PREFERRED EMBODIMENTS"), Some(SectionKind::Embodiments));
        assert_eq!(section_kind("【発明を実施するための形態】"), Some(SectionKind::Embodiments));
        assert_eq!(section_kind("具体实施方式"), Some(SectionKind::Embodiments));
        assert_eq!(section_kind("The lever is long."), None);
        assert_eq!(part_heading("What is claimed is:"), Some(Part::Claims));
        assert_eq!(part_heading("【書類名】要約書"), Some(Part::Abstract));
    }
}
