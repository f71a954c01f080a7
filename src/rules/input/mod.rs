//! Findings about reading the files themselves. They apply at every office and cite no law.

pub mod filing_date_from_document;
pub mod no_content_found;
#[cfg(feature = "drawings")]
pub mod pages_not_read;
#[cfg(feature = "drawings")]
pub mod publication_layout_not_checked;
pub mod route_from_document;
pub mod unreadable;
pub mod unsupported_format;
