//! A bounded walk over XML for the specification readers (WordprocessingML parts, patent XML): start and end
//! elements by local name (namespace prefixes ignored), text with the XML entities and character references
//! resolved, element depth capped by [`Limits::xml_depth`]. The DTD is never read, so no entity is ever expanded; an
//! end tag closes the elements left open inside its element, as `claims_xml` recovers.

use crate::limits::Limits;
use crate::message::{message, Arg, Message};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What the walk reports.
pub enum Ev<'a, 'b> {
    /// An element starts (an empty element is a start followed by an end).
    Start(&'a BytesStart<'b>),
    /// The element with this local name ends.
    End(&'a [u8]),
    /// Text (or CDATA), entities resolved.
    Text(&'a str),
}

/// Walks `text`, calling `f` with each event, the local names of the open elements (the current one last) and the
/// byte offset where the event starts.
///
/// # Errors
/// When the XML is malformed or nested deeper than `limits.xml_depth`, or when `f` fails.
pub fn walk(
    text: &str,
    limits: &Limits,
    mut f: impl FnMut(Ev<'_, '_>, &[Box<[u8]>], usize) -> Result<(), Message>,
) -> Result<(), Message> {
    let mut reader = Reader::from_str(text);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.expand_empty_elements = false;
    config.allow_dangling_amp = true;
    let mut stack: Vec<Box<[u8]>> = Vec::new();
    loop {
        let at = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|error| {
            let position = usize::try_from(reader.error_position()).unwrap_or(0);
            message!("assignment-xml-line", line = line_at(text, position), error = describe(&error))
        })?;
        match event {
            Event::Start(start) | Event::Empty(start) if stack.len() >= limits.xml_depth => {
                let _ = start;
                return Err(message!(
                    "claims-xml-line-elements-nested",
                    line = line_at(text, at),
                    limit = limits.xml_depth
                ));
            }
            Event::Start(start) => {
                stack.push(start.local_name().as_ref().into());
                f(Ev::Start(&start), &stack, at)?;
            }
            Event::Empty(start) => {
                stack.push(start.local_name().as_ref().into());
                f(Ev::Start(&start), &stack, at)?;
                if let Some(name) = stack.pop() {
                    f(Ev::End(&name), &stack, at)?;
                }
            }
            Event::End(end) => {
                let local = end.local_name();
                let Some(open) = stack.iter().rposition(|name| **name == *local.as_ref()) else {
                    let name = String::from_utf8_lossy(end.name().as_ref()).into_owned();
                    return Err(message!("claims-xml-line-unexpected-end", line = line_at(text, at), name = name));
                };
                while stack.len() > open {
                    if let Some(name) = stack.pop() {
                        f(Ev::End(&name), &stack, at)?;
                    }
                }
            }
            Event::Text(t) => f(Ev::Text(&String::from_utf8_lossy(&t)), &stack, at)?,
            Event::CData(t) => f(Ev::Text(&String::from_utf8_lossy(&t)), &stack, at)?,
            Event::GeneralRef(reference) => {
                f(Ev::Text(&resolve(&String::from_utf8_lossy(&reference))), &stack, at)?;
            }
            Event::Eof => break,
            Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(message!(
            "claims-xml-line-document-ends",
            line = line_at(text, text.len()),
            name = String::from_utf8_lossy(open).into_owned()
        ));
    }
    Ok(())
}

/// What went wrong in a quick-xml error, for a message: ours for the errors of malformed XML, quick-xml's own
/// text for the others (which the readers' settings make unlikely: attributes, encodings, I/O).
#[must_use]
pub fn describe(error: &quick_xml::Error) -> Arg {
    use quick_xml::errors::{IllFormedError as Ill, SyntaxError as Syntax};
    let text = match error {
        quick_xml::Error::Syntax(syntax) => match syntax {
            Syntax::InvalidBangMarkup => message!("sax-unknown-markup-after"),
            Syntax::UnclosedPIOrXmlDecl => {
                message!("sax-processing-instruction-xml")
            }
            Syntax::UnclosedComment => message!("sax-comment-not-closed"),
            Syntax::UnclosedDoctype => message!("sax-doctype-declaration-not"),
            Syntax::UnclosedCData => message!("sax-cdata-section-not"),
            Syntax::UnclosedTag => message!("sax-document-ends-inside"),
        },
        quick_xml::Error::IllFormed(ill) => match ill {
            Ill::MissingDeclVersion(_) => message!("sax-xml-declaration-does"),
            Ill::MissingDoctypeName => message!("sax-doctype-declaration-has"),
            Ill::MissingEndTag(name) => message!("assignment-xml-document-ends-before", name = name),
            Ill::UnmatchedEndTag(name) => message!("sax-unexpected-end-tag", name = name),
            Ill::MismatchedEndTag { expected, found } => {
                message!("sax-end-tag-where", found = found, expected = expected)
            }
            Ill::DoubleHyphenInComment => message!("sax-comment-contains"),
            Ill::UnclosedReference => message!("sax-entity-character-reference"),
        },
        other => return Arg::from(other.to_string()),
    };
    Arg::from(text)
}

/// The 1-based line of byte `at`.
#[must_use]
pub fn line_at(text: &str, at: usize) -> usize {
    text.as_bytes().iter().take(at).filter(|&&b| b == b'\n').count() + 1
}

/// The value of the attribute with local name `name`, entities resolved.
#[must_use]
pub fn attr(start: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| unescape(&String::from_utf8_lossy(&a.value)))
}

/// Resolves the XML entities and character references in an attribute value; any other reference stays.
#[must_use]
pub fn unescape(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match after.find(';').filter(|&end| end <= 10) {
            Some(end) => {
                out.push_str(&resolve(&after[..end]));
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of a character or entity reference (without `&` and `;`), for every XML reader. The DTD is never read,
/// so only the XML entities and a table of common HTML/ISO names are known; any other reference stays as written.
#[must_use]
pub fn resolve(name: &str) -> String {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse().ok(),
        };
        // XML forbids C0 controls other than tab and line breaks, even as references.
        let legal = |c: &char| !c.is_ascii_control() || matches!(c, '\t' | '\n' | '\r');
        return match code.and_then(char::from_u32).filter(legal) {
            Some(c) => c.to_string(),
            None => format!("&{name};"),
        };
    }
    match entity(name) {
        Some(text) => text.to_string(),
        None => format!("&{name};"),
    }
}

/// Named entities seen in USPTO, EPO and JPO data (ISO 8879 sets as the USPTO DTDs use them, and HTML names).
fn entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "prime" => "′",
        "Prime" => "″",
        "mdash" => "—",
        "ndash" => "–",
        "minus" => "−",
        "plus" => "+",
        "equals" => "=",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "deg" => "°",
        "micro" => "µ",
        "middot" => "·",
        "bull" => "•",
        "hellip" => "…",
        "lsqb" => "[",
        "rsqb" => "]",
        "lcub" => "{",
        "rcub" => "}",
        "lpar" => "(",
        "rpar" => ")",
        "num" => "#",
        "percnt" => "%",
        "bsol" => "\\",
        "sol" => "/",
        "verbar" => "|",
        "le" => "≤",
        "ge" => "≥",
        "ne" => "≠",
        "asymp" => "≈",
        "infin" => "∞",
        "isin" => "∈",
        "int" => "∫",
        "sum" => "∑",
        "radic" => "√",
        "rarr" => "→",
        "larr" => "←",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "frac13" => "⅓",
        "frac15" => "⅕",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "sect" => "§",
        "para" => "¶",
        "yen" => "¥",
        "pound" => "£",
        "euro" => "€",
        "cent" => "¢",
        "tilde" => "˜",
        "auml" => "ä",
        "ouml" => "ö",
        "uuml" => "ü",
        "Auml" => "Ä",
        "Ouml" => "Ö",
        "Uuml" => "Ü",
        "szlig" => "ß",
        "eacute" => "é",
        "egrave" => "è",
        "agrave" => "à",
        "aring" => "å",
        "ccedil" => "ç",
        // MathML's invisible operators.
        "it" => "\u{2062}",
        "af" => "\u{2061}",
        _ => return greek(name),
    })
}

