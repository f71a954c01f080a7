//! The fix both numbering rules offer (`claims/numbering-not-consecutive`, `claims/number-duplicated`): number the
//! claims 1, 2, 3, … in the order they are written, and make every reference by number follow its claim. Only for
//! claims read from plain text, whose labels and lines are placed in the file ([`ClaimSource`]).

use crate::message::message;
use crate::model::{ClaimSet, ClaimSource};
use crate::parse::text::digit;
use crate::report::{Edit, Fix};
use std::collections::HashMap;

/// A run of digits in a claim's text: its characters and value.
struct Run {
    start: usize,
    end: usize,
    value: u32,
}

/// The fix that renumbers `set`, or None when its claims are not placed in a plain-text file, a label's number is
/// not known, or a range ("claims 1 to 3") would no longer say the same.
///
/// A reference to a number several claims carry is taken to mean the last of them written before the referring
/// claim (references point back), or else the first. The fix is safe when nothing is guessed: no number is carried
/// twice, every number referred to is a claim's, and the claims are not an amendment's listing (status
/// identifiers), whose numbers must not change (37 CFR 1.126).
pub(crate) fn fix(set: &ClaimSet) -> Option<Fix> {
    let claims = &set.claims;
    let sources: Vec<&ClaimSource> = claims.iter().map(|c| c.source.as_ref()).collect::<Option<_>>()?;
    let mut by_number: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, claim) in claims.iter().enumerate() {
        by_number.entry(claim.number).or_default().push(i);
    }
    // The new number of the claim that number `n`, as written in claim `from`, means.
    let resolve = |n: u32, from: usize| -> Option<u32> {
        let candidates = by_number.get(&n)?;
        let before = candidates.partition_point(|&i| i < from);
        let index = if before > 0 { candidates[before - 1] } else { candidates[0] };
        u32::try_from(index + 1).ok()
    };
    let mut safe = by_number.values().all(|c| c.len() == 1) && claims.iter().all(|c| c.status.is_none());

    let mut edits = Vec::new();
    for (i, (claim, source)) in claims.iter().zip(&sources).enumerate() {
        let new = u32::try_from(i + 1).ok()?;
        if let Some(label) = source.number.filter(|_| claim.number != new) {
            edits.push(Edit { start: label.start, end: label.end, replacement: written(new, label.full_width) });
        }
    }
    for (i, (claim, source)) in claims.iter().zip(&sources).enumerate() {
        let references: Vec<_> = claim.references.iter().filter(|r| r.by_number).collect();
        if references.is_empty() {
            continue;
        }
        let chars: Vec<char> = claim.text.chars().collect();
        let positions = source.char_positions(&claim.text)?;
        for reference in references {
            let runs: Vec<Run> = digit_runs(&chars, reference.span.start, reference.span.end.min(chars.len()))
                .into_iter()
                .filter(|run| reference.targets.contains(&run.value))
                .collect();
            safe &= reference.targets.iter().all(|&n| by_number.contains_key(&n));
            // A range ("claims 1 to 3") names its ends only: it still says the same after renumbering only if its
            // claims stay a run of numbers in the same order. A range of two ("claims 3 to 4") names all its
            // claims, so any run of consecutive targets is taken for a range.
            let named_all = reference.targets.iter().all(|n| runs.iter().any(|run| run.value == *n));
            let consecutive = reference.targets.len() > 1 && {
                let mut sorted = reference.targets.clone();
                sorted.sort_unstable();
                sorted.windows(2).all(|w| w[1] == w[0].saturating_add(1))
            };
            if (!named_all || consecutive) && !range_survives(&reference.targets, &runs, |n| resolve(n, i)) {
                return None;
            }
            for run in &runs {
                let Some(target) = resolve(run.value, i).filter(|&t| t != run.value) else { continue };
                edits.push(Edit {
                    start: positions[run.start],
                    end: positions[run.end],
                    replacement: written(target, !chars[run.start].is_ascii_digit()),
                });
            }
        }
    }
    if edits.is_empty() {
        return None;
    }
    crate::sorting::sort_by_key(&mut edits, |e| (e.start, e.end));
    edits.dedup();
    let description = message!("renumber", count = claims.len());
    Some(Fix::new(description, safe, edits))
}

