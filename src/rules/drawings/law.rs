//! Office parameters for drawing sheets, as data (rules/CATALOG.md §0, §1).
