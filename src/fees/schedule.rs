//! The offices' fee items that a filing's counts trigger, as data: what each counts, from what count it charges,
//! and, only where a schedule of fees states it with its date, how much. Amounts are undiscounted (the USPTO's
//! small and micro entities pay 40 % and 20 %) and change; the page and the report say from when each applies.
//!
//! Sources, with their grades (A: the official text read; B: an office's guide or fee page; C: practitioners):
//! - US: 37 CFR 1.16(h) and (i), USD 600 and USD 200 from 19 January 2025 (the fee rule of 20 November 2024 as
//!   practitioners' summaries give it: C); 1.16(j), the multiple dependent claim fee, once, when at least one such
//!   claim is in proper form (MPEP 608.01(n): A; its 2025 amount unconfirmed); 1.16(s), the application size fee for
//!   each 50 sheets or part beyond 100 sheets of specification and drawings (C, amount unconfirmed); 1.16(u), the
//!   surcharge for a nonprovisional application under 35 U.S.C. 111 whose specification, claims and abstract are
//!   not in DOCX, from 17 January 2024 (USPTO Official Gazette notice: A for the date), USD 400 (C).
//! - EP: Rule 45(1) EPC (Rule 162 for Euro-PCT applications), claims fees from the 16th claim and a higher fee from
//!   the 51st, counted on the set with most claims (Guidelines A-III, 9: B); Rule 38(2), the page fee for each page
//!   over 35 of description, claims and drawings, with one page for the abstract (Guide for applicants: B). The
//!   schedule's amounts were read without their date, so none is given.
//! - JP: the examination request fee, JPY 138,000 and JPY 4,000 per claim for applications filed from 1 April 2019
//!   (the JPO's fee page: B); the PCT national phase pays less, depending on the search report (no amount).
//! - KR: the examination request fee, KRW 166,000 and KRW 51,000 per claim for applications filed from 1 August
//!   2023 (a Korean firm's newsletter: C).
//! - CN: the claims surcharge from the 11th claim and the description surcharge from the 31st page, drawings
//!   included, higher from the 301st (practitioners' copies of the CNIPA schedule: C; no date, so no amount).
//! - WO: the international filing fee's supplement for each sheet over 30 (PCT Schedule of Fees, item 1(b); RO
//!   Guidelines paragraph 241: B; no amount). The request's own sheets count too; patlint does not read the request.

use crate::citation::{Authority::*, Citation, Grade};
use crate::office::{Date, Office, Office::*};
use crate::options::Route;

/// What an item counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// All claims of the set with most claims.
    Claims,
    /// The same claims as the USPTO counts them: a multiple dependent claim as the claims it refers to.
    WeightedClaims,
    IndependentClaims,
    /// Multiple dependent claims in proper form.
    ProperMultipleDependent,
    /// A flat fee: counted as 1.
    Flat,
    /// Pages of the description, and of the parts named, plus `extra` pages (the EPO's one page for the abstract).
    Pages {
        claims: bool,
        abstract_: bool,
        drawings: bool,
        extra: u32,
    },
    /// A specification filed in another format than DOCX: 1, or 0 when it is DOCX.
    NotDocx,
}

/// An amount per unit that a schedule states, and the date it applies from.
#[derive(Clone, Copy, Debug)]
pub struct Amount {
    pub value: u64,
    pub currency: &'static str,
    pub since: Date,
}

/// One fee item of one office.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub office: Office,
    pub item: &'static str,
    pub label: &'static str,
    pub basis: Basis,
    /// Nothing is charged up to this count.
    pub over: u32,
    /// Counts beyond this are charged by another item.
    pub up_to: Option<u32>,
    /// Units charged per block (1 for each claim or page; 50 sheets for the USPTO's size fee).
    pub per: u32,
    pub amount: Option<Amount>,
    pub citation: Citation,
    pub grade: Grade,
    /// The item applies on this route only.
    pub route: Option<Route>,
    /// The item applies to applications filed on or after this date.
    pub from: Option<Date>,
}

const fn entry(office: Office, item: &'static str, label: &'static str, basis: Basis, citation: Citation) -> Entry {
    Entry {
        office,
        item,
        label,
        basis,
        over: 0,
        up_to: None,
        per: 1,
        amount: None,
        citation,
        grade: Grade::C,
        route: None,
        from: None,
    }
}

impl Entry {
    const fn over(mut self, over: u32) -> Self {
        self.over = over;
        self
    }
    const fn up_to(mut self, up_to: u32) -> Self {
        self.up_to = Some(up_to);
        self
    }
    const fn per(mut self, per: u32) -> Self {
        self.per = per;
        self
    }
    const fn amount(mut self, value: u64, currency: &'static str, since: Date) -> Self {
        self.amount = Some(Amount { value, currency, since });
        self
    }
    const fn grade(mut self, grade: Grade) -> Self {
        self.grade = grade;
        self
    }
    const fn route(mut self, route: Route) -> Self {
        self.route = Some(route);
        self
    }
    const fn from(mut self, from: Date) -> Self {
        self.from = Some(from);
        self
    }
}

const US_2025: Date = Date::ymd(2025, 1, 19);
const DOCX_SURCHARGE: Date = Date::ymd(2024, 1, 17);
const JP_2019: Date = Date::ymd(2019, 4, 1);
const KR_2023: Date = Date::ymd(2023, 8, 1);
const ALL_PAGES: Basis = Basis::Pages { claims: true, abstract_: true, drawings: true, extra: 0 };

