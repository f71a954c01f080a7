//! Rules on drawing sheets: sheet size, margins and usable area, frames, colour, resolution and image formats,
//! sheet numbers and figure labels, lettering, PDF fonts, version and encryption; and, across documents,
//! reference signs and figures against the description and claims. Office values are in `law`.

pub mod law;
