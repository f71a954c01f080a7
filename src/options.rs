//! What the user chooses for a check.

use crate::limits::Limits;
use crate::office::{Date, Office};
use crate::report::DocumentKind;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Options of a check. Every field has a default, so `{}` is a valid options object.
#[derive(Clone, Debug, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Offices to check against; all six when empty.
    pub offices: Vec<Office>,
    /// Filing date of the application (for a PCT national phase, the international filing date; for a divisional,
    /// the parent's). Rules that apply from a date use it; without it, the application is taken as filed today.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub filing_date: Option<Date>,
    /// How the application reaches the office: filed there directly (`national`, the default) or entering the
    /// national phase of an international application (`pct-national-phase`); rules whose law depends on the route
    /// say so (the US abstract limit of 37 CFR 1.72(b) binds 35 U.S.C. 111 applications only).
    pub route: Route,
    /// Read every file as this kind instead of detecting it.
    pub kind: Option<DocumentKind>,
    /// Read the files named here as these kinds (a user's choice per file); `kind` or detection for the others.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "Record<string, DocumentKind>"))]
    pub kinds: BTreeMap<String, DocumentKind>,
    /// Today's date, for rules about dates (an assignment's execution date is not in the future); the clock's
    /// date (UTC) when not given.
    #[cfg_attr(target_arch = "wasm32", tsify(type = "string"))]
    pub today: Option<Date>,
    /// Resource limits for reading untrusted files.
    pub limits: Limits,
    /// Record how long each phase of the check takes in the report's `timings` (for benchmarks).
    pub timings: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            offices: Office::ALL.to_vec(),
            filing_date: None,
            route: Route::National,
            kind: None,
            kinds: BTreeMap::new(),
            today: None,
            limits: Limits::default(),
            timings: false,
        }
    }
}

/// How an application reaches the office.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    /// Filed at the office (at the USPTO, under 35 U.S.C. 111).
    #[default]
    National,
    /// The national phase of an international (PCT) application (at the USPTO, under 35 U.S.C. 371).
    PctNationalPhase,
}

impl Route {
    /// The route's name as the CLI and the JS options write it.
    #[must_use]
    pub fn parse(text: &str) -> Option<Route> {
        match text {
            "national" => Some(Route::National),
            "pct-national-phase" => Some(Route::PctNationalPhase),
            _ => None,
        }
    }
}

impl Options {
    /// The kind the user chose for the file `name`, else the kind chosen for every file, if any.
    #[must_use]
    pub fn kind_of(&self, name: &str) -> Option<DocumentKind> {
        self.kinds.get(name).copied().or(self.kind)
    }

    /// The offices to check, in the canonical order, without repeats.
    #[must_use]
    pub fn selected_offices(&self) -> Vec<Office> {
        if self.offices.is_empty() {
            return Office::ALL.to_vec();
        }
        Office::ALL.into_iter().filter(|o| self.offices.contains(o)).collect()
    }
}
