//! Assignment records from the USPTO assignment search API: a Solr `<response>` whose `<result>` holds one `<doc>`
//! per recorded assignment, each a list of named values (`<str name="reelNo">`, `<arr name="patAssignorName">`).
//! Each `<doc>` becomes one [`AssignmentRecord`]:
//!
//! - `conveyanceText` → the conveyance; `reelNo`, `frameNo`, `recordedDate` → where it is recorded (USPTO);
//! - `patAssignorName[i]` with `patAssignorExDate[i]` → assignors (the API gives no assignor address);
//! - `patAssigneeName[i]` with `patAssigneeAddress1/2`, `City`, `State`, `Postcode`, `CountryName` → assignees (the
//!   country is the US when the API gives a state and no country);
//! - per property `i`: `applNum[i]` (application, with `filingDate[i]`), `patNum[i]` (patent), `publNum[i]`
//!   (publication), `pctNum[i]` (PCT application) → one property each, all US except the PCT number;
//! - `corrName`, `corrAddress1..3` → the correspondent.
//!
//! `NULL` and the date `0001-01-01` mean "none". Whether the parties signed is not in the data (left unknown). One
//! pass with quick-xml; depth is bounded by [`Limits`], no DTD is read, nothing panics on any input.

use super::sax::{describe, resolve};
use crate::limits::Limits;
use crate::message::{message, Message};
use crate::model::assignment::{
    AssignmentRecord, Conveyance, Correspondent, Party, PartyKind, Property, RecordDate, Recordation,
};
use crate::numbers::NumberKind;
use crate::office::Office;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::BTreeMap;

/// One `<doc>`: each name with its values (one for `<str>`, several for `<arr>`).
type Fields = BTreeMap<String, Vec<String>>;

/// Reads every `<doc>` of a USPTO assignment response.
///
/// # Errors
/// When the XML is malformed, too deep or not UTF-8.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Vec<AssignmentRecord>, Message> {
    let decoded = super::text::decode(bytes);
    if decoded.replaced > 0 {
        return Err(message!("assignment-xml-file-not-valid"));
    }
    let docs = docs(&decoded.text, limits)?;
    let several = docs.len() > 1;
    Ok(docs.iter().enumerate().map(|(i, fields)| record(fields, several.then_some(i))).collect())
}

/// The `name` attribute of an element.
fn name_of(start: &BytesStart<'_>) -> Option<String> {
    start
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == b"name")
        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
}

fn docs(text: &str, limits: &Limits) -> Result<Vec<Fields>, Message> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().allow_dangling_amp = true;
    let mut docs = Vec::new();
    // Open elements' local names.
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut doc: Option<Fields> = None;
    // The field being read: its name and whether it is an `<arr>`.
    let mut field: Option<String> = None;
    let mut value = String::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            let line =
                text.get(..usize::try_from(reader.error_position()).unwrap_or(0)).map_or(1, |t| t.lines().count());
            message!("assignment-xml-line", line = line, error = describe(&e))
        })?;
        match event {
            Event::Start(start) => {
                let local = start.local_name().as_ref().to_vec();
                if stack.len() >= limits.xml_depth {
                    return Err(message!("assignment-xml-nests-deeper-than", limit = limits.xml_depth));
                }
                let parent = stack.last().map(Vec::as_slice);
                match (parent, local.as_slice()) {
                    (Some(b"result"), b"doc") => doc = Some(Fields::new()),
                    (Some(b"doc"), _) if doc.is_some() => {
                        field = name_of(&start);
                        value.clear();
                    }
                    _ => {}
                }
                stack.push(local);
            }
            Event::Empty(_) => {}
            Event::End(_) => {
                let Some(local) = stack.pop() else { return Err(message!("assignment-xml-end-tag-closes")) };
                let parent = stack.last().map(Vec::as_slice);
                match (parent, local.as_slice()) {
                    (Some(b"result"), b"doc") => docs.extend(doc.take()),
                    // A value of an `<arr>`: `<doc><arr name="x"><str>value</str></arr></doc>`.
                    (Some(b"arr"), _) if stack.len() >= 2 && stack[stack.len() - 2] == b"doc" => {
                        if let (Some(fields), Some(name)) = (doc.as_mut(), field.as_ref()) {
                            fields.entry(name.clone()).or_default().push(value.trim().to_string());
                        }
                        value.clear();
                    }
                    (Some(b"doc"), b"arr") => {
                        field = None;
                    }
                    (Some(b"doc"), _) => {
                        if let (Some(fields), Some(name)) = (doc.as_mut(), field.take()) {
                            fields.entry(name).or_default().push(value.trim().to_string());
                        }
                        value.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                if field.is_some() {
                    value.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::CData(t) => {
                if field.is_some() {
                    value.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if field.is_some() {
                    value.push_str(&resolve(&String::from_utf8_lossy(&r)));
                }
            }
            Event::Eof => break,
            Event::DocType(_) | Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(message!("assignment-xml-document-ends-before", name = String::from_utf8_lossy(open).into_owned()));
    }
    Ok(docs)
}

/// A value that means something: not `NULL`, not empty, not the date `0001-01-01`.
fn meaningful(value: &str) -> Option<&str> {
    let value = value.trim();
    (!value.is_empty() && !value.eq_ignore_ascii_case("NULL") && !value.starts_with("0001-01-01")).then_some(value)
}

/// The `i`th value of a field, when it means something.
fn at<'f>(fields: &'f Fields, name: &str, i: usize) -> Option<&'f str> {
    fields.get(name)?.get(i).and_then(|v| meaningful(v))
}

fn first<'f>(fields: &'f Fields, name: &str) -> Option<&'f str> {
    at(fields, name, 0)
}

