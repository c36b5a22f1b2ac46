/** The command line: {@code check} for batches, {@code facts} for the rule author's view of one file. */
package org.ogiaudit.cli;
