//! Line charts of yearly series (plotters): the same drawing to SVG and to PNG.
//!
//! Every chart carries its title, a y-axis label with the unit, integer year ticks, a legend
//! listing every series, and notes under the plot (sources; an "ILLUSTRATIVE" mark where the
//! inputs are). PNG text uses the DejaVu Sans font shipped in `cli/assets/` (its licence
//! beside it), so no system font is looked up.

use std::path::Path;
use std::sync::Once;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::failure::{Failure, Result};

/// One series: a name (for the legend), yearly points, solid or dashed.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub points: Vec<(i32, f64)>,
    pub dashed: bool,
}

/// A chart of yearly series.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub y_label: String,
    pub series: Vec<Series>,
    /// Lines printed under the plot: sources and marks.
    pub notes: Vec<String>,
}

const WIDTH: u32 = 1000;
const HEIGHT: u32 = 640;
const FONT: &str = "sans-serif";
const COLOURS: [RGBColor; 8] = [
    RGBColor(0xd6, 0x27, 0x28),
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0x94, 0x67, 0xbd),
    RGBColor(0xff, 0x7f, 0x0e),
    RGBColor(0x8c, 0x56, 0x4b),
    RGBColor(0x17, 0xbe, 0xcf),
    RGBColor(0x7f, 0x7f, 0x7f),
];

/// Decimals that keep every y tick label distinct: enough for the tick step of a ~10-tick axis.
pub fn y_decimals(max: f64) -> usize {
    let step = max / 10.0;
    if step >= 1.0 {
        0
    } else {
        // log10 of a positive step below 1 is negative; its ceiling is the decimals needed.
        let d = (-step.log10()).ceil();
        if d.is_finite() && d > 0.0 {
            d.min(6.0) as usize
        } else {
            0
        }
    }
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
) -> std::result::Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    root.fill(&WHITE).map_err(err)?;
    let notes_height = 18 * chart.notes.len() as u32 + 12;
    let (plot, notes) = root.split_vertically(HEIGHT.saturating_sub(notes_height));
    let (mut x0, mut x1, mut y1) = (i32::MAX, i32::MIN, 0.0f64);
    for s in &chart.series {
        for (x, y) in &s.points {
            x0 = x0.min(*x);
            x1 = x1.max(*x);
            if y.is_finite() {
                y1 = y1.max(*y);
            }
        }
    }
    if x0 > x1 {
        return Err("a chart without points".into());
    }
    let y1 = if y1 > 0.0 { y1 * 1.08 } else { 1.0 };
    let decimals = y_decimals(y1);
    let mut c = ChartBuilder::on(&plot)
        .caption(&chart.title, (FONT, 22))
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(80)
        .build_cartesian_2d(x0..x1, 0f64..y1)
        .map_err(err)?;
    let year_ticks = usize::try_from((x1 - x0) / 5 + 1).unwrap_or(6).clamp(2, 12);
    c.configure_mesh()
        .x_labels(year_ticks)
        .x_label_formatter(&|x| format!("{x}"))
        .y_labels(10)
        .y_label_formatter(&|y| format!("{y:.decimals$}"))
        .y_desc(chart.y_label.as_str())
        .x_desc("year")
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 15))
        .draw()
        .map_err(err)?;
    for (i, s) in chart.series.iter().enumerate() {
        let colour = COLOURS.get(i % COLOURS.len()).copied().unwrap_or(BLACK);
        let style = colour.stroke_width(2);
        let points: Vec<(i32, f64)> = s
            .points
            .iter()
            .copied()
            .filter(|(_, y)| y.is_finite())
            .collect();
        let drawn = if s.dashed {
            c.draw_series(DashedLineSeries::new(points, 8, 5, style))
                .map_err(err)?
        } else {
            c.draw_series(LineSeries::new(points, style)).map_err(err)?
        };
        drawn.label(s.name.as_str()).legend(move |(x, y)| {
            PathElement::new(vec![(x, y), (x + 24, y)], colour.stroke_width(2))
        });
    }
    c.configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FONT, 14))
        .draw()
        .map_err(err)?;
    for (k, line) in chart.notes.iter().enumerate() {
        let y = 4 + 18 * k as i32;
        notes
            .draw_text(line, &TextStyle::from((FONT, 13)).color(&BLACK), (16, y))
            .map_err(err)?;
    }
    root.present().map_err(err)
}

/// Writes the chart as SVG.
pub fn svg(chart: &Chart, path: &Path) -> Result<()> {
    register_font(path)?;
    let root = SVGBackend::new(path, (WIDTH, HEIGHT)).into_drawing_area();
    draw(&root, chart).map_err(|e| Failure::output(path, e))
}

static FONT_ONCE: Once = Once::new();

/// Registers the shipped font once (plotters measures text with it for both backends).
fn register_font(path: &Path) -> Result<()> {
    let mut font_error = None;
    FONT_ONCE.call_once(|| {
        let bytes: &'static [u8] = include_bytes!("../assets/DejaVuSans.ttf");
        if plotters::style::register_font(FONT, FontStyle::Normal, bytes).is_err() {
            font_error = Some("the shipped font cli/assets/DejaVuSans.ttf could not be read");
        }
    });
    match font_error {
        Some(e) => Err(Failure::output(path, e)),
        None => Ok(()),
    }
}

/// Writes the chart as PNG (text in the shipped DejaVu Sans).
pub fn png(chart: &Chart, path: &Path) -> Result<()> {
    register_font(path)?;
    let root = BitMapBackend::new(path, (WIDTH, HEIGHT)).into_drawing_area();
    draw(&root, chart).map_err(|e| Failure::output(path, e))
}
