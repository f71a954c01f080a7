//! Today's date when the options do not give one: the system clock natively, JavaScript's `Date` in Wasm (UTC
//! both). Rules never read the clock themselves: they take the date from the `Reporter`, so tests pass one in.

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
}