/// Every office's items, in the order the statement lists them.
pub const SCHEDULE: &[Entry] = &[
    entry(US, "us/claims-over-20", "Claims over 20", Basis::WeightedClaims, Citation::new(Cfr37, "1.16(i)"))
        .over(20)
        .amount(200, "USD", US_2025),
    entry(
        US,
        "us/independent-claims-over-3",
        "Independent claims over 3",
        Basis::IndependentClaims,
        Citation::new(Cfr37, "1.16(h)"),
    )
    .over(3)
    .amount(600, "USD", US_2025),
    entry(
        US,
        "us/multiple-dependent-claim",
        "Multiple dependent claim fee (once)",
        Basis::ProperMultipleDependent,
        Citation::new(Cfr37, "1.16(j)"),
    )
    .up_to(1)
    .grade(Grade::A),
    entry(
        US,
        "us/size-over-100-sheets",
        "Application size fee: each 50 sheets or part over 100",
        ALL_PAGES,
        Citation::new(Cfr37, "1.16(s)"),
    )
    .over(100)
    .per(50),
    entry(
        US,
        "us/not-docx",
        "Surcharge: specification, claims and abstract not in DOCX",
        Basis::NotDocx,
        Citation::new(Cfr37, "1.16(u)"),
    )
    .amount(400, "USD", DOCX_SURCHARGE)
    .route(Route::National)
    .from(DOCX_SURCHARGE),
    entry(EP, "ep/claims-16-to-50", "Claims fee: 16th to 50th claim", Basis::Claims, Citation::new(EpcRule, "45(1)"))
        .over(15)
        .up_to(50)
        .grade(Grade::B)
        .route(Route::National),
    entry(EP, "ep/claims-from-51", "Claims fee, higher: 51st claim on", Basis::Claims, Citation::new(EpcRule, "45(1)"))
        .over(50)
        .grade(Grade::B)
        .route(Route::National),
    entry(EP, "ep/claims-16-to-50", "Claims fee: 16th to 50th claim", Basis::Claims, Citation::new(EpcRule, "162(1)"))
        .over(15)
        .up_to(50)
        .grade(Grade::B)
        .route(Route::PctNationalPhase),
    entry(
        EP,
        "ep/claims-from-51",
        "Claims fee, higher: 51st claim on",
        Basis::Claims,
        Citation::new(EpcRule, "162(1)"),
    )
    .over(50)
    .grade(Grade::B)
    .route(Route::PctNationalPhase),
    entry(
        EP,
        "ep/pages-over-35",
        "Page fee: each page over 35 (the abstract counts as one)",
        Basis::Pages { claims: true, abstract_: false, drawings: true, extra: 1 },
        Citation::new(EpcRule, "38(2)"),
    )
    .over(35)
    .grade(Grade::B),
    entry(
        JP,
        "jp/examination-request",
        "Examination request: basic fee",
        Basis::Flat,
        Citation::new(JpPatentAct, "195(2), Appended Table"),
    )
    .amount(138_000, "JPY", JP_2019)
    .grade(Grade::B)
    .route(Route::National)
    .from(JP_2019),
    entry(
        JP,
        "jp/examination-request-claims",
        "Examination request: per claim",
        Basis::Claims,
        Citation::new(JpPatentAct, "195(2), Appended Table"),
    )
    .amount(4_000, "JPY", JP_2019)
    .grade(Grade::B)
    .route(Route::National)
    .from(JP_2019),
    entry(
        JP,
        "jp/examination-request-claims-pct",
        "Examination request: per claim (PCT national phase, by the search report)",
        Basis::Claims,
        Citation::new(JpPatentAct, "195(2), Appended Table"),
    )
    .grade(Grade::B)
    .route(Route::PctNationalPhase),
    entry(
        KR,
        "kr/examination-request",
        "Examination request: basic fee",
        Basis::Flat,
        Citation::new(FeeSchedule, "KIPO fee rules (examination request)"),
    )
    .amount(166_000, "KRW", KR_2023)
    .from(KR_2023),
    entry(
        KR,
        "kr/examination-request-claims",
        "Examination request: per claim",
        Basis::Claims,
        Citation::new(FeeSchedule, "KIPO fee rules (examination request)"),
    )
    .amount(51_000, "KRW", KR_2023)
    .from(KR_2023),
    entry(
        CN,
        "cn/claims-over-10",
        "Claims surcharge: each claim over 10",
        Basis::Claims,
        Citation::new(FeeSchedule, "CNIPA schedule of fees (claims surcharge)"),
    )
    .over(10),
    entry(
        CN,
        "cn/pages-31-to-300",
        "Description surcharge: pages 31 to 300, drawings included",
        Basis::Pages { claims: false, abstract_: false, drawings: true, extra: 0 },
        Citation::new(FeeSchedule, "CNIPA schedule of fees (description surcharge)"),
    )
    .over(30)
    .up_to(300),
    entry(
        CN,
        "cn/pages-from-301",
        "Description surcharge, higher: page 301 on",
        Basis::Pages { claims: false, abstract_: false, drawings: true, extra: 0 },
        Citation::new(FeeSchedule, "CNIPA schedule of fees (description surcharge)"),
    )
    .over(300),
    entry(
        WO,
        "wo/sheets-over-30",
        "Sheet fee: each sheet over 30 (add the request's sheets)",
        ALL_PAGES,
        Citation::new(FeeSchedule, "PCT Schedule of Fees, item 1(b)"),
    )
    .over(30)
    .grade(Grade::B),
];
