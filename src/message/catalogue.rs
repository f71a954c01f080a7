//! Messages as text, natively: the catalogue of each language (messages/*.ftl, built in) rendered with
//! `fluent-bundle`. The Wasm modules leave this to JavaScript (messages/index.js, with `@fluent/bundle`).

use super::{Arg, Join, List, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::OnceLock;

/// The languages messages are written in, with their catalogues; English first, the others' fallback.
pub const LANGUAGES: [(&str, &str); 4] = [
    ("en", include_str!("../../messages/en.ftl")),
    ("ja", include_str!("../../messages/ja.ftl")),
    ("ko", include_str!("../../messages/ko.ftl")),
    ("zh", include_str!("../../messages/zh.ftl")),
];

/// One language's messages.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// English, for an id this language lacks (none do: tests/messages/ keeps every catalogue complete).
    fallback: Option<&'static Catalogue>,
}

impl Catalogue {
    /// The English messages.
    #[must_use]
    pub fn english() -> &'static Catalogue {
        Catalogue::load(0)
    }

    /// The messages of `code` (`en`, `ja`, `ko` or `zh`).
    #[must_use]
    pub fn get(code: &str) -> Option<&'static Catalogue> {
        LANGUAGES.iter().position(|(c, _)| *c == code).map(Catalogue::load)
    }

    /// The catalogue of `LANGUAGES[index]`, parsed the first time it is asked for.
    fn load(index: usize) -> &'static Catalogue {
        static LOADED: [OnceLock<Catalogue>; LANGUAGES.len()] = [const { OnceLock::new() }; LANGUAGES.len()];
        LOADED[index].get_or_init(|| {
            let (code, source) = LANGUAGES[index];
            // A syntax error would leave messages out: tests/messages/ parses every catalogue without one.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            // The codes are well-formed tags (the tests read every language); a malformed one would be `und`.
            let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
            // Values are shown as they are: no Unicode isolation marks around them.
            bundle.set_use_isolating(false);
            let _ = bundle.add_resource(resource);
            let fallback = (index != 0).then(Catalogue::english);
            Catalogue { bundle, fallback }
        })
    }

    /// Whether this language has a message `id`.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// `message` in this language, its values quoted from the document as they are.
    #[must_use]
    pub fn format(&self, message: &Message) -> String {
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, arg) in &message.args {
            let value = match arg {
                // A count in digits is a number, which plural variants choose by (as messages/index.js reads it).
                Arg::Text(text) if *name == "count" && !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => {
                    FluentValue::try_number(text.as_str())
                }
                arg => FluentValue::from(self.format_arg(arg)),
            };
            args.set(*name, value);
        }
        self.text(message.id, Some(&args))
    }

    fn format_arg(&self, arg: &Arg) -> String {
        match arg {
            Arg::Text(text) => text.clone(),
            Arg::Message(message) => self.format(message),
            Arg::List(list) => self.list(list),
        }
    }

    /// "1, 2 and 3" in this language's words.
    #[must_use]
    pub fn list(&self, list: &List) -> String {
        let last = list.items.len().saturating_sub(1);
        let mut out = String::new();
        for (i, item) in list.items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.text(
                    match (i == last, list.join) {
                        (false, _) => "list-separator",
                        (true, Join::And) => "list-and",
                        (true, Join::Or) => "list-or",
                    },
                    None,
                ));
            }
            out.push_str(&self.format_arg(item));
        }
        out
    }

    fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return match self.fallback {
                Some(english) => english.text(id, args),
                None => {
                    // An id the catalogue lacks (tests/messages/ and tests/registry.rs rule it out): shown as the id.
                    debug_assert!(false, "messages/en.ftl has no message {id}");
                    id.to_string()
                }
            };
        };
        let mut errors = Vec::new();
        let text: Cow<str> = self.bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::Catalogue;
    use crate::message::{message, List, Message};

    #[test]
    fn every_catalogue_reads_without_errors() {
        for (code, source) in super::LANGUAGES {
            let parsed = fluent_bundle::FluentResource::try_new(source.to_string());
            assert!(parsed.is_ok(), "messages/{code}.ftl: {:?}", parsed.err().map(|(_, errors)| errors));
        }
    }

    #[test]
    fn values_terms_lists_and_plurals() {
        let one = message!("dependency-on-cancelled-claim", claim = 4, count = 1usize, targets = List::and([2]));
        let many = message!("dependency-on-cancelled-claim", claim = 4, count = 3usize, targets = List::and([1, 2, 3]));
        let english = Catalogue::english();
        assert_eq!(
            english.format(&one),
            "Claim 4 refers to claim 2, which the listing marks as cancelled or not entered."
        );
        assert_eq!(
            english.format(&many),
            "Claim 4 refers to claims 1, 2 and 3, which the listing marks as cancelled or not entered."
        );
        let japanese = Catalogue::get("ja").unwrap();
        assert!(japanese.format(&many).contains("1、2及び3"), "{}", japanese.format(&many));
        assert_eq!(english.format(&Message::term("office-epo")), "the EPO");
        assert_eq!(japanese.format(&Message::term("office-jpo")), "特許庁");
        assert_eq!(List::or(["A"]).items().len(), 1);
    }

    #[test]
    fn text_from_the_document_is_shown_as_it_is() {
        // Braces and Fluent syntax in a quoted value are text.
        let text = crate::message::quoted("{ $x } [one] *");
        assert_eq!(Catalogue::english().format(&text), "\"{ $x } [one] *\"");
    }
}
