use crate::office::Date;
use crate::options::{Options, Route};
use crate::report::{FeeItem, FeeUnit};
use crate::{check, check_claims_text, InputFile};

fn fees(text: &str, options: &Options) -> Vec<FeeItem> {
    check_claims_text(text, options).fees
}

fn item<'a>(items: &'a [FeeItem], id: &str) -> Option<&'a FeeItem> {
    items.iter().find(|i| i.item == id)
}

/// Claims 1 and 2 independent, claim 3 multiple dependent on both, and `n - 3` claims on claim 1.
fn claims(n: u32) -> String {
    let mut text = String::from("1. A lever.\n2. A handle.\n3. The lever of claim 1 or 2, being red.\n");
    for k in 4..=n {
        text.push_str(&format!("{k}. The lever of claim 1, being {k} cm long.\n"));
    }
    text
}

#[test]
fn each_office_counts_the_claims_its_own_way() {
    let items = fees(&claims(24), &Options::default());
    // The USPTO counts claim 3 as the two claims it refers to: 25.
    let us = item(&items, "us/claims-over-20").expect("US claims");
    assert_eq!((us.unit, us.counted, us.over, us.quantity), (FeeUnit::Claims, 25, 20, 5));
    assert_eq!(
        (us.amount, us.currency, us.total, us.since.as_deref()),
        (Some(200), Some("USD"), Some(1000), Some("2025-01-19"))
    );
    assert_eq!(us.citation, "37 CFR 1.16(i)");
    assert_eq!(item(&items, "us/independent-claims-over-3").map(|i| (i.counted, i.quantity)), Some((2, 0)));
    assert_eq!(
        item(&items, "us/multiple-dependent-claim").map(|i| (i.counted, i.quantity, i.amount)),
        Some((1, 1, None))
    );
    // The other offices count 24.
    let ep = item(&items, "ep/claims-16-to-50").expect("EP claims");
    assert_eq!((ep.counted, ep.quantity, ep.amount, ep.citation.as_str()), (24, 9, None, "Rule 45(1) EPC"));
    assert_eq!(item(&items, "ep/claims-from-51").map(|i| i.quantity), Some(0));
    assert_eq!(item(&items, "cn/claims-over-10").map(|i| (i.counted, i.quantity)), Some((24, 14)));
    assert_eq!(item(&items, "jp/examination-request-claims").and_then(|i| i.total), Some(96_000));
    assert_eq!(item(&items, "jp/examination-request").and_then(|i| i.total), Some(138_000));
    assert_eq!(item(&items, "kr/examination-request-claims").and_then(|i| i.total), Some(24 * 51_000));
    // Pages are not known from claims alone, so no page item is stated.
    assert!(items.iter().all(|i| i.unit != FeeUnit::Pages), "{items:#?}");
}

#[test]
fn the_higher_band_takes_the_claims_beyond_it() {
    let items = fees(&claims(60), &Options::default());
    assert_eq!(item(&items, "ep/claims-16-to-50").map(|i| i.quantity), Some(35));
    assert_eq!(item(&items, "ep/claims-from-51").map(|i| i.quantity), Some(10));
}

#[test]
fn no_multiple_dependent_claim_fee_for_improper_ones_alone() {
    let text = "1. A lever.\n2. A handle.\n3. The lever of claims 1 and 2, being red.";
    let items = fees(text, &Options::default());
    assert_eq!(item(&items, "us/multiple-dependent-claim").map(|i| (i.counted, i.quantity)), Some((0, 0)));
}

#[test]
fn the_route_and_the_filing_date_choose_the_items() {
    let pct = Options { route: Route::PctNationalPhase, ..Options::default() };
    let items = fees(&claims(24), &pct);
    assert_eq!(item(&items, "ep/claims-16-to-50").map(|i| i.citation.as_str()), Some("Rule 162(1) EPC"));
    let jp = item(&items, "jp/examination-request-claims-pct").expect("JP per claim");
    assert_eq!((jp.counted, jp.amount), (24, None), "the national phase pays by the search report");
    assert!(item(&items, "jp/examination-request").is_none());
    let old = Options { filing_date: Some(Date::ymd(2023, 1, 10)), ..Options::default() };
    let items = fees(&claims(24), &old);
    assert!(item(&items, "kr/examination-request-claims").is_none(), "KIPO's fee of 2023 applies from August");
}

#[test]
fn only_the_offices_chosen_are_stated() {
    let options = Options { offices: vec![crate::office::Office::EP], ..Options::default() };
    let items = fees(&claims(24), &options);
    assert!(items.iter().all(|i| i.office == crate::office::Office::EP), "{items:#?}");
}

#[test]
fn a_word_specification_owes_no_docx_surcharge_and_has_no_pages_counted() {
    let xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Lever</w:t></w:r></w:p><w:p><w:r><w:t>BACKGROUND</w:t></w:r></w:p><w:p><w:r><w:t>Levers are known.</w:t></w:r></w:p></w:body></w:document>";
    let report = check(&[InputFile { name: "spec.xml".into(), bytes: xml.as_bytes().to_vec() }], &Options::default());
    let surcharge = item(&report.fees, "us/not-docx").expect("stated for a specification");
    assert_eq!((surcharge.unit, surcharge.counted, surcharge.quantity), (FeeUnit::Format, 0, 0));
    assert!(report.fees.iter().all(|i| i.unit != FeeUnit::Pages));
}
