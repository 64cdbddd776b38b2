package dev.protostar.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exponent the scaling benchmarks report: least squares on logarithms. */
class PowerLawFitTest {

    private static final double[] SIZES = {30, 250, 1000, 4000};

    @Test
    void findsTheExponentOfAnExactPowerLaw() {
        assertThat(PowerLawFit.exponent(SIZES, new double[] {60, 500, 2000, 8000})).isCloseTo(1.0, within(1e-12));
        assertThat(PowerLawFit.exponent(SIZES, new double[] {0.9, 62.5, 1000, 16000})).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void fitsTheMeasurementsOfIssue16AsSuperlinear() {
        // The whole command line before the fix: 250 KB 1.4 s, 500 KB 2.8 s, 1 MB 6.6 s, 2 MB 18.5 s.
        double exponent = PowerLawFit.exponent(new double[] {250, 500, 1000, 2000}, new double[] {1.4, 2.8, 6.6, 18.5});
        assertThat(exponent).isCloseTo(1.24, within(0.01));
    }

    @Test
    void refusesWhatItCannotFit() {
        assertThatThrownBy(() -> PowerLawFit.exponent(new double[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PowerLawFit.exponent(new double[] {5, 5}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PowerLawFit.exponent(new double[] {1, 2}, new double[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