/// `n` in ASCII digits, or in full-width ones as in `【請求項１】`.
fn written(n: u32, full_width: bool) -> String {
    let ascii = n.to_string();
    if full_width {
        ascii.chars().map(|d| char::from_u32(u32::from(d) - u32::from('0') + u32::from('０')).unwrap_or(d)).collect()
    } else {
        ascii
    }
}

/// The runs of digits among `chars[from..to]`, with their values (runs too long for a claim number are left out).
fn digit_runs(chars: &[char], from: usize, to: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = from;
    while i < to {
        if digit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let start = i;
        let mut value: Option<u32> = Some(0);
        while let Some(d) = chars.get(i).copied().filter(|_| i < to).and_then(digit) {
            value = value.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(d));
            i += 1;
        }
        if let Some(value) = value {
            runs.push(Run { start, end: i, value });
        }
    }
    runs
}

/// Whether the claims a reference names by range map to consecutive numbers, in order, with its written ends
/// between the images of its first and last claim.
fn range_survives(targets: &[u32], runs: &[Run], map: impl Fn(u32) -> Option<u32>) -> bool {
    let mut sorted = targets.to_vec();
    sorted.sort_unstable();
    let mapped: Vec<Option<u32>> = sorted.iter().map(|&n| map(n)).collect();
    if mapped.iter().any(Option::is_none) {
        return mapped.iter().zip(&sorted).all(|(m, &n)| m.is_none_or(|m| m == n));
    }
    let mapped: Vec<u32> = mapped.into_iter().flatten().collect();
    let (Some(&low), Some(&high)) = (mapped.first(), mapped.last()) else { return true };
    let consecutive = mapped.windows(2).all(|w| w[1] == w[0] + 1);
    consecutive && runs.iter().all(|run| map(run.value).is_some_and(|n| (low..=high).contains(&n)))
}

#[cfg(test)]
mod tests {
    use crate::report::{apply_fixes, Fix};
    use crate::{check_claims_text, Options};

    /// The fix the numbering findings of `text` offer (the same on each that offers one).
    fn renumber_fix(text: &str) -> Option<Fix> {
        let report = check_claims_text(text, &Options::default());
        let mut fixes = report
            .findings
            .iter()
            .filter(|f| matches!(f.rule, "claims/numbering-not-consecutive" | "claims/number-duplicated"))
            .filter_map(|f| f.fix.clone());
        let fix = fixes.next()?;
        assert!(fixes.all(|other| other == fix), "one fix for the whole set");
        Some(fix)
    }

    fn renumber(text: &str) -> Option<String> {
        renumber_fix(text).map(|fix| apply_fixes(text, &[&fix]).text)
    }

    fn rules(text: &str) -> Vec<&'static str> {
        check_claims_text(text, &Options::default()).findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn closes_gaps_and_follows_every_reference_and_nothing_else() {
        let text = "What is claimed is:\n\n1. A lever comprising a handle of 3 mm.\n3. The lever of claim 1, wherein the handle is red.\n4. The lever of claim 1 or 3, wherein\n   the handle is 12 cm long and\n   made of steel grade 4 with 2 bolts.\n7. The lever of any one of claims 3 to 4, being light.\n";
        let fixed = renumber(text).expect("a fix");
        assert_eq!(
            fixed,
            "What is claimed is:\n\n1. A lever comprising a handle of 3 mm.\n2. The lever of claim 1, wherein the handle is red.\n3. The lever of claim 1 or 2, wherein\n   the handle is 12 cm long and\n   made of steel grade 4 with 2 bolts.\n4. The lever of any one of claims 2 to 3, being light.\n"
        );
        assert!(!rules(&fixed).contains(&"claims/numbering-not-consecutive"));
        let fix = renumber_fix(text).unwrap();
        assert!(fix.safe);
        assert_eq!(fix.description, "Renumber claims as 1 to 4, with their references");
        // Positions are UTF-16 code units: "3" of "3. The lever" is line 4's first character.
        assert_eq!(fix.edits[0].start, text.find("3. The").unwrap());
        assert_eq!((fix.edits[0].end, fix.edits[0].replacement.as_str()), (fix.edits[0].start + 1, "2"));
    }

