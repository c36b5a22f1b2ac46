/** Scores from findings: 100 minus the points of FAIL findings, with the deductions listed so anyone can recompute it. */
package org.ogiaudit.score;
