use super::at_text;
use crate::analysis::sheet_text;
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::model::drawings::Drawings;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};

declare_rule! {
    /// ## What it checks
    /// Scales stated in words in the text layer of drawings: "actual size", "full size", "natural size", "scale 1:2",
    /// "scale ½", "M 1:10", "Maßstab 1:5", "échelle 1/2", "grandeur nature", "縮尺", "比例 1:2", "축척". A graphic scale
    /// (a scale bar) is allowed and not looked for; "not to scale" is no scale and is not reported.
    ///
    /// ## Why it matters
    /// Drawings are reduced and enlarged when they are printed and published, so a stated scale or "actual size"
    /// becomes false; the offices do not permit it (the EPO and PCT allow a scale only drawn as a graphic scale).
    ///
    /// ## Legal basis
    /// 37 CFR 1.84(k) (US, grade C); Decision of the President of the EPO of 25 Nov 2022,
    /// OJ EPO 2022, A113, Art. 1(2)(c) (EP); PCT Rule 11.13(c) (WO, unconfirmed wording: a warning). A warning at every
    /// office.
    pub static RULE = Rule {
        id: "drawings/scale-indication",
        summary: "the drawings state a scale in words",
        offices: &[
            policy(US, Warning, Citation::new(Cfr37, "1.84(k)"), Grade::C),
            policy(EP, Warning, Citation::new(OfficePractice, "OJ EPO 2022, A113, Art. 1(2)(c)"), Grade::A),
            policy(WO, Warning, Citation::new(PctRule, "11.13(c)"), Grade::Unconfirmed),
        ],
        examples: Examples {
            fires: &[
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 60 230 4 \"SCALE 1:2\"",
                "pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 60 230 4 \"ACTUAL SIZE\"",
            ],
            silent: &["pdf A4\ntext 100 32 4 \"1/1\"\nline 60 60 150 200\ntext 60 230 4 \"NOT TO SCALE\""],
        },
        check: Check::Drawings(check),
    };
}

/// Phrases that state a scale, lower case.
const PHRASES: &[&str] = &[
    "actual size", "full size", "natural size", "true size", "grandeur nature", "natürliche größe", "naturgröße",
    "maßstab", "massstab", "縮尺", "原寸", "축척", "실척",
];

/// Words that state a scale when a number or fraction follows.
const SCALE_WORDS: &[&str] = &["scale", "échelle", "echelle", "比例", "m"];

/// The scale a text states, as written, if any.
fn scale(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if PHRASES.iter().any(|p| lower.contains(p)) {
        return Some(text.trim().to_string());
    }
    let chars: Vec<char> = lower.chars().collect();
    for word in SCALE_WORDS {
        let w: Vec<char> = word.chars().collect();
        for start in 0..chars.len().saturating_sub(w.len() - 1) {
            if chars[start..start + w.len()] != w[..] {
                continue;
            }
            let before = start.checked_sub(1).map(|i| chars[i]);
            if before.is_some_and(char::is_alphanumeric) && w[0].is_ascii_alphabetic() {
                continue;
            }
            let rest: String = chars[start + w.len()..].iter().collect();
            let rest = rest.trim_start_matches([' ', ':', '=', '\u{3000}']);
            let fraction = rest.starts_with(['½', '⅓', '¼', '⅕', '⅒']);
            let ratio = {
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let after = rest[digits..].trim_start();
                digits > 0 && (after.starts_with(':') || after.starts_with('/'))
            };
            // "M" only as "M 1:10", with a ratio.
            if (ratio || (fraction && *word != "m")) && (*word != "m" || rest.len() < chars.len()) {
                return Some(text.trim().to_string());
            }
        }
    }
    None
}

fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        let Some(runs) = sheet.texts.as_ref() else { continue };
        for piece in sheet_text::join(runs) {
            let Some(found) = scale(&piece.text) else { continue };
            out.report(
                &RULE,
                at_text(sheet, &piece),
                message!("scale-indication", sheet = sheet.number, scale = found),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scale;

    #[test]
    fn scales() {
        for text in
            ["SCALE 1:2", "Scale: 1/2", "scale ½", "M 1:10", "M1:5", "Maßstab 1:5", "ACTUAL SIZE", "比例1:2", "縮尺"]
        {
            assert!(scale(text).is_some(), "{text}");
        }
        for text in ["NOT TO SCALE", "12", "FIG. 1", "MOTOR 1:2", "water", "1:2", "scaled"] {
            assert!(scale(text).is_none(), "{text}");
        }
    }
}
