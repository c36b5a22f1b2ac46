package org.ogiaudit.model;

import java.util.List;
import java.util.Map;

/**
 * A report's score and how it was reached: 100 minus the points of FAIL findings, never below 0.
 *
 * @param value      the score, 0..100
 * @param deductions one line per FAIL finding, so anyone can recompute the score
 * @param byCategory points deducted per category (every category present, 0 when none)
 */
public record Score(int value, List<Deduction> deductions, Map<Category, Integer> byCategory) {

    /** One FAIL finding's share of the score. */
    public record Deduction(String rule, Category category, int points) { }
}
