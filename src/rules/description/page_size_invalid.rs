use super::{at_paragraph_index, profile};
use crate::citation::{Authority::*, Citation};
use crate::message::{decimal, message, List};
use crate::model::description::Specification;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// The paper size of each section of a Word document, and of each text page of a PDF: A4 everywhere, or US
    /// Letter (8½ × 11 in) at the USPTO, and at the EPO for a Word document, which is filed there as DOCX (since 1
    /// April 2026 the EPO's definition of DOCX allows A4 or Letter), within 3 mm. JPO and CNIPA sizes are checked in Japanese and Chinese
    /// documents. A PDF's pages of one size are reported once, at the first of them.
    ///
    /// ## Why it matters
    /// Text documents must be on A4 paper (or Letter, in the US): an office's rendering of a Legal or A5 page moves text
    /// into its margins or scales it.
    ///
    /// ## Legal basis
    /// 37 CFR 1.52(a) and (b) (US); the EPO's requirements for the presentation of documents (EPO Guide for applicants;
    /// Decision of the President of 25 Nov 2022, OJ EPO 2022, A113: A4) and, for a document filed as DOCX, the EPO's
    /// definition of DOCX (version 3, in force 1 April 2026), OJ EPO 2026, A23, point 1.3: "Page size must be either
    /// letter or A4" (EP; read on epo.org); PCT Rules 11.5, 11.6 and 11.9 (WO); JPO Form 29,
    /// notes 1 to 4 (JP, documents in Japanese); the notes of CNIPA's description form (CN, documents in Chinese; grade C).
    /// Provisions cited: 37 CFR 1.52(a)(1)(ii) (US); EPO Guide for applicants; OJ EPO 2022, A113; for DOCX, OJ EPO 2026, A23, point 1.3 (EP); JPO Form 29, notes 1-4 (JP); CNIPA description form notes (CN).
    pub static RULE = Rule {
        id: "description/page-size-invalid",
        summary: "the page size is not one the office accepts",
        offices: &[
            policy(US, Error, Citation::new(Cfr37, "1.52(a)(1)(ii)"), Grade::A),
            policy(EP, Error, Citation::new(OfficePractice, "EPO Guide for applicants; OJ EPO 2022, A113; for DOCX, OJ EPO 2026, A23, point 1.3"), Grade::A),
            policy(JP, Error, Citation::new(JpForm, "29, notes 1-4"), Grade::A),
            policy(CN, Warning, Citation::new(OfficePractice, "CNIPA description form notes"), Grade::C),
            policy(WO, Error, Citation::new(PctRule, "11.5"), Grade::B),
        ],
        examples: Examples {
            fires: &[#[cfg(feature = "drawings")] "pdf 216x356\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"12240\" w:h=\"20160\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
            silent: &[#[cfg(feature = "drawings")] "pdf A4\ntextblock 25 30 4 160 \"DESCRIPTION\\nThe lever has a handle that is long enough to be held with one hand, and a head.\\nThe handle is made of wood and it is painted red so that it is seen from afar.\\nThe head is made of steel.\"", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers with handles are known in the art.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:right=\"1440\"/></w:sectPr></w:body></w:document>"],
        },
        check: Check::Description(check),
    };
}

fn check(spec: &Specification, out: &mut Reporter) {
    for rules in profile::PAGE.iter().filter(|r| profile::applies(r.languages, spec.language)) {
        #[cfg(feature = "drawings")]
        check_pdf_pages(spec, rules, out);
        // A DOCX filed at the EPO may also be Letter (OJ EPO 2026, A23, point 1.3); a Word document is filed as DOCX.
        let sizes: Vec<&(crate::message::Message, f32, f32)> = rules.sizes.iter().chain(rules.docx_sizes).collect();
        for setup in &spec.page_setup {
            let (short, long) = (setup.width_cm.min(setup.height_cm), setup.width_cm.max(setup.height_cm));
            if sizes.iter().any(|(_, w, h)| (short - w).abs() <= 0.3 && (long - h).abs() <= 0.3) {
                continue;
            }
            let names = List::or(sizes.iter().map(|(name, _, _)| name));
            out.report_for(
                &RULE,
                rules.office,
                at_paragraph_index(spec, setup.paragraph),
                message!(
                    "page-size-invalid",
                    width = decimal(f64::from(setup.width_cm), 1),
                    height = decimal(f64::from(setup.height_cm), 1),
                    office = rules.office.in_sentence(),
                    sizes = names
                ),
            );
        }
    }
}

/// A PDF's text pages (read with the `drawings` feature), each size the office does not accept reported once.
#[cfg(feature = "drawings")]
fn check_pdf_pages(spec: &Specification, rules: &profile::PageRules, out: &mut Reporter) {
    use crate::report::Location;
    let allowed = |width: f32, height: f32| {
        let (short, long) = (width.min(height), width.max(height));
        rules.sizes.iter().any(|(_, w, h)| (short - w).abs() <= 0.3 && (long - h).abs() <= 0.3)
    };
    let mut reported: Vec<(f32, f32)> = Vec::new();
    for page in spec.pages.iter().filter(|p| !allowed(p.width_cm, p.height_cm)) {
        let size = (page.width_cm, page.height_cm);
        if reported.iter().any(|r| (r.0 - size.0).abs() < 0.1 && (r.1 - size.1).abs() < 0.1) {
            continue;
        }
        reported.push(size);
        let count = spec
            .pages
            .iter()
            .filter(|p| (p.width_cm - size.0).abs() < 0.1 && (p.height_cm - size.1).abs() < 0.1)
            .count();
        let (width, height) = (decimal(f64::from(size.0), 1), decimal(f64::from(size.1), 1));
        let (office, sizes) = (rules.office.in_sentence(), List::or(rules.sizes.iter().map(|(name, _, _)| name)));
        let text = if count == 1 {
            message!(
                "page-size-invalid-cm-requires",
                page = page.page,
                width = width,
                height = height,
                office = office,
                sizes = sizes
            )
        } else {
            message!(
                "page-size-invalid-pages-first-them",
                count = count,
                page = page.page,
                width = width,
                height = height,
                office = office,
                sizes = sizes
            )
        };
        out.report_for(&RULE, rules.office, Location { page: Some(page.page), ..Location::default() }, text);
    }
}

#[cfg(test)]
mod tests {
    use crate::office::Office;
    use crate::report::DocumentKind;
    use crate::{check, InputFile, Options};

    /// The offices that object to a Word document of this page size (twentieths of a point), with the message.
    fn objections(width: u32, height: u32) -> Vec<(Vec<Office>, String)> {
        let word = format!(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"{width}\" w:h=\"{height}\"/></w:sectPr></w:body></w:document>"
        );
        let options = Options { kind: Some(DocumentKind::Description), ..Options::default() };
        let report = check(&[InputFile { name: "spec.xml".into(), bytes: word.into_bytes() }], &options);
        let rule = "description/page-size-invalid";
        report.findings.into_iter().filter(|f| f.rule == rule).map(|f| (f.offices, f.message)).collect()
    }

    #[test]
    fn a_letter_word_document_is_accepted_at_the_epo_since_its_docx_definition() {
        let letter = objections(12240, 15840);
        assert!(
            letter.iter().all(|(offices, _)| !offices.contains(&Office::US) && !offices.contains(&Office::EP)),
            "{letter:?}"
        );
        assert!(letter.iter().any(|(offices, _)| offices.contains(&Office::WO)), "{letter:?}");
        let legal = objections(12240, 20160);
        let ep = legal.iter().find(|(offices, _)| offices.contains(&Office::EP)).expect("Legal is refused at the EPO");
        assert_eq!(
            ep.1,
            "The page is 21.6 × 35.6 cm; the EPO requires A4 (21.0 × 29.7 cm) or US Letter (21.6 × 27.9 cm)."
        );
    }
}
