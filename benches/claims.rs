//! Claims benchmarks: parse and check claim sets of 100 and 500 claims with realistic dependency shapes.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use patlint::{check_claims_text, Options};
use std::hint::black_box;

/// A claim set shaped like real ones: groups of an independent claim followed by dependents referring to it or
/// to the previous claim, with a multiple dependent claim now and then.
fn claim_set(n: u32) -> String {
    let mut text = String::from("What is claimed is:\n");
    let mut group_start = 1;
    for number in 1..=n {
        let body = match number % 25 {
            1 => {
                group_start = number;
                "A fluid control apparatus comprising a housing, a valve member movable within the housing, an actuator coupled to the valve member, and a controller configured to operate the actuator in response to a sensed pressure.".to_string()
            }
            7 | 14 => format!(
                "The apparatus according to any one of claims {group_start} to {}, wherein the housing comprises a first port and a second port.",
                number - 1
            ),
            _ if number % 3 == 0 => format!("The apparatus of claim {group_start}, wherein the valve member has a sealing surface."),
            _ => format!("The apparatus of claim {}, wherein the controller comprises a processor and a memory.", number - 1),
        };
        text.push_str(&format!("{number}. {body}\n"));
    }
    text
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("claims");
    for n in [100, 500] {
        let text = claim_set(n);
        let options = Options::default();
        group.bench_with_input(BenchmarkId::new("check", n), &text, |b, text| {
            b.iter(|| check_claims_text(black_box(text), &options));
        });
        group.bench_with_input(BenchmarkId::new("parse", n), &text, |b, text| {
            b.iter(|| {
                let raw = patlint::parse::claims_text::split(black_box(text), &options.limits).unwrap_or_default();
                patlint::parse::build_claim_set(raw, &options.limits)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
