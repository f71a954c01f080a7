//! Findings' messages as translatable data: an English template with named placeholders, and the values for them.
//!
//! The template is the key of the translations (messages/*.js, gettext style), so a finding can be shown in any of
//! the page's languages after it was made, and a value quoted from the document is never translated. Values that
//! are words of our own (a side of the sheet, a kind of document) are themselves messages, translated in turn;
//! lists are joined with each language's words for "and" and "or".
//!
//! ```
//! use patlint::message::{message, List};
//! let text = message!("Claim {claim} refers to claims {targets}.", claim = 4, targets = List::and([1, 2, 3]));
//! assert_eq!(text.to_string(), "Claim 4 refers to claims 1, 2 and 3.");
//! assert_eq!(text.template(), "Claim {claim} refers to claims {targets}.");
//! ```

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
use std::fmt;

/// A message: an English template with `{name}` placeholders, and a value for each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    template: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value put into a message's placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is in every language: a number, a code, words quoted from the document.
    Text(String),
    /// Words of our own, translated like any message (a term such as "left", or a clause).
    Message(Message),
    /// Items joined with the language's list words.
    List(List),
}

/// Items shown as a list: "1, 2 and 3" or "1, 2 or 3".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    items: Vec<Arg>,
    join: Join,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Join {
    And,
    Or,
}

/// Makes a [`Message`] from a template literal and its named values: `message!("Claim {claim} …", claim = n)`.
///
/// The template is checked at compile time against the values as `format!` would check it (every placeholder has
/// a value, every value a placeholder); values are anything [`Arg`] converts from and that displays in English.
/// Templates are literals so that the translation catalogue test can find them in the source; placeholders are
/// plain names, without format specifications (format numbers before, e.g. with [`decimal`]).
#[macro_export]
macro_rules! message {
    ($template:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        if false {
            // Never runs: makes the compiler check the template against the values.
            let _ = format!($template $(, $name = &$value)*);
        }
        $crate::message::Message::new($template, [$((stringify!($name), $crate::message::Arg::from($value))),*])
    }};
}
pub use message;

impl Message {
    /// A message from its parts; use [`message!`], which checks the template against the values.
    #[must_use]
    #[inline(never)]
    pub fn new<const N: usize>(template: &'static str, args: [(&'static str, Arg); N]) -> Self {
        Message { template, args: args.into() }
    }

    /// A message without placeholders, usually a term kept in a table: `Message::term("left")`. Write the text as
    /// a literal inside the call, or in a table of `Message::term` calls, so the catalogue test finds it.
    #[must_use]
    pub const fn term(text: &'static str) -> Self {
        Message { template: text, args: Vec::new() }
    }

    /// The English template: the key of the translations.
    #[must_use]
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// Every template in this message and in the messages among its values.
    pub fn templates(&self) -> Vec<&'static str> {
        let mut out = vec![self.template()];
        for (_, arg) in &self.args {
            arg.collect_templates(&mut out);
        }
        out
    }
}

impl Arg {
    fn collect_templates(&self, out: &mut Vec<&'static str>) {
        match self {
            Arg::Text(_) => {}
            Arg::Message(message) => out.extend(message.templates()),
            Arg::List(list) => list.items.iter().for_each(|item| item.collect_templates(out)),
        }
    }
}

impl List {
    /// "1, 2 and 3".
    pub fn and<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Self {
        List { items: items.into_iter().map(Into::into).collect(), join: Join::And }
    }

    /// "1, 2 or 3".
    pub fn or<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Self {
        List { items: items.into_iter().map(Into::into).collect(), join: Join::Or }
    }
}

/// Words quoted from the document, in the quotation marks of the reader's language (“…”, 「…」).
#[must_use]
pub fn quoted(text: &str) -> Message {
    message!("\"{text}\"", text = text)
}

/// A number with `places` decimals, as messages show measurements: `decimal(2.345, 1)` is "2.3".
#[must_use]
pub fn decimal(value: f64, places: usize) -> String {
    format!("{value:.places$}")
}

/// What showing messages in a language takes: a translation for each template it has one for (English for the
/// others), and the words it joins list items with.
pub struct Translations<'a> {
    /// The translation of an English template, with the same placeholders; `None` keeps the English.
    pub translate: &'a dyn Fn(&'static str) -> Option<&'a str>,
    /// Between items, and before the last one of an "and" and an "or" list.
    pub separator: &'a str,
    pub and: &'a str,
    pub or: &'a str,
}

/// English: the templates as written.
pub const ENGLISH: Translations<'static> =
    Translations { translate: &|_| None, separator: ", ", and: " and ", or: " or " };

impl Message {
    /// The message in `language`: this template and those among its values translated where the language has
    /// them; values quoted from the document as they are.
    #[must_use]
    pub fn in_language(&self, translations: &Translations) -> String {
        let mut out = String::new();
        let _ = self.write(&mut out, translations);
        out
    }

