//! Numerical helpers: compensated summation so that year-long ledgers of millions of entries
//! add up to within a few ulps of the exact value, whatever their order.

/// Neumaier's improved Kahan–Babuška summation.
///
/// The running compensation captures the low-order bits lost at each addition, so the error of
/// the total is bounded by about one ulp of the result plus n·ε² · Σ|x| — independent of n to
/// first order (Neumaier, A., 1974, *ZAMM* 54(1), 39–51).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct NeumaierSum {
    sum: f64,
    compensation: f64,
}

impl NeumaierSum {
    /// Adds one term.
    #[inline]
    pub fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if self.sum.abs() >= x.abs() {
            self.compensation += (self.sum - t) + x;
        } else {
            self.compensation += (x - t) + self.sum;
        }
        self.sum = t;
    }

    /// Adds another partial sum.
    #[inline]
    pub fn merge(&mut self, other: &NeumaierSum) {
        self.add(other.sum);
        self.add(other.compensation);
    }

    /// The compensated total.
    #[inline]
    pub fn total(&self) -> f64 {
        self.sum + self.compensation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovers_what_naive_summation_loses() {
        // 1 + 1e100 + 1 - 1e100 = 2 exactly; naive summation gives 0.
        let mut s = NeumaierSum::default();
        for x in [1.0, 1e100, 1.0, -1e100] {
            s.add(x);
        }
        assert_eq!(s.total(), 2.0);
        // Ten million additions of 0.1: the compensated sum is within 1e-9 relative of 1e6.
        let mut s = NeumaierSum::default();
        let mut naive = 0.0;
        for _ in 0..10_000_000 {
            s.add(0.1);
            naive += 0.1;
        }
        assert!((s.total() - 1.0e6).abs() / 1.0e6 < 1e-12);
        assert!(
            (naive - 1.0e6_f64).abs() / 1.0e6 > 1e-11,
            "naive sum drifts"
        );
    }
}
