package org.ogiaudit.model;

/** A sentence of the report that speaks to a {@link MentionTopic}. */
public final class Mention {
    private final MentionTopic topic;
    private final Evidence evidence;

    public Mention(MentionTopic topic, Evidence evidence) {
        this.topic = topic;
        this.evidence = evidence;
    }

    public MentionTopic getTopic() { return topic; }
    public Evidence getEvidence() { return evidence; }

    @Override public String toString() { return "Mention[" + topic + " " + evidence + "]"; }
}
