/**
 * Results written for people (text, HTML) and machines (JSON, JSON Lines, CSV). Each format is one small class behind
 * {@link org.ogiaudit.render.Renderer}; {@link org.ogiaudit.render.Format} is their registry and says where each is
 * written: a stream or a file written whole ({@link org.ogiaudit.render.AtomicFile}), a log appended as it goes
 * ({@link org.ogiaudit.render.AppendLog}), a folder ({@link org.ogiaudit.render.SiteFolder}). Uses only the model and
 * the score.
 */
package org.ogiaudit.render;
