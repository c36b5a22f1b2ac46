package org.ogiaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates real reports write, Chinese numerals and layout spaces included. */
class ChineseDatesTest {
    @Test
    void chineseDates() {
        assertEquals(LocalDate.of(2013, 3, 19), ChineseDates.parse("二〇一三年三月十九日"));
        assertEquals(LocalDate.of(2013, 1, 20), ChineseDates.parse("二○一三年一月二十日"));
        assertEquals(LocalDate.of(2019, 3, 25), ChineseDates.parse("发布时间:2019-03-25 15:25"));
        assertEquals(LocalDate.of(2014, 1, 10), ChineseDates.parse("2014年01月10日 23:20"));
        assertEquals(LocalDate.of(2023, 1, 1), ChineseDates.parse("统计时限为20 23 年 1 月 1 日"));
        assertEquals(LocalDate.of(2021, 12, 31), ChineseDates.parse("2021/12/31"));
        assertNull(ChineseDates.parse("2019年13月40日"));
        assertEquals(31, ChineseDates.chineseNumber("三十一"));
        assertEquals(10, ChineseDates.chineseNumber("十"));
    }

}
