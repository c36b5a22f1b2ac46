package org.ogiaudit.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ogiaudit.model.Lang;
import org.ogiaudit.model.Provenance;
import org.ogiaudit.model.Text;

/**
 * A rule's message text with {@code {name}} where a value goes, as a rule author writes it in {@code @message} and
 * {@code @messageEn}. Plain braces and names, not {@link java.text.MessageFormat}: an apostrophe in English ("the
 * report's") must not change the text, and the two languages share one set of names a rule author can check by eye.
 */
final class MessageTemplate {
    /** {name}: a letter, then letters, digits or underscores. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private MessageTemplate() { }

    /** The names a template uses, in order of first use. */
    static Set<String> names(String template) {
        Set<String> out = new LinkedHashSet<>();
        if (template == null) return out;
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Both languages of {@code template}, each with the values written as that language writes them. */
    static Text format(Text template, Map<String, Object> values) {
        return Text.of(format(template.zh(), values, Lang.ZH), format(template.en(), values, Lang.EN));
    }

    /** {@code template} with each {@code {name}} replaced; a name without a value stays as written, to be seen. */
    static String format(String template, Map<String, Object> values, Lang lang) {
        if (template == null || template.isEmpty()) return "";
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(values.containsKey(name) ? value(values.get(name), lang) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** One value as {@code lang} writes it. */
    static String value(Object v, Lang lang) {
        if (v == null) return lang == Lang.ZH ? "（未知）" : "(unknown)";
        if (v instanceof Text t) return t.in(lang);
        if (v instanceof LocalDate d) return lang.date(d);
        if (v instanceof BigDecimal b) return b.toPlainString();
        if (v instanceof Provenance p) {
            return p.detail() == null ? lang.label(p.origin()) : lang.label(p.origin()) + " " + p.detail();
        }
        if (v instanceof Enum<?> e) return lang.label(e);
        if (v instanceof Collection<?> c) {
            return c.stream().map(x -> value(x, lang)).collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
        }
        return String.valueOf(v);
    }
}
