//! Invariants of the rule registry, and every rule's documented examples run as tests: each `fires` example
//! must raise the rule and each `silent` example must not.

#[path = "support/examples.rs"]
mod support_examples;

use patlint::message::catalogue::Catalogue;
use patlint::office::Office;
use patlint::rules::{Check, Grade, RULES};
use patlint::{check_claims_text, Options, Severity};

#[test]
fn ids_are_unique_sorted_and_name_a_defect() {
    let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(ids, sorted, "rule ids must be unique and sorted");
    for id in ids {
        let (family, name) = id.split_once('/').unwrap_or_else(|| panic!("{id}: id is family/defect-name"));
        assert!(
            ["assignment", "claims", "description", "drawings", "input", "sequences"].contains(&family),
            "{id}: unknown family"
        );
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id}: kebab-case");
        for fix_word in ["avoid-", "use-", "prefer-", "add-"] {
            assert!(!name.starts_with(fix_word), "{id}: a rule names the defect, not the fix");
        }
    }
}

#[test]
fn every_rule_is_documented_and_cited() {
    for rule in RULES {
        let docs = rule.documentation();
        assert!(docs.starts_with("## What it checks"), "{}: docs start with ## What it checks", rule.id);
        assert!(
            !rule.summary.is_empty() && !rule.summary.ends_with('.'),
            "{}: a summary line without a period",
            rule.id
        );
        if matches!(rule.check, Check::Input) {
            assert!(rule.offices.is_empty(), "{}: input findings cite no law", rule.id);
            continue;
        }
        assert!(docs.contains("## Why it matters") && docs.contains("## Legal basis"), "{}: docs headings", rule.id);
        assert!(!rule.offices.is_empty(), "{}: applies to at least one office", rule.id);
        let mut offices: Vec<(Office, Option<patlint::options::Route>)> =
            rule.offices.iter().map(|p| (p.office, p.route)).collect();
        offices.sort_unstable_by_key(|(office, route)| (*office, format!("{route:?}")));
        offices.dedup();
        assert_eq!(offices.len(), rule.offices.len(), "{}: one policy per office and route", rule.id);
        for policy in rule.offices {
            let cited = policy.citation.to_string();
            assert!(
                docs.contains(policy.citation.provision)
                    || policy.citation.authority == patlint::citation::Authority::FeeSchedule,
                "{}: docs' Legal basis names {cited}",
                rule.id
            );
        }
    }
}

#[test]
fn unconfirmed_requirements_are_never_errors() {
    for rule in RULES {
        for (policy, info) in rule.offices.iter().zip(rule.info().offices) {
            if policy.grade == Grade::Unconfirmed {
                assert!(
                    info.severity <= Severity::Warning,
                    "{} at {}: unconfirmed, so at most a warning",
                    rule.id,
                    policy.office
                );
            }
        }
    }
}

#[test]
fn documented_examples_fire_and_stay_silent() {
    let source = rust_sources(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")));
    for rule in RULES {
        assert!(!rule.examples.fires.is_empty(), "{}: needs an example that fires", rule.id);
        assert!(!rule.examples.silent.is_empty(), "{}: needs an example that stays silent", rule.id);
        // How an example is read (one file or several, a drawing spec, a specification): tests/support/examples.rs.
        let run = |text: &str| support_examples::run(rule, text, &Options::default());
        for text in rule.examples.fires {
            let report = run(text);
            assert!(
                report.findings.iter().any(|f| f.rule == rule.id),
                "{} should fire on:\n{text}\ngot: {:#?}",
                rule.id,
                report.findings
            );
            for finding in report.findings.iter().filter(|f| f.rule == rule.id) {
                for id in finding.message_template.ids() {
                    assert!(Catalogue::english().has(id), "{}: messages/en.ftl has no message {id:?}", rule.id);
                    assert!(
                        source.contains(&rust_literal(id)),
                        "{}: the message id {id:?} is not a literal in src/, so the catalogue test cannot check it \
                         (write it with message! or Message::term)",
                        rule.id
                    );
                }
            }
        }
        for text in rule.examples.silent {
            let report = run(text);
            let hits: Vec<_> = report.findings.iter().filter(|f| f.rule == rule.id).collect();
            assert!(hits.is_empty(), "{} should stay silent on:\n{text}\ngot: {hits:#?}", rule.id);
        }
    }
}

/// All the Rust source under `dir`, where tests/messages/catalogue.test.mjs finds the message ids.
fn rust_sources(dir: &std::path::Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            text += &rust_sources(&path);
        } else if path.extension().is_some_and(|e| e == "rs") {
            text += &std::fs::read_to_string(&path).unwrap();
        }
    }
    text
}

