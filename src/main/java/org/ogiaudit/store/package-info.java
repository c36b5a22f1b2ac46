/**
 * The history store: every checked report of every run in an SQLite file or a team's PostgreSQL, with a versioned
 * schema (docs/store.md), so that the cross-report phase compares a report with its organ's earlier years and with
 * reports checked before, and {@code ogi-audit history} lists an organ's years. Beside {@code batch}, used by
 * {@code batch} and {@code cli}; uses {@code extract} (the digest) and {@code model}.
 */
package org.ogiaudit.store;
