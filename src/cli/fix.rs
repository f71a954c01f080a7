//! `patlint fix`: applies the fixes findings carry (claims in plain text) to a file, checking it again after each
//! pass until no fix is left or [`MAX_PASSES`] is reached, as `ruff check --fix` does.

use patlint::report::{apply_fixes, Fix};
use patlint::{check, InputFile, Options};

/// Passes at most. A pass applies the fixes that do not overlap; the next check finds the ones left out and what the
/// applied ones uncover.
pub const MAX_PASSES: usize = 10;

/// What fixing one text did.
pub struct Outcome {
    pub text: String,
    /// What each fix applied did, in the order applied.
    pub applied: Vec<String>,
    /// The unsafe fixes still proposed (none with `unsafe_fixes`).
    pub unsafe_left: Vec<String>,
    /// Whether fixes were still proposed after the last pass.
    pub unfinished: bool,
}

/// Fixes `text`, the file `name`, with the fixes its findings carry: the safe ones, and with `unsafe_fixes` the
/// others too.
pub fn fix_text(name: &str, text: &str, options: &Options, unsafe_fixes: bool) -> Outcome {
    let mut outcome =
        Outcome { text: text.to_string(), applied: Vec::new(), unsafe_left: Vec::new(), unfinished: false };
    for pass in 0..=MAX_PASSES {
        let report = check(&[InputFile { name: name.into(), bytes: outcome.text.clone().into_bytes() }], options);
        let (wanted, left): (Vec<&Fix>, Vec<&Fix>) =
            report.findings.iter().filter_map(|f| f.fix.as_ref()).partition(|fix| fix.safe || unsafe_fixes);
        outcome.unsafe_left = descriptions(&left);
        if wanted.is_empty() {
            break;
        }
        if pass == MAX_PASSES {
            outcome.unfinished = true;
            break;
        }
        let result = apply_fixes(&outcome.text, &wanted);
        if result.text == outcome.text {
            break;
        }
        let applied: Vec<&Fix> = result.applied.iter().map(|&i| wanted[i]).collect();
        outcome.applied.extend(descriptions(&applied));
        outcome.text = result.text;
    }
    outcome
}

/// The descriptions of `fixes`, each once (the findings of one place at several severities carry the same fix).
fn descriptions(fixes: &[&Fix]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for fix in fixes {
        if !seen.contains(&fix.description) {
            seen.push(fix.description.clone());
        }
    }
    seen
}

/// A unified diff of `old` and `new`, the file `path` before and after fixing, with three lines of context. Lines
/// changed in place (as fixes change them) are compared line by line; where the number of lines changed, the lines
/// between the first and the last change are one change.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a_middle, b_middle) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    // The edit script: each line kept (' '), removed ('-') or added ('+').
    let mut ops: Vec<(char, &str)> = a[..prefix].iter().map(|line| (' ', *line)).collect();
    if a_middle.len() == b_middle.len() {
        let mut k = 0;
        while k < a_middle.len() {
            if a_middle[k] == b_middle[k] {
                ops.push((' ', a_middle[k]));
                k += 1;
                continue;
            }
            let end = (k..a_middle.len()).find(|&j| a_middle[j] == b_middle[j]).unwrap_or(a_middle.len());
            ops.extend(a_middle[k..end].iter().map(|line| ('-', *line)));
            ops.extend(b_middle[k..end].iter().map(|line| ('+', *line)));
            k = end;
        }
    } else {
        ops.extend(a_middle.iter().map(|line| ('-', *line)));
        ops.extend(b_middle.iter().map(|line| ('+', *line)));
    }
    ops.extend(a[a.len() - suffix..].iter().map(|line| (' ', *line)));

    let changed: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].0 != ' ').collect();
    if changed.is_empty() {
        return String::new();
    }
    let mut out = format!("--- {path}\n+++ {path}\n");
    // Hunks: runs of changes less than seven lines apart, with three lines of context around them.
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &i in &changed {
        let (lo, hi) = (i.saturating_sub(3), (i + 4).min(ops.len()));
        match hunks.last_mut() {
            Some(last) if lo <= last.1 => last.1 = hi,
            _ => hunks.push((lo, hi)),
        }
    }
    for (lo, hi) in hunks {
        let old_start = ops[..lo].iter().filter(|(op, _)| *op != '+').count();
        let new_start = ops[..lo].iter().filter(|(op, _)| *op != '-').count();
        let old_len = ops[lo..hi].iter().filter(|(op, _)| *op != '+').count();
        let new_len = ops[lo..hi].iter().filter(|(op, _)| *op != '-').count();
        let start = |at: usize, len: usize| if len == 0 { at } else { at + 1 };
        out.push_str(&format!(
            "@@ -{},{old_len} +{},{new_len} @@\n",
            start(old_start, old_len),
            start(new_start, new_len)
        ));
        for (op, line) in &ops[lo..hi] {
            out.push(*op);
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixes_pass_after_pass_until_none_is_left() {
        let text = "1. A lever\n3. The lever of claim 1\n4. The lever of claim 3, being red.\n";
        let outcome = fix_text("claims.txt", text, &Options::default(), false);
        assert_eq!(outcome.text, "1. A lever.\n2. The lever of claim 1.\n3. The lever of claim 2, being red.\n");
        assert_eq!(
            outcome.applied,
            [
                "Add the final period to claim 1",
                "Add the final period to claim 3",
                "Renumber claims as 1 to 3, with their references"
            ]
        );
        assert!(outcome.unsafe_left.is_empty() && !outcome.unfinished);
    }

    #[test]
    fn unsafe_fixes_wait_for_their_flag() {
        let text = "1. A lever.\n2. The lever of claim 1.\n2. The lever of claim 2.\n";
        let safe_only = fix_text("claims.txt", text, &Options::default(), false);
        assert_eq!(safe_only.text, text);
        assert_eq!(safe_only.unsafe_left, ["Renumber claims as 1 to 3, with their references"]);
        let all = fix_text("claims.txt", text, &Options::default(), true);
        assert_eq!(all.text, "1. A lever.\n2. The lever of claim 1.\n3. The lever of claim 2.\n");
    }

    #[test]
    fn diffs_in_hunks_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl";
        let new = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl.";
        assert_eq!(
            unified_diff("x.txt", old, new),
            "--- x.txt\n+++ x.txt\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n\\ No newline at end of file\n+l.\n\\ No newline at end of file\n"
        );
        assert_eq!(unified_diff("x.txt", "a\nb\n", "a\nb\nc\n"), "--- x.txt\n+++ x.txt\n@@ -1,2 +1,3 @@\n a\n b\n+c\n");
        assert_eq!(unified_diff("x.txt", "same\n", "same\n"), "");
    }
}
