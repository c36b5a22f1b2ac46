/**
 * Bytes to text: decode (UTF-8, GB18030/GBK, Big5, detected rather than assumed), strip page furniture, normalise
 * Chinese text, and split run-on lines so that line numbers point somewhere useful.
 *
 * <p>The output is a {@link org.ogiaudit.ingest.SourceDocument}: the lines every later stage quotes, plus what the page
 * said about itself (meta tags, a crawler's header, PDF document information). A file that cannot be read becomes an
 * {@link org.ogiaudit.ingest.IngestException} whose message is meant for the person running the batch.
 */
package org.ogiaudit.ingest;
