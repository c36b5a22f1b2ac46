package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HanTest {
    @Test
    void answersAsTheUnicodeScriptTableDoesForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Han.is(cp) != expected) assertEquals(expected, Han.is(cp), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void chineseCharactersRadicalsAndIterationMarksAreHanButPunctuationIsNot() {
        assertTrue(Han.is('政'));
        assertTrue(Han.is('〇'));
        assertTrue(Han.is('⼀')); // Kangxi radical one, used by mirror pages
        assertTrue(Han.is(0x20000));
        assertFalse(Han.is('。'));
        assertFalse(Han.is('１'));
        assertFalse(Han.is('a'));
    }
}