    #[test]
    fn a_duplicated_number_is_renumbered_with_references_to_the_last_claim_of_that_number_before_them() {
        let text = "1. A lever.\n2. The lever of claim 1, being red.\n2. The lever of claim 2, being long.\n3. The lever of claim 2, being heavy.\n";
        assert_eq!(
            renumber(text).unwrap(),
            "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 2, being long.\n4. The lever of claim 3, being heavy.\n"
        );
        assert!(!renumber_fix(text).unwrap().safe, "which claim 2 a reference means is a guess");
        assert!(rules(&renumber(text).unwrap()).iter().all(|r| !r.starts_with("claims/num")));
    }

    #[test]
    fn labels_keep_their_form_and_cjk_text_is_counted_in_utf16() {
        assert_eq!(
            renumber("【請求項１】\nレバー。\n【請求項３】\n請求項１に記載のレバー。\n【請求項５】請求項１又は３に記載のレバー。\n").unwrap(),
            "【請求項１】\nレバー。\n【請求項２】\n請求項１に記載のレバー。\n【請求項３】請求項１又は２に記載のレバー。\n"
        );
        assert_eq!(
            renumber("Claim 1. A lever.\nClaim 4. The lever of claim 1.\nClaim 5. The lever of claim 4.\n").unwrap(),
            "Claim 1. A lever.\nClaim 2. The lever of claim 1.\nClaim 3. The lever of claim 2.\n"
        );
        assert_eq!(
            renumber("1. 一种杠杆。\n3. 根据权利要求1所述的杠杆。\n4. 根据权利要求1或3所述的杠杆。\n").unwrap(),
            "1. 一种杠杆。\n2. 根据权利要求1所述的杠杆。\n3. 根据权利要求1或2所述的杠杆。\n"
        );
        assert_eq!(
            renumber("【청구항 1】 레버.\n【청구항 3】 제1항에 있어서, 레버.\n【청구항 4】 제3항에 있어서, 레버.\n")
                .unwrap(),
            "【청구항 1】 레버.\n【청구항 2】 제1항에 있어서, 레버.\n【청구항 3】 제2항에 있어서, 레버.\n"
        );
        // Characters outside the BMP take two UTF-16 code units, before a reference and on the lines before it.
        let text =
            "1. 𠀋の装置。\n3. 装置𠀋𠀋を有する、請求項1に記載の装置。\n4. 装置𠀋𠀋𠀋を有する、請求項3に記載の装置。\n";
        assert_eq!(
            renumber(text).unwrap(),
            "1. 𠀋の装置。\n2. 装置𠀋𠀋を有する、請求項1に記載の装置。\n3. 装置𠀋𠀋𠀋を有する、請求項2に記載の装置。\n"
        );
        let fix = renumber_fix(text).unwrap();
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let last = fix.edits.last().unwrap();
        assert_eq!(String::from_utf16(&utf16[last.start..last.end]).unwrap(), "3");
    }

    #[test]
    fn crlf_lines_and_a_byte_order_mark_are_the_files() {
        let text = "\u{feff}1. A lever.\r\n3. The lever of claim 1.\r\n4. The lever of\r\n   claim 3, being red.\r\n";
        let fixed = renumber(text).unwrap();
        assert_eq!(
            fixed,
            "\u{feff}1. A lever.\r\n2. The lever of claim 1.\r\n3. The lever of\r\n   claim 2, being red.\r\n"
        );
    }

