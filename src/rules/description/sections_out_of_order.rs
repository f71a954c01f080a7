use super::{at_paragraph_index, heading_name, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{message, Message};
use crate::model::description::{Part, SectionKind, Specification};
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The order of the description's sections, told by their headings (or XML elements): for the USPTO, title,
    /// cross-reference, federal research statement, joint research, sequence listing, prior disclosures, background,
    /// summary, brief description of the drawings, detailed description, then the claims and the abstract; for the EPO
    /// and the PCT, technical field, background art, disclosure, brief description of the drawings, embodiments,
    /// industrial applicability; for the JPO, the order of the Form 29 tags; for CNIPA, 技术领域, 背景技术, 发明内容,
    /// 附图说明, 具体实施方式. Sections patlint does not know are not ordered.
    ///
    /// ## Why it matters
    /// Offices expect the order of their rules; the EPO and the PCT allow another order only where it helps
    /// understanding. A warning: move the section.
    ///
    /// ## Legal basis
    /// 37 CFR 1.77(b) (US: the order of the sections, "should"); Rule 42(1) EPC (EP: content and order of the description;
    /// the wording was not read in the official text, so UNCONFIRMED); PCT Rule 5.1(a)–(c) (WO: content and order; headings
    /// recommended); JPO Form 29 (JP: the tags and their order, for documents in Japanese); CN Implementing Regulations Rule
    /// 20 and the form notes (CN: the headings, for documents in Chinese; grade C).
    pub static RULE = Rule {
        id: "description/sections-out-of-order",
        summary: "the sections of the description are not in the order the office expects",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.77(b)"), Grade::A),
            policy(EP, Warning, Citation::new(EpcRule, "42(1)"), Grade::Unconfirmed),
            policy(JP, Warning, Citation::new(JpForm, "29"), Grade::A),
            policy(CN, Warning, Citation::new(CnImplementingRegulations, "20"), Grade::C),
            policy(WO, Warning, Citation::new(PctRule, "5.1(a)"), Grade::A),
        ],
        examples: Examples {
            fires: &["Lever\nDETAILED DESCRIPTION\n[0001] The lever is long.\nBACKGROUND\n[0002] Levers are known."],
            silent: &["Lever\nBACKGROUND\n[0001] Levers are known.\nDETAILED DESCRIPTION\n[0002] The lever is long.\nWhat is claimed is:\n1. A lever.\nABSTRACT\nA lever."],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    for rules in profile::SECTIONS.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        let rank = |kind: SectionKind| rules.order.iter().position(|rank| rank.contains(&kind));
        // (rank, name, paragraph) in order of appearance.
        let mut sequence: Vec<(usize, Message, u32)> = Vec::new();
        for section in &spec.sections {
            if let Some(r) = rank(section.kind) {
                sequence.push((r, heading_name(section.kind, spec.language), section.paragraph));
            }
        }
        if rules.parts_ordered {
            for (part, name, r) in [
                (Part::Claims, Message::term("sections-out-of-order-claims"), rules.order.len()),
                (Part::Abstract, Message::term("sections-out-of-order-abstract"), rules.order.len() + 1),
            ] {
                if let Some(first) = spec.paragraphs.iter().find(|p| p.part == Some(part)) {
                    sequence.push((r, name, first.index));
                }
            }
            crate::sorting::sort_by_key(&mut sequence, |(_, _, paragraph)| *paragraph);
        }
        let mut highest: Option<&(usize, Message, u32)> = None;
        for entry in &sequence {
            match highest {
                Some(top) if entry.0 < top.0 => {
                    out.report_for(
                        &RULE,
                        rules.office,
                        at_paragraph_index(spec, entry.2),
                        message!(
                            "sections-out-of-order",
                            section = &entry.1,
                            previous = &top.1,
                            office = rules.office.in_sentence()
                        ),
                    );
                    break;
                }
                Some(top) if entry.0 <= top.0 => {}
                _ => highest = Some(entry),
            }
        }
    }
}
