package org.ogiaudit.extract;

import java.util.List;
import org.ogiaudit.vocabulary.Concept;

/**
 * The preamble's list of the report's parts ("本报告由概述、主动公开……组成", vocabulary/list-of-parts.txt), which names
 * every part and reports on none: no statement or trace is read from it. A list set out item by item
 * ("本报告包括：" then "政府信息公开的收费及减免情况；" …) runs on while its items are short and end with a semicolon.
 */
final class PartsList {
    /** Longest sentence that can be one item of a list. */
    private static final int MAX_ITEM = 40;

    private PartsList() { }

    /** For each sentence, true when it is (an item of) the list of parts. */
    static boolean[] mark(List<Sentence> sentences, Concept listOfParts) {
        boolean[] out = new boolean[sentences.size()];
        boolean inList = false;
        for (int i = 0; i < sentences.size(); i++) {
            String t = sentences.get(i).text();
            if (listOfParts.in(t)) {
                out[i] = true;
                inList = t.endsWith("：") || t.endsWith(":") || t.endsWith("；") || t.endsWith(";");
                continue;
            }
            if (inList && t.length() <= MAX_ITEM) {
                out[i] = true;
                inList = t.endsWith("；") || t.endsWith(";");
            } else {
                inList = false;
            }
        }
        return out;
    }
}
