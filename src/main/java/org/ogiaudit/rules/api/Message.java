package org.ogiaudit.rules.api;

/**
 * The values a finding's message is written with. The texts themselves are the rule's {@code @message} (Chinese) and
 * {@code @messageEn} (English) metadata, with {@code {name}} where a value goes; the consequence gives each value once,
 * for both languages:
 * <pre>
 *   rule "…"
 *       @message("于{publishedOn}公布，晚于{deadline}的法定时限")
 *       @messageEn("published on {publishedOn}, after the deadline of {deadline}")
 *   …
 *   then
 *       findings.fail(kcontext, $r.getPublishedOnEvidence())
 *               .with("publishedOn", $r.getPublishedOn())
 *               .with("deadline", $r.deadline(3, 31));
 * </pre>
 * A value is shown as its language writes it: a date as 2024年3月31日 or 2024-03-31, a list joined with 、 or commas, a
 * value of the model (an organ kind, a topic) by its name in that language, a number as written.
 */
public interface Message {
    /** Gives the value of {@code {name}} in the rule's message texts; returns this message for the next value. */
    Message with(String name, Object value);
}
