package org.ogiaudit.model;

/**
 * A supervising office's decision to accept a finding (a false alarm, or a known exception), from a baseline file.
 *
 * @param fingerprint what identifies the finding across runs
 * @param by          who accepted it
 * @param reason      why
 * @param on          when (ISO date)
 */
public record Acceptance(String fingerprint, String by, String reason, String on) { }
