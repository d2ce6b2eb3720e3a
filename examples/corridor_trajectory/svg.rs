//! A small SVG line chart with optional uncertainty bands, written by hand so the example needs
//! no plotting dependency.

use std::fmt::Write;

/// One line of the chart.
pub struct Line {
    pub name: String,
    pub colour: &'static str,
    pub dashed: bool,
    pub points: Vec<(f64, f64)>,
}

/// A shaded band (P5–P95) drawn under the lines.
pub struct Band {
    pub colour: &'static str,
    /// (x, low, high)
    pub points: Vec<(f64, f64, f64)>,
}

pub struct Chart<'a> {
    pub title: &'a str,
    pub x_label: &'a str,
    pub y_label: &'a str,
    pub lines: Vec<Line>,
    pub bands: Vec<Band>,
    /// Lines printed under the chart: the "illustrative" mark, sources, reference, units.
    pub notes: Vec<String>,
}

const W: f64 = 900.0;
const H: f64 = 520.0;
/// Height of one note line under the chart.
const NOTE_H: f64 = 16.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 250.0;
const TOP: f64 = 50.0;
const BOTTOM: f64 = 60.0;

fn nice_step(range: f64) -> f64 {
    let raw = range / 6.0;
    let mag = 10f64.powf(raw.log10().floor());
    let norm = raw / mag;
    let nice = if norm < 1.5 {
        1.0
    } else if norm < 3.0 {
        2.0
    } else if norm < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Chart<'_> {
    pub fn render(&self) -> String {
        let xs = self
            .lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.0))
            .chain(self.bands.iter().flat_map(|b| b.points.iter().map(|p| p.0)));
        let ys = self
            .lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.1))
            .chain(
                self.bands
                    .iter()
                    .flat_map(|b| b.points.iter().flat_map(|p| [p.1, p.2])),
            );
        let (x0, x1) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
            (a.min(x), b.max(x))
        });
        let y_max = ys.fold(0.0_f64, f64::max);
        let y_step = nice_step(y_max.max(1e-9));
        let y1 = (y_max / y_step).ceil() * y_step;
        let (y0, x1) = (0.0, if x1 > x0 { x1 } else { x0 + 1.0 });
        let px = |x: f64| LEFT + (x - x0) / (x1 - x0) * (W - LEFT - RIGHT);
        let py = |y: f64| H - BOTTOM - (y - y0) / (y1 - y0) * (H - TOP - BOTTOM);
        let total_h = H + NOTE_H * self.notes.len() as f64;

        let mut s = String::new();
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{total_h}" viewBox="0 0 {W} {total_h}" font-family="sans-serif" font-size="12">"#
        );
        let _ = writeln!(s, r#"<rect width="{W}" height="{total_h}" fill="white"/>"#);
        // The "illustrative" mark, top right, on every chart.
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="28" text-anchor="end" font-size="13" font-weight="bold" fill="#b00">ILLUSTRATIVE</text>"##,
            W - 10.0
        );
        for (i, n) in self.notes.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="10" y="{:.1}" font-size="11" fill="#444">{}</text>"##,
                H + NOTE_H * (i as f64 + 0.5),
                escape(n)
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{}" y="28" font-size="16" font-weight="bold">{}</text>"#,
            LEFT,
            escape(self.title)
        );
        // Grid and y ticks.
        let mut y = y0;
        while y <= y1 + y_step * 0.01 {
            let yy = py(y);
            let _ = writeln!(
                s,
                r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"##,
                W - RIGHT,
                LEFT - 6.0,
                yy + 4.0,
                format_tick(y, y_step)
            );
            y += y_step;
        }
        // x ticks every 5 years.
        let mut x = (x0 / 5.0).ceil() * 5.0;
        while x <= x1 {
            let xx = px(x);
            let _ = writeln!(
                s,
                r##"<line x1="{xx:.1}" y1="{:.1}" x2="{xx:.1}" y2="{:.1}" stroke="#999"/><text x="{xx:.1}" y="{:.1}" text-anchor="middle">{x}</text>"##,
                H - BOTTOM,
                H - BOTTOM + 5.0,
                H - BOTTOM + 20.0
            );
            x += 5.0;
        }
        let _ = writeln!(
            s,
            r##"<line x1="{LEFT}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#333"/><line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{:.1}" stroke="#333"/>"##,
            H - BOTTOM,
            W - RIGHT,
            H - BOTTOM,
            H - BOTTOM
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            (LEFT + W - RIGHT) / 2.0,
            H - 15.0,
            escape(self.x_label)
        );
        let _ = writeln!(
            s,
            r#"<text transform="translate(20,{:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
            (TOP + H - BOTTOM) / 2.0,
            escape(self.y_label)
        );
        for b in &self.bands {
            let mut d = String::new();
            for (i, (x, lo, _)) in b.points.iter().enumerate() {
                let _ = write!(
                    d,
                    "{}{:.1},{:.1} ",
                    if i == 0 { "M" } else { "L" },
                    px(*x),
                    py(*lo)
                );
            }
            for (x, _, hi) in b.points.iter().rev() {
                let _ = write!(d, "L{:.1},{:.1} ", px(*x), py(*hi));
            }
            let _ = writeln!(
                s,
                r#"<path d="{d}Z" fill="{}" fill-opacity="0.18" stroke="none"/>"#,
                b.colour
            );
        }
        for (k, l) in self.lines.iter().enumerate() {
            let mut d = String::new();
            for (i, (x, y)) in l.points.iter().enumerate() {
                let _ = write!(
                    d,
                    "{}{:.1},{:.1} ",
                    if i == 0 { "M" } else { "L" },
                    px(*x),
                    py(*y)
                );
            }
            let dash = if l.dashed {
                r#" stroke-dasharray="6,4""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<path d="{d}" fill="none" stroke="{}" stroke-width="2"{dash}/>"#,
                l.colour
            );
            let ly = TOP + 10.0 + 20.0 * k as f64;
            let lx = W - RIGHT + 15.0;
            let _ = writeln!(
                s,
                r#"<line x1="{lx}" y1="{ly}" x2="{:.1}" y2="{ly}" stroke="{}" stroke-width="2"{dash}/><text x="{:.1}" y="{:.1}">{}</text>"#,
                lx + 24.0,
                l.colour,
                lx + 30.0,
                ly + 4.0,
                escape(&l.name)
            );
        }
        s.push_str("</svg>\n");
        s
    }
}

/// A tick label with as many decimals as the step needs, so that neighbouring ticks never
/// print the same text (1,000 and 1,200 print "1,000" and "1,200", not "1k" twice).
fn format_tick(v: f64, step: f64) -> String {
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    let text = format!("{:.*}", decimals, v);
    // Thousands separators on the integer part.
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (text.clone(), String::new()),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d.to_string()),
        None => ("", int),
    };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}{frac}")
}

#[cfg(test)]
mod tests {
    use super::format_tick;

    #[test]
    fn neighbouring_ticks_differ() {
        assert_eq!(format_tick(1_000.0, 200.0), "1,000");
        assert_eq!(format_tick(1_200.0, 200.0), "1,200");
        assert_eq!(format_tick(0.25, 0.05), "0.25");
        assert_eq!(format_tick(1_234_000.0, 500_000.0), "1,234,000");
    }
}