    #[test]
    fn a_range_label_keeps_its_form() {
        let text =
            "1. (Original) A lever.\n3-5. (Canceled)\n6. (New) The lever of claim 1.\n7. (New) The lever of claim 6.\n";
        let fix = renumber_fix(text).unwrap();
        assert!(!fix.safe, "an amendment's listing keeps its numbers");
        assert_eq!(
            apply_fixes(text, &[&fix]).text,
            "1. (Original) A lever.\n2-4. (Canceled)\n5. (New) The lever of claim 1.\n6. (New) The lever of claim 5.\n"
        );
    }

    #[test]
    fn a_range_whose_claims_would_no_longer_be_a_run_is_not_renumbered() {
        // Claims written 1, 3, 2: "claims 1 to 3" would have to become "1, 3 and 2".
        let text = "1. A lever.\n3. The lever of claim 1.\n2. The lever of claim 1.\n4. The lever of any one of claims 1 to 3.\n";
        assert!(rules(text).contains(&"claims/numbering-not-consecutive"));
        assert_eq!(renumber_fix(text), None);
    }

    #[test]
    fn a_range_of_two_whose_claims_would_take_in_another_is_not_renumbered() {
        // Claims written 1, 3, 2, 4: "claims 3 to 4" would become "claims 2 to 4", which takes in old claim 2.
        let text = "1. A lever.\n3. The lever of claim 1.\n2. The lever of claim 1.\n4. The lever of claim 1.\n5. The lever of any one of claims 3 to 4.\n";
        assert!(rules(text).contains(&"claims/numbering-not-consecutive"));
        assert_eq!(renumber_fix(text), None);
    }

    #[test]
    fn a_reference_to_a_number_no_claim_carries_makes_the_fix_unsafe() {
        // After renumbering, "claim 2" would name the claim numbered 3 today.
        let text = "1. A lever.\n3. The lever of claim 2.\n";
        let fix = renumber_fix(text).unwrap();
        assert!(!fix.safe);
        assert_eq!(apply_fixes(text, &[&fix]).text, "1. A lever.\n2. The lever of claim 2.\n");
    }

    #[test]
    fn only_the_first_finding_offers_the_fix() {
        let text = "1. A lever.\n3. The lever of claim 1.\n5. The lever of claim 3.\n7. The lever of claim 5.\n";
        let report = check_claims_text(text, &Options::default());
        let gaps: Vec<_> = report.findings.iter().filter(|f| f.rule == "claims/numbering-not-consecutive").collect();
        let claims_with_fix: Vec<_> = gaps.iter().filter(|f| f.fix.is_some()).map(|f| f.location.claim).collect();
        assert!(claims_with_fix.iter().all(|c| *c == Some(3)), "{claims_with_fix:?}");
        assert!(!claims_with_fix.is_empty());
    }

    #[test]
    fn claims_not_read_from_the_files_text_offer_no_fix() {
        let check = |bytes: Vec<u8>| {
            let file = crate::InputFile { name: "claims.txt".into(), bytes };
            crate::check(&[file], &Options::default()).findings.into_iter().filter(|f| f.fix.is_some()).count()
        };
        assert!(check(b"1. A lever.\n3. The lever of claim 1".to_vec()) > 0);
        // UTF-16, and bytes that are not UTF-8: the text read is not the file's bytes.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("1. A lever.\n3. The lever of claim 1".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(check(utf16), 0);
        assert_eq!(check(b"1. A lever \xFF.\n3. The lever of claim 1".to_vec()), 0);
        // A description's claims are rebuilt from its paragraphs.
        let spec = "TITLE\nA lever\n\nDESCRIPTION\n[0001] A lever has a handle.\n\nCLAIMS\n1. A lever.\n3. The lever of claim 1\n";
        let file = crate::InputFile { name: "spec.txt".into(), bytes: spec.into() };
        let options = Options { kind: Some(crate::report::DocumentKind::Description), ..Options::default() };
        let report = crate::check(&[file], &options);
        assert!(report.findings.iter().any(|f| f.rule == "claims/numbering-not-consecutive"), "{:#?}", report.findings);
        assert!(report.findings.iter().all(|f| f.fix.is_none()));
    }
}
