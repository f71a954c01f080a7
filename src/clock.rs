//! Today's date when the options do not give one: the system clock natively, JavaScript's `Date` in Wasm (UTC
//! both). Rules never read the clock themselves: they take the date from the `Reporter`, so tests pass one in.
//! Also a stopwatch for the per-phase timings a check records when `Options::timings` asks for them.

use crate::office::Date;

/// Today's date (UTC).
#[cfg(not(target_arch = "wasm32"))]
#[must_use]
pub fn today() -> Date {
    let seconds =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    civil(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// Today's date (UTC).
#[cfg(target_arch = "wasm32")]
#[must_use]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_utc_full_year()).unwrap_or(1970);
    let month = u8::try_from(now.get_utc_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_utc_date()).unwrap_or(1);
    Date::ymd(year, month, day)
}

/// Durations of the phases of a check, in milliseconds, summed per phase in the order phases first ran; records
/// nothing (and reads no clock) when off.
pub(crate) struct Timings {
    on: bool,
    phases: Vec<crate::report::Timing>,
}

impl Timings {
    pub(crate) fn new(on: bool) -> Self {
        Timings { on, phases: Vec::new() }
    }

    /// A running stopwatch when timings are on.
    pub(crate) fn start(&self) -> Option<Stopwatch> {
        self.on.then(Stopwatch::start)
    }

    /// Adds the time since `started` to `phase`.
    pub(crate) fn add(&mut self, phase: &str, started: Option<Stopwatch>) {
        let Some(started) = started else { return };
        let ms = started.elapsed_ms();
        match self.phases.iter_mut().find(|t| t.phase == phase) {
            Some(timing) => timing.ms += ms,
            None => self.phases.push(crate::report::Timing { phase: phase.to_string(), ms }),
        }
    }

    pub(crate) fn into_phases(self) -> Vec<crate::report::Timing> {
        self.phases
    }
}

/// A monotonic stopwatch: `Instant` natively, `performance.now()` in Wasm (windows, workers and Node have it).
pub(crate) struct Stopwatch {
    #[cfg(not(target_arch = "wasm32"))]
    started: std::time::Instant,
    #[cfg(target_arch = "wasm32")]
    started: f64,
}

impl Stopwatch {
    pub(crate) fn start() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return Stopwatch { started: std::time::Instant::now() };
        #[cfg(target_arch = "wasm32")]
        return Stopwatch { started: performance_now() };
    }

    pub(crate) fn elapsed_ms(&self) -> f64 {
        #[cfg(not(target_arch = "wasm32"))]
        return self.started.elapsed().as_secs_f64() * 1000.0;
        #[cfg(target_arch = "wasm32")]
        return performance_now() - self.started;
    }
}

/// `performance.now()`, or `Date.now()` where there is no `performance`.
#[cfg(target_arch = "wasm32")]
fn performance_now() -> f64 {
    PERFORMANCE.with(|performance| performance.as_ref().map_or_else(js_sys::Date::now, web_sys::Performance::now))
}

// The global `performance` of windows, workers and Node, typed by web-sys (None where there is none).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_name = performance)]
    static PERFORMANCE: Option<web_sys::Performance>;
}

/// The calendar date `days` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
fn civil(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::ymd(u16::try_from(year).unwrap_or(1970), u8::try_from(month).unwrap_or(1), u8::try_from(day).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_are_calendar_dates() {
        assert_eq!(civil(0), Date::ymd(1970, 1, 1));
        assert_eq!(civil(19_782), Date::ymd(2024, 2, 29));
        assert_eq!(civil(20_089), Date::ymd(2025, 1, 1));
        assert!(today() >= Date::ymd(2025, 1, 1));
    }

    #[test]
    fn timings_sum_per_phase_only_when_on() {
        let mut off = Timings::new(false);
        off.add("report", off.start());
        assert!(off.into_phases().is_empty());
        let mut on = Timings::new(true);
        on.add("read claims", on.start());
        on.add("report", on.start());
        on.add("read claims", on.start());
        let phases = on.into_phases();
        let names: Vec<&str> = phases.iter().map(|t| t.phase.as_str()).collect();
        assert_eq!(names, ["read claims", "report"]);
        assert!(phases.iter().all(|t| t.ms >= 0.0));
    }

    #[test]
    fn a_report_carries_timings_only_when_asked() {
        let claims = "1. A lever.\n2. The lever of claim 1.";
        let quiet = crate::check_claims_text(claims, &crate::Options::default());
        assert!(quiet.timings.is_empty());
        assert!(!serde_json::to_string(&quiet).unwrap().contains("timings"));
        let timed = crate::check_claims_text(claims, &crate::Options { timings: true, ..crate::Options::default() });
        let names: Vec<&str> = timed.timings.iter().map(|t| t.phase.as_str()).collect();
        assert_eq!(names, ["read claims", "rules claims", "rules filing", "report"]);
        let options: crate::Options = serde_json::from_str(r#"{"timings": true}"#).unwrap();
        assert!(options.timings);
    }
}
