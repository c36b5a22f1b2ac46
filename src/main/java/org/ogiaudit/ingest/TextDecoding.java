package org.ogiaudit.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a Chinese page: detected, not assumed.
 *
 * <p>Order: a byte-order mark; valid UTF-8 (strictly decoded, which GBK text almost never is); the page's declared
 * charset, reading gb2312/gbk labels as GB18030 (Java's strict GB2312 decoder drops characters such as 镕 and 堃,
 * which real pages use under that label); ICU's detector among the Chinese encodings; GB18030 last.
 */
public final class TextDecoding {
    /** The text and the charset that produced it. */
    public record Decoded(String text, String charset) { }

    private TextDecoding() { }

    public static Decoded decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String strictUtf8 = tryStrict(bytes, StandardCharsets.UTF_8);
        if (strictUtf8 != null) return new Decoded(strictUtf8, "UTF-8");

        Charset label = chineseCharset(declared);
        if (label != null && !label.equals(StandardCharsets.UTF_8)) {
            String s = tryStrict(bytes, label);
            if (s != null) return new Decoded(s, label.name());
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset cs = chineseCharset(match.getName());
            if (cs == null || cs.equals(StandardCharsets.UTF_8)) continue;
            String s = tryStrict(bytes, cs);
            if (s != null) return new Decoded(s, cs.name());
        }
        Charset gb = Charset.forName("GB18030");
        return new Decoded(new String(bytes, gb), gb.name() + " (with undecodable bytes replaced)");
    }

    /** Maps a charset label to the charset ogi-audit decodes it with, or null for labels that are not Chinese/Unicode. */
    static Charset chineseCharset(String label) {
        if (label == null) return null;
        String l = label.trim().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (l) {
            case "utf-8", "utf8": return StandardCharsets.UTF_8;
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "x-euc-cn", "hz-gb-2312":
                return Charset.forName("GB18030");
            case "big5", "big5-hkscs", "x-big5", "cp950":
                return Charset.forName("Big5-HKSCS");
            default: return null;
        }
    }

    private static String tryStrict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
