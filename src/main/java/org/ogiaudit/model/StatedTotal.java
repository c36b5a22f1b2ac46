package org.ogiaudit.model;

import java.math.BigDecimal;

/**
 * A number of requests the prose states ("全年共收到政府信息公开申请218件"), to compare with table 三.
 * {@code scoped} is true when the sentence limits itself to part of the organ ("区政府办代表区政府受理…17件"),
 * so a difference from the table is no contradiction on its face.
 */
public final class StatedTotal {
    private final BigDecimal value;
    private final boolean scoped;
    private final Evidence evidence;

    public StatedTotal(BigDecimal value, boolean scoped, Evidence evidence) {
        this.value = value;
        this.scoped = scoped;
        this.evidence = evidence;
    }

    public BigDecimal getValue() { return value; }
    public boolean isScoped() { return scoped; }
    public Evidence getEvidence() { return evidence; }
    /** True when the number was read from a picture by OCR. */
    public boolean isReadByOcr() { return evidence.isReadByOcr(); }

    /** True when the stated number equals one of {@code candidates} (new requests, new plus carried over, handled). */
    public boolean agreesWith(BigDecimal newRequests, BigDecimal carriedOver, BigDecimal handled) {
        return value.compareTo(newRequests) == 0 || value.compareTo(newRequests.add(carriedOver)) == 0
                || value.compareTo(handled) == 0;
    }
}