    /// Templates hold no braces but their placeholders' (tests/messages/ rejects others, `{{` too), so a brace
    /// without its pair is text.
    fn write(&self, f: &mut impl fmt::Write, language: &Translations) -> fmt::Result {
        let mut rest = (language.translate)(self.template).unwrap_or(self.template);
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|close| open + close) else { break };
            f.write_str(&rest[..open])?;
            let name = &rest[open + 1..close];
            match self.args.iter().find(|(n, _)| *n == name) {
                Some((_, arg)) => arg.write(f, language)?,
                None => {
                    // The macro makes this impossible for literal templates; keep the placeholder visible.
                    debug_assert!(false, "message {:?} has no value for {{{name}}}", self.template);
                    f.write_str(&rest[open..=close])?;
                }
            }
            rest = &rest[close + 1..];
        }
        f.write_str(rest)
    }
}

impl Arg {
    fn write(&self, f: &mut impl fmt::Write, language: &Translations) -> fmt::Result {
        match self {
            Arg::Text(text) => f.write_str(text),
            Arg::Message(message) => message.write(f, language),
            Arg::List(list) => list.write(f, language),
        }
    }
}

impl List {
    fn write(&self, f: &mut impl fmt::Write, language: &Translations) -> fmt::Result {
        let last = self.items.len().saturating_sub(1);
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                f.write_str(match (i == last, self.join) {
                    (false, _) => language.separator,
                    (true, Join::And) => language.and,
                    (true, Join::Or) => language.or,
                })?;
            }
            item.write(f, language)?;
        }
        Ok(())
    }
}

/// The English text.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &ENGLISH)
    }
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &ENGLISH)
    }
}

impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &ENGLISH)
    }
}

// Making a message is never inlined, and `message!` hands its values over as an array, not a `Vec` it allocates
// itself: it runs once per finding, and inlined into each of the hundreds of `message!` calls it cost 15 KB gzip of
// the core Wasm module (measured).

impl From<String> for Arg {
    #[inline(never)]
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    #[inline(never)]
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}

impl From<&Message> for Arg {
    fn from(message: &Message) -> Self {
        Arg::Message(message.clone())
    }
}

impl From<List> for Arg {
    fn from(list: List) -> Self {
        Arg::List(list)
    }
}

macro_rules! numbers_are_text {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[inline(never)]
            fn from(n: $t) -> Self {
                Arg::Text(n.to_string())
            }
        }
        impl From<&$t> for Arg {
            #[inline(never)]
            fn from(n: &$t) -> Self {
                Arg::Text(n.to_string())
            }
        }
    )*};
}
numbers_are_text!(u8, u16, u32, u64, usize, i32, i64);

/// `{"template": "Claim {claim} …", "args": {"claim": "4"}}`.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Message", 2)?;
        out.serialize_field("template", &self.template)?;
        out.serialize_field("args", &Args(&self.args))?;
        out.end()
    }
}

/// The values as a JSON object, by placeholder name.
struct Args<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, arg) in self.0 {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}

/// A text as a string, a message as `{template, args}`, a list as `{list: [...], join: "and" | "or"}`.
impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) => serializer.serialize_str(text),
            Arg::Message(message) => message.serialize(serializer),
            Arg::List(list) => {
                let mut out = serializer.serialize_struct("List", 2)?;
                out.serialize_field("list", &list.items)?;
                out.serialize_field("join", &list.join)?;
                out.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_english_with_values_terms_and_lists() {
        let side = Message::term("left");
        let text = message!(
            "The {side} margin of sheets {sheets} is {mm} mm.",
            side = side,
            sheets = List::and([2, 3, 5]),
            mm = decimal(12.345, 1)
        );
        assert_eq!(text.to_string(), "The left margin of sheets 2, 3 and 5 is 12.3 mm.");
        assert_eq!(List::or(["A"]).to_string(), "A");
        assert_eq!(List::or(["A", "B"]).to_string(), "A or B");
        assert_eq!(text.templates(), ["The {side} margin of sheets {sheets} is {mm} mm.", "left"]);
    }

    #[test]
    fn serializes_template_and_values() {
        let text = message!(
            "Claim {claim} cites {targets}.",
            claim = 4u32,
            targets = List::or([Arg::from(1u32), Message::term("itself").into()])
        );
        let json = serde_json::to_value(&text).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "template": "Claim {claim} cites {targets}.",
                "args": {
                    "claim": "4",
                    "targets": { "list": ["1", { "template": "itself", "args": {} }], "join": "or" }
                }
            })
        );
    }

    #[test]
    fn a_brace_without_its_pair_is_text() {
        assert_eq!(Message::term("a { b").to_string(), "a { b");
        assert_eq!(Message::term("a } b").to_string(), "a } b");
    }

    #[test]
    fn text_from_the_document_is_not_a_template() {
        // Braces in a quoted value are shown as they are, not read as placeholders.
        let text = message!("The title contains {quote}.", quote = "{x}");
        assert_eq!(text.to_string(), "The title contains {x}.");
    }
}
