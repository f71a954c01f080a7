//! The layers point only down: bytes → parse → model → analysis → rules → report → render. The model, the readers
//! and the analysis know nothing of the rules, the report or the filing above them; this test fails when a file
//! there names one of those modules.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("list a source folder") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn lower_layers_do_not_name_upper_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offences = Vec::new();
    for layer in ["model", "parse", "analysis"] {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} holds no Rust file");
        for file in files {
            let text = fs::read_to_string(&file).expect("read a source file");
            for (number, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                // `crate::report::X`, and `crate::{report, …}` too.
                let grouped =
                    code.split("crate::{").skip(1).flat_map(|g| g.split('}').next()).collect::<Vec<_>>().join(",");
                for upper in ["rules", "report", "filing", "render", "wasm"] {
                    let named = grouped.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == upper);
                    if code.contains(&format!("crate::{upper}")) || named {
                        offences.push(format!(
                            "{}:{}: crate::{upper}",
                            file.strip_prefix(&src).unwrap_or(&file).display(),
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(offences.is_empty(), "a lower layer names an upper one:\n{}", offences.join("\n"));
}