/// Greek letters by their HTML names (`alpha`, `Delta`) and ISO 8879 names (`agr`, `Dgr`, `PHgr`).
fn greek(name: &str) -> Option<&'static str> {
    const LETTERS: [(&str, &str, &str); 48] = [
        ("alpha", "agr", "α"),
        ("Alpha", "Agr", "Α"),
        ("beta", "bgr", "β"),
        ("Beta", "Bgr", "Β"),
        ("gamma", "ggr", "γ"),
        ("Gamma", "Ggr", "Γ"),
        ("delta", "dgr", "δ"),
        ("Delta", "Dgr", "Δ"),
        ("epsilon", "egr", "ε"),
        ("Epsilon", "Egr", "Ε"),
        ("zeta", "zgr", "ζ"),
        ("Zeta", "Zgr", "Ζ"),
        ("eta", "eegr", "η"),
        ("Eta", "EEgr", "Η"),
        ("theta", "thgr", "θ"),
        ("Theta", "THgr", "Θ"),
        ("iota", "igr", "ι"),
        ("Iota", "Igr", "Ι"),
        ("kappa", "kgr", "κ"),
        ("Kappa", "Kgr", "Κ"),
        ("lambda", "lgr", "λ"),
        ("Lambda", "Lgr", "Λ"),
        ("mu", "mgr", "μ"),
        ("Mu", "Mgr", "Μ"),
        ("nu", "ngr", "ν"),
        ("Nu", "Ngr", "Ν"),
        ("xi", "xgr", "ξ"),
        ("Xi", "Xgr", "Ξ"),
        ("omicron", "ogr", "ο"),
        ("Omicron", "Ogr", "Ο"),
        ("pi", "pgr", "π"),
        ("Pi", "Pgr", "Π"),
        ("rho", "rgr", "ρ"),
        ("Rho", "Rgr", "Ρ"),
        ("sigma", "sgr", "σ"),
        ("Sigma", "Sgr", "Σ"),
        ("tau", "tgr", "τ"),
        ("Tau", "Tgr", "Τ"),
        ("upsilon", "ugr", "υ"),
        ("Upsilon", "Ugr", "Υ"),
        ("phi", "phgr", "φ"),
        ("Phi", "PHgr", "Φ"),
        ("chi", "khgr", "χ"),
        ("Chi", "KHgr", "Χ"),
        ("psi", "psgr", "ψ"),
        ("Psi", "PSgr", "Ψ"),
        ("omega", "ohgr", "ω"),
        ("Omega", "OHgr", "Ω"),
    ];
    LETTERS.iter().find(|(html, iso, _)| name == *html || name == *iso).map(|(_, _, letter)| *letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Result<Vec<String>, Message> {
        let mut out = Vec::new();
        walk(xml, &Limits::default(), |ev, stack, _| {
            out.push(match ev {
                Ev::Start(s) => format!("<{}:{}", String::from_utf8_lossy(s.local_name().as_ref()), stack.len()),
                Ev::End(n) => format!(">{}", String::from_utf8_lossy(n)),
                Ev::Text(t) => t.to_string(),
            });
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn walks_with_local_names_and_entities() {
        let got = events("<w:p a='1'><w:t>A &amp; B&#x41;</w:t><w:br/></w:p>").unwrap();
        assert_eq!(got, ["<p:1", "<t:2", "A ", "&", " B", "A", ">t", "<br:2", ">br", ">p"]);
        assert!(events("<a><b></a>").is_ok(), "an end tag closes what is left open inside");
        assert!(events("<a></b>").unwrap_err().to_string().contains("unexpected end tag"));
        let deep = "<a>".repeat(1000) + &"</a>".repeat(1000);
        assert!(events(&deep).unwrap_err().to_string().contains("xml_depth"));
        let unclosed = events("<a><!-- never closed").unwrap_err();
        assert_eq!(unclosed.to_string(), "line 1: a comment is not closed (`-->` is missing)");
        assert_eq!(unescape("a&amp;b&lt;&zz;"), "a&b<&zz;");
    }
}
