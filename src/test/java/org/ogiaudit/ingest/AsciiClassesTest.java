package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiClassesTest {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACE = Pattern.compile("\\s");

    @Test
    void answersAsTheRegexClassesDoForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(DIGIT.matcher(s).matches(), AsciiClasses.isDigit((char) c), () -> "\\d on " + s);
            assertEquals(SPACE.matcher(s).matches(), AsciiClasses.isSpace((char) c), () -> "\\s on " + s);
            assertEquals(DIGIT.matcher(s).find(), AsciiClasses.hasDigit(s));
        }
    }
}
