/**
 * A whole check: the inputs a user named ({@link org.ogiaudit.batch.InputFiles}), each read, extracted, checked and
 * scored ({@link org.ogiaudit.batch.Checker}) on N threads with results in input order
 * ({@link org.ogiaudit.batch.Batch}), behind one entry point ({@link org.ogiaudit.batch.Check}) that {@code check},
 * {@code check --watch} and {@code bench} share; baselines, resume logs, the watcher and the rules' test cases.
 */
package org.ogiaudit.batch;
