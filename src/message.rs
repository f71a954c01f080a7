//! Findings' messages as data: a message's id in the catalogue of messages, and the values for its placeholders.
//!
//! The catalogue is messages/*.ftl (Project Fluent), one file per language: en.ftl holds the English text of every
//! id, ja.ftl, ko.ftl and zh.ftl translate it. A finding keeps its message as data, so it can be shown in any
//! language after it was made, and a value quoted from the document is never translated. Values that are words of
//! our own (a side of the sheet, a kind of document) are themselves messages, shown in the reader's language in
//! turn; lists are joined with each language's words for "and" and "or" (`list-*` in the catalogue).
//!
//! Text is made where it is shown: by [`catalogue`] with `fluent-bundle` natively (the command line, the tests),
//! and by messages/index.js with `@fluent/bundle` in JavaScript. The Wasm modules carry ids only, which keeps the
//! English text out of them.
//!
//! ```
//! use patlint::message::{message, List};
//! let text = message!("dependency-on-cancelled-claim", claim = 4, targets = List::and([1, 2, 3]), count = 3);
//! assert_eq!(text.to_string(), "Claim 4 refers to claims 1, 2 and 3, which the listing marks as cancelled or not entered.");
//! assert_eq!(text.id(), "dependency-on-cancelled-claim");
//! ```

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};
// Built for Wasm too (the command line and the tests compile there under `wasm-pack test`), but no export of the
// Wasm modules reaches it, so it is not in them: they carry no text of messages (`english`).
pub mod catalogue;

/// A message: its id in the catalogue (messages/en.ftl), and a value for each of its placeholders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
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

/// Makes a [`Message`] from its id in the catalogue and its named values: `message!("number-duplicated", number =
/// n)`.
///
/// Values are anything [`Arg`] converts from; format numbers before (e.g. with [`decimal`]). A value named `count`
/// is a number, which the catalogue may choose words by (`{ $count -> [one] claim *[other] claims }`). Ids are
/// literals, so that tests/messages/ finds them in the source and checks each call's names against the
/// placeholders of the English text and of every translation.
#[macro_export]
macro_rules! message {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id, [$((stringify!($name), $crate::message::Arg::from($value))),*])
    };
}
pub use message;

impl Message {
    /// A message from its parts; use [`message!`].
    #[must_use]
    #[inline(never)]
    pub fn new<const N: usize>(id: &'static str, args: [(&'static str, Arg); N]) -> Self {
        Message { id, args: args.into() }
    }

    /// A message without placeholders, usually a term kept in a table: `Message::term("office-epo")`. Write the id
    /// as a literal inside the call, or in a table of `Message::term` calls, so the catalogue test finds it.
    #[must_use]
    pub const fn term(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    /// The id in the catalogue.
    #[must_use]
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The values, by placeholder name.
    #[must_use]
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// Every id in this message and in the messages among its values.
    pub fn ids(&self) -> Vec<&'static str> {
        let mut out = vec![self.id];
        for (_, arg) in &self.args {
            arg.collect_ids(&mut out);
        }
        out
    }
}

impl Arg {
    fn collect_ids(&self, out: &mut Vec<&'static str>) {
        match self {
            Arg::Text(_) => {}
            Arg::Message(message) => out.extend(message.ids()),
            Arg::List(list) => list.items.iter().for_each(|item| item.collect_ids(out)),
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

    /// The items.
    #[must_use]
    pub fn items(&self) -> &[Arg] {
        &self.items
    }

    /// Whether the last two are joined with "and" or with "or".
    #[must_use]
    pub fn join(&self) -> Join {
        self.join
    }
}

/// Words quoted from the document, in the quotation marks of the reader's language (“…”, 「…」).
#[must_use]
pub fn quoted(text: &str) -> Message {
    message!("quoted", text = text)
}

/// A number with `places` decimals, as messages show measurements: `decimal(2.345, 1)` is "2.3".
#[must_use]
pub fn decimal(value: f64, places: usize) -> String {
    format!("{value:.places$}")
}

/// The English text a finding carries: from the catalogue natively; empty in the Wasm modules, which leave the
/// text to JavaScript (messages/index.js writes it into the report), so that the English text stays out of them.
#[must_use]
pub fn english(message: &Message) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return message.to_string();
    #[cfg(target_arch = "wasm32")]
    {
        let _ = message;
        String::new()
    }
}

/// The English text, natively (the Wasm modules use [`english`], which leaves the text to JavaScript: making it
/// here would put the catalogue into them).
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&catalogue::Catalogue::english().format(self))
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

/// `{"id": "number-duplicated", "args": {"number": "4"}}`.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Message", 2)?;
        out.serialize_field("id", &self.id)?;
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

/// A text as a string, a message as `{id, args}`, a list as `{list: [...], join: "and" | "or"}`.
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
    fn serializes_id_and_values() {
        let text = message!(
            "dependency-on-cancelled-claim",
            claim = 4u32,
            targets = List::or([Arg::from(1u32), Message::term("description-technical-field").into()]),
            count = 2usize
        );
        let json = serde_json::to_value(&text).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "id": "dependency-on-cancelled-claim",
                "args": {
                    "claim": "4",
                    "targets": { "list": ["1", { "id": "description-technical-field", "args": {} }], "join": "or" },
                    "count": "2"
                }
            })
        );
        assert_eq!(text.ids(), ["dependency-on-cancelled-claim", "description-technical-field"]);
    }
}
