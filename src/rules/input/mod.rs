//! Findings about reading the files themselves. They apply at every office and cite no law.

pub mod no_content_found;
pub mod unreadable;
pub mod unsupported_format;
