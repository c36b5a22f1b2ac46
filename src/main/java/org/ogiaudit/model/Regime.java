package org.ogiaudit.model;

/** Which law and format govern a report, chosen from its report year (rule catalogue, "Terms"). */
public enum Regime {
    /** Report years up to 2018: 国务院令第492号 Art. 31–32, no national format. */
    REGS_2007,
    /** Report years 2019–2020: 国务院令第711号 Art. 49–50 and the trial format of 国办公开办函〔2019〕60号. */
    FORMAT_2019,
    /** Report years from 2021: the 2019 Regulations and the revised format of 国办公开办函〔2021〕30号. */
    FORMAT_2021;

    /** The regime that governs a report covering {@code reportYear}. */
    public static Regime forYear(int reportYear) {
        if (reportYear <= 2018) return REGS_2007;
        if (reportYear <= 2020) return FORMAT_2019;
        return FORMAT_2021;
    }

    public boolean isUnifiedFormat() {
        return this != REGS_2007;
    }
}
