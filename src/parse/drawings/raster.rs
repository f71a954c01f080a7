//! Measures the pixels of an image row by row, without keeping the image: where the ink is, whether a frame
//! surrounds it, and whether it holds grey or colour beyond anti-aliasing. Used by every raster reader and by the
//! PDF reader for embedded scans.

use crate::model::drawings::Colour;

/// A pixel darker than this (0 black … 255 white) is ink.
const INK: u8 = 160;

/// A rectangle of pixels, `right` and `bottom` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PixelRect {
    pub left: u32,
    pub top: u32,
    pub right: u32,
    pub bottom: u32,
}

/// What the pixels of an image hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ink {
    /// The extent of the ink; `None` for a blank image.
    pub extent: Option<PixelRect>,
    /// A rectangle of lines around the rest of the ink.
    pub frame: Option<PixelRect>,
    pub colour: Colour,
}

/// Accumulates an image's rows.
pub struct InkScan {
    width: u32,
    height: u32,
    extent: Option<PixelRect>,
    /// Ink pixels in each row and each column, for frame detection.
    row_ink: Vec<u32>,
    column_ink: Vec<u32>,
    ink_pixels: u64,
    grey_pixels: u64,
    colour_pixels: u64,
}

impl InkScan {
    #[must_use]
    pub fn new(width: u32, height: u32) -> Self {
        InkScan {
            width,
            height,
            extent: None,
            row_ink: vec![0; height as usize],
            column_ink: vec![0; width as usize],
            ink_pixels: 0,
            grey_pixels: 0,
            colour_pixels: 0,
        }
    }

    /// Adds row `y` of 8-bit grey pixels (0 black).
    pub fn grey_row(&mut self, y: u32, row: &[u8]) {
        for (x, &luma) in row.iter().enumerate().take(self.width as usize) {
            if luma < INK {
                self.ink(x as u32, y);
            }
            if (64..224).contains(&luma) {
                self.grey_pixels += 1;
            }
        }
    }

    /// Adds row `y` of 8-bit RGB pixels.
    pub fn rgb_row(&mut self, y: u32, row: &[u8]) {
        for (x, pixel) in row.chunks_exact(3).enumerate().take(self.width as usize) {
            let (r, g, b) = (pixel[0], pixel[1], pixel[2]);
            let luma = ((u32::from(r) * 77 + u32::from(g) * 150 + u32::from(b) * 29) >> 8) as u8;
            let chroma = r.max(g).max(b) - r.min(g).min(b);
            if luma < INK {
                self.ink(x as u32, y);
            }
            if chroma > 48 {
                self.colour_pixels += 1;
            } else if (64..224).contains(&luma) {
                self.grey_pixels += 1;
            }
        }
    }

    /// Adds row `y` of 1-bit pixels packed most significant bit first; `one_is_black` says what a set bit means.
    pub fn bit_row(&mut self, y: u32, row: &[u8], one_is_black: bool) {
        for (i, &byte) in row.iter().enumerate() {
            let ink = if one_is_black { byte } else { !byte };
            if ink == 0 {
                continue;
            }
            for bit in 0..8 {
                let x = (i * 8 + bit) as u32;
                if x < self.width && ink & (0x80 >> bit) != 0 {
                    self.ink(x, y);
                }
            }
        }
    }

    fn ink(&mut self, x: u32, y: u32) {
        self.ink_pixels += 1;
        self.row_ink[y as usize] += 1;
        self.column_ink[x as usize] += 1;
        let e = self.extent.get_or_insert(PixelRect { left: x, top: y, right: x + 1, bottom: y + 1 });
        e.left = e.left.min(x);
        e.top = e.top.min(y);
        e.right = e.right.max(x + 1);
        e.bottom = e.bottom.max(y + 1);
    }

    #[must_use]
    pub fn finish(self) -> Ink {
        let painted = self.ink_pixels + self.grey_pixels + self.colour_pixels;
        // A trace of colour (a coloured dot, JPEG noise) is not a colour drawing; neither is anti-aliasing grey.
        let colour = if self.colour_pixels > 64 && self.colour_pixels * 200 > painted {
            Colour::Colour
        } else if self.grey_pixels > 64 && self.grey_pixels * 4 > painted {
            Colour::Greyscale
        } else {
            Colour::BlackAndWhite
        };
        let frame = self.extent.filter(|e| self.is_frame(e));
        Ink { extent: self.extent, frame, colour }
    }

    /// Whether the ink's outermost rows and columns are (nearly) solid lines: a frame around the rest.
    fn is_frame(&self, e: &PixelRect) -> bool {
        let (w, h) = (e.right - e.left, e.bottom - e.top);
        if w < 16 || h < 16 || e.right > self.width || e.bottom > self.height {
            return false;
        }
        let solid_row = |y: u32| self.row_ink[y as usize] * 10 >= w * 9;
        let solid_column = |x: u32| self.column_ink[x as usize] * 10 >= h * 9;
        solid_row(e.top) && solid_row(e.bottom - 1) && solid_column(e.left) && solid_column(e.right - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_of_lines_is_a_frame_and_its_extent_is_measured() {
        let mut scan = InkScan::new(40, 30);
        for y in 0..30 {
            let mut row = vec![255u8; 40];
            if (5..25).contains(&y) {
                if y == 5 || y == 24 {
                    row[5..35].fill(0);
                } else {
                    row[5] = 0;
                    row[34] = 0;
                }
            }
            scan.grey_row(y, &row);
        }
        let ink = scan.finish();
        assert_eq!(ink.extent, Some(PixelRect { left: 5, top: 5, right: 35, bottom: 25 }));
        assert_eq!(ink.frame, ink.extent);
        assert_eq!(ink.colour, Colour::BlackAndWhite);
    }
}