fn count(fields: &Fields, name: &str) -> usize {
    fields.get(name).map_or(0, Vec::len)
}

/// Legal forms that mark a name as an organisation's.
const ORGANISATION_WORDS: &[&str] = &[
    "INC", "LLC", "L.L.C", "LLP", "LTD", "LIMITED", "CORP", "CORPORATION", "COMPANY", "CO.", "GMBH", "AG", "S.A.",
    "SA", "N.V.", "B.V.", "PLC", "KABUSHIKI", "KAISHA", "UNIVERSITY", "INSTITUTE", "BANK", "TRUST", "FOUNDATION",
    "L.P.", "LP", "N.A.", "AGENT", "ASSOCIATION", "SYSTEMS", "TECHNOLOGIES", "HOLDINGS", "GROUP",
];

/// A guess at the kind of party from its name: organisations carry a legal form.
fn kind_of(name: &str) -> PartyKind {
    let upper = name.to_ascii_uppercase();
    let words = upper.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    if words
        .into_iter()
        .any(|w| ORGANISATION_WORDS.contains(&w.trim_end_matches('.')) || ORGANISATION_WORDS.contains(&w))
    {
        PartyKind::Organization
    } else {
        PartyKind::Person
    }
}

fn record(fields: &Fields, index: Option<usize>) -> AssignmentRecord {
    let conveyance_text = first(fields, "conveyanceText").map(str::to_string);
    let assignors = (0..count(fields, "patAssignorName"))
        .filter_map(|i| {
            let name = at(fields, "patAssignorName", i)?;
            Some(Party {
                name: Some(name.to_string()),
                kind: Some(kind_of(name)),
                execution_date: at(fields, "patAssignorExDate", i).map(RecordDate::parse),
                ..Party::default()
            })
        })
        .collect();
    let assignees = (0..count(fields, "patAssigneeName"))
        .filter_map(|i| {
            let name = at(fields, "patAssigneeName", i)?;
            let state = at(fields, "patAssigneeState", i);
            let country_name = at(fields, "patAssigneeCountryName", i);
            let city_line: Vec<&str> = [at(fields, "patAssigneeCity", i), state, at(fields, "patAssigneePostcode", i)]
                .into_iter()
                .flatten()
                .collect();
            let lines: Vec<String> = [at(fields, "patAssigneeAddress1", i), at(fields, "patAssigneeAddress2", i)]
                .into_iter()
                .flatten()
                .map(str::to_string)
                .chain((!city_line.is_empty()).then(|| city_line.join(" ")))
                .chain(country_name.map(str::to_string))
                .collect();
            let country = match country_name {
                Some(country) => {
                    Some(crate::st3::code_of_name(country).map_or_else(|| country.to_string(), str::to_string))
                }
                None => state.map(|_| "US".to_string()),
            };
            Some(Party {
                name: Some(name.to_string()),
                kind: Some(kind_of(name)),
                address: (!lines.is_empty()).then(|| lines.join(", ")),
                country,
                ..Party::default()
            })
        })
        .collect();
    let property_count = ["applNum", "patNum", "publNum", "pctNum"].iter().map(|n| count(fields, n)).max().unwrap_or(0);
    let mut properties = Vec::new();
    for i in 0..property_count {
        let title = at(fields, "inventionTitle", i).map(str::to_string);
        for (name, office, kind, date) in [
            ("applNum", Office::US, NumberKind::Application, Some("filingDate")),
            ("patNum", Office::US, NumberKind::Patent, None),
            ("publNum", Office::US, NumberKind::Publication, None),
            ("pctNum", Office::WO, NumberKind::Application, None),
        ] {
            if let Some(number) = at(fields, name, i) {
                properties.push(Property {
                    office: Some(office),
                    kind: Some(kind),
                    number: Some(number.to_string()),
                    title: title.clone(),
                    filing_date: date.and_then(|d| at(fields, d, i)).map(RecordDate::parse),
                    ..Property::default()
                });
            }
        }
    }
    let correspondent_address: Vec<&str> = ["corrAddress1", "corrAddress2", "corrAddress3", "corrAddress4"]
        .iter()
        .filter_map(|n| first(fields, n))
        .collect();
    let correspondent =
        (first(fields, "corrName").is_some() || !correspondent_address.is_empty()).then(|| Correspondent {
            name: first(fields, "corrName").map(str::to_string),
            address: (!correspondent_address.is_empty()).then(|| correspondent_address.join(", ")),
            email: None,
        });
    let reel_frame = match (first(fields, "reelNo"), first(fields, "frameNo")) {
        (Some(reel), Some(frame)) => Some(format!("{reel:0>6}/{frame:0>4}")),
        _ => None,
    };
    let recorded_date = first(fields, "recordedDate").map(RecordDate::parse);
    AssignmentRecord {
        conveyance: conveyance_text.as_deref().and_then(Conveyance::parse),
        conveyance_text,
        assignors,
        assignees,
        properties,
        correspondent,
        submitter: None,
        documents: Vec::new(),
        recorded: (reel_frame.is_some() || recorded_date.is_some()).then_some(Recordation {
            office: Office::US,
            reel_frame,
            date: recorded_date,
        }),
        index,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESPONSE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<response><lst name="responseHeader"><int name="status">0</int></lst>
<result name="response" numFound="1" start="0"><doc>
  <str name="reelNo">18247</str><str name="frameNo">405</str>
  <date name="recordedDate">2006-09-14T04:00:00Z</date>
  <str name="conveyanceText">NUNC PRO TUNC ASSIGNMENT (SEE DOCUMENT FOR DETAILS).</str>
  <str name="corrName">JEFFREY H. INGERMAN</str>
  <str name="corrAddress1">FISH &amp; NEAVE IP GROUP</str><str name="corrAddress2">NEW YORK, NY 10020-1105</str>
  <arr name="patAssignorName"><str>REALTIME DATA COMPRESSION SYSTEMS, INC.</str><str>DOE, JANE</str></arr>
  <arr name="patAssignorExDate"><date>2006-09-14T04:00:00Z</date><date>0001-01-01T00:00:00Z</date></arr>
  <arr name="patAssigneeName"><str>REALTIME DATA LLC</str></arr>
  <arr name="patAssigneeAddress1"><str>15 WEST 36TH STREET</str></arr>
  <arr name="patAssigneeAddress2"><str>NULL</str></arr>
  <arr name="patAssigneeCity"><str>NEW YORK</str></arr>
  <arr name="patAssigneeState"><str>NEW YORK</str></arr>
  <arr name="patAssigneeCountryName"><str>NULL</str></arr>
  <arr name="patAssigneePostcode"><str>10018</str></arr>
  <arr name="applNum"><str>10628795</str><str>09210491</str></arr>
  <arr name="filingDate"><date>2003-07-28T04:00:00Z</date><date>1998-12-11T04:00:00Z</date></arr>
  <arr name="patNum"><str>7130913</str><str>NULL</str></arr>
  <arr name="publNum"><str>20040073746</str><str>NULL</str></arr>
  <arr name="pctNum"><str>NULL</str><str>NULL</str></arr>
</doc></result>
<lst name="highlighting"><lst name="18247-405"><arr name="reelNo"/></lst></lst></response>"#;

    #[test]
    fn reads_a_solr_doc_into_a_record() {
        let records = read(RESPONSE.as_bytes(), &Limits::default()).expect("reads");
        assert_eq!(records.len(), 1);
        let r = &records[0];
        assert_eq!(r.index, None);
        assert_eq!(r.conveyance, Some(Conveyance::Assignment));
        assert_eq!(r.assignors.len(), 2);
        assert_eq!(r.assignors[0].kind, Some(PartyKind::Organization));
        assert_eq!(r.assignors[1].kind, Some(PartyKind::Person));
        assert_eq!(r.assignors[1].execution_date, None);
        assert_eq!(r.assignees[0].address.as_deref(), Some("15 WEST 36TH STREET, NEW YORK NEW YORK 10018"));
        assert_eq!(r.assignees[0].country.as_deref(), Some("US"));
        assert_eq!(r.properties.len(), 4, "{:?}", r.properties);
        assert_eq!(r.properties[0].filing_date.as_ref().and_then(|d| d.date), crate::office::Date::parse("2003-07-28"));
        assert_eq!(
            r.correspondent.as_ref().and_then(|c| c.address.as_deref()),
            Some("FISH & NEAVE IP GROUP, NEW YORK, NY 10020-1105")
        );
        assert_eq!(r.recorded.as_ref().and_then(|c| c.reel_frame.as_deref()), Some("018247/0405"));
    }

    #[test]
    fn hostile_xml_is_an_error_not_a_panic() {
        let deep = format!("<response>{}{}</response>", "<a>".repeat(1000), "</a>".repeat(1000));
        assert!(read(deep.as_bytes(), &Limits::default()).is_err());
        assert!(read(b"<response><result><doc><str name='x'>", &Limits::default()).is_err());
        assert!(read(b"<response></result>", &Limits::default()).is_err());
        assert!(read(b"<response>\xff</response>", &Limits::default()).is_err());
        assert_eq!(read(b"<response/>", &Limits::default()).map(|r| r.len()), Ok(0));
    }
}
