package org.ogiaudit.engine;

import org.ogiaudit.model.Category;
import org.ogiaudit.model.Severity;

/**
 * One DRL rule's metadata, as written by its author:
 * {@code @id("OGI-DEADLINE") @severity("error") @points(15) @category("timeliness") @basis("…") @title("…")}.
 *
 * @param regime free text saying where the rule applies ("REGS_2007", "all"); informative only, the rule's
 *               conditions decide
 * @param file   the DRL file it is declared in
 * @param line   the line of its {@code rule "…"} declaration, 0 when unknown
 */
public record RuleInfo(String id, String name, String title, Severity severity, int points, Category category,
                       String basis, String regime, String file, int line) { }