/// `text` as a Rust string literal, quotes included.
fn rust_literal(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n"))
}

#[test]
fn findings_carry_offices_citations_and_plain_messages() {
    let text =
        "1. A lever.\n3. the lever of claim 4 and 1\n4. The lever according to claims 1 and 3, as shown in Fig. 2.";
    let report = check_claims_text(text, &Options::default());
    assert!(report.findings.len() >= 5, "{:#?}", report.findings);
    for finding in &report.findings {
        assert!(!finding.offices.is_empty(), "{}: offices", finding.rule);
        if !finding.rule.starts_with("input/") {
            assert_eq!(finding.citations.len(), finding.offices.len(), "{}: a citation per office", finding.rule);
            assert!(finding.location.claim.is_some(), "{}: located", finding.rule);
        }
        let first = finding.message.chars().next().unwrap_or(' ');
        assert!(
            first.is_uppercase() || first.is_ascii_digit(),
            "{}: message starts a sentence: {}",
            finding.rule,
            finding.message
        );
        assert!(finding.message.ends_with('.'), "{}: message ends with a period: {}", finding.rule, finding.message);
    }
}

#[test]
fn offices_not_selected_get_no_findings() {
    let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.";
    let ep_only = Options { offices: vec![Office::EP], ..Options::default() };
    let report = check_claims_text(text, &ep_only);
    assert!(report.findings.iter().all(|f| f.offices == [Office::EP]));
    assert!(
        !report.findings.iter().any(|f| f.rule == "claims/multiple-dependency-on-multiple"),
        "the EPO allows multi-multi"
    );
    let all = check_claims_text(text, &Options::default());
    let multi =
        all.findings.iter().find(|f| f.rule == "claims/multiple-dependency-on-multiple").expect("multi-multi found");
    // Errors come first; under the PCT the form only earns an Art. 17(2)(b) indication, so a warning.
    assert_eq!(multi.offices, [Office::US, Office::JP, Office::KR, Office::CN]);
    assert_eq!(multi.severity, Severity::Error);
    assert_eq!(multi.location.claim, Some(4));
    let pct = all
        .findings
        .iter()
        .find(|f| f.rule == "claims/multiple-dependency-on-multiple" && f.severity == Severity::Warning)
        .expect("a PCT warning");
    assert_eq!(pct.offices, [Office::WO]);
}

#[test]
fn jp_multi_multi_depends_on_the_filing_date() {
    let text = "1. A lever.\n2. The lever of claim 1, being red.\n3. The lever of claim 1 or 2, being long.\n4. The lever of claim 2 or 3, being heavy.";
    let jp = |date: &str| Options {
        offices: vec![Office::JP],
        filing_date: patlint::office::Date::parse(date),
        ..Options::default()
    };
    let fired = |options: &Options| {
        check_claims_text(text, options).findings.iter().any(|f| f.rule == "claims/multiple-dependency-on-multiple")
    };
    assert!(!fired(&jp("2022-03-31")));
    assert!(fired(&jp("2022-04-01")));
    assert!(fired(&Options { offices: vec![Office::JP], ..Options::default() }), "no date: taken as a new filing");
}

#[test]
fn the_us_abstract_limit_binds_national_filings_and_is_a_preference_in_a_pct_national_phase() {
    let text = format!("Lever\nABSTRACT\n{}", "lever ".repeat(160));
    let run = |route| {
        let options = Options {
            offices: vec![Office::US],
            kind: Some(patlint::report::DocumentKind::Description),
            route,
            ..Options::default()
        };
        let report = check_claims_text(&text, &options);
        let finding = report.findings.into_iter().find(|f| f.rule == "description/abstract-too-long").expect("found");
        (finding.severity, finding.citations[0].text.clone(), finding.message)
    };
    let (severity, citation, message) = run(patlint::options::Route::National);
    assert_eq!((severity, citation.as_str()), (Severity::Error, "37 CFR 1.72(b)"));
    assert!(message.contains("allows at most 150 words"), "{message}");
    let (severity, citation, message) = run(patlint::options::Route::PctNationalPhase);
    assert_eq!((severity, citation.as_str()), (Severity::Warning, "PCT Rule 8.1(b)"));
    assert!(message.contains("prefers at most 150 words"), "{message}");
}
