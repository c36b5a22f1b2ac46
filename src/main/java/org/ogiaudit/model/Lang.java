package org.ogiaudit.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language a person reads results in: Chinese by default, because the readers are supervising offices, evaluators
 * and the organs themselves; English on request ({@code --lang en}, {@code OGI_AUDIT_LANG=en}). JSON keys, enum values
 * in JSON and rule ids never change with it.
 *
 * <p>What a rule says is written by its author in both languages (a {@link Text}); what the tool itself says lives in
 * each package's {@code messages_zh/_en.properties}, read through {@link #messages(String)}.
 */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    private static final String LABELS = "org.ogiaudit.model.labels";

    private final Locale locale;
    /**
     * The labels of the model's values, read once: a report's check list names dozens of them, on every thread, and
     * {@link ResourceBundle#getBundle} looks its cache up under a lock each time.
     */
    private final Map<String, String> labels;

    Lang(Locale locale) {
        this.locale = locale;
        ResourceBundle b = ResourceBundle.getBundle(LABELS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> all = new HashMap<>();
        for (String k : b.keySet()) all.put(k, b.getString(k));
        this.labels = Map.copyOf(all);
    }

    public Locale locale() { return locale; }

    /** "zh", "en": what {@code --lang} takes and HTML's {@code lang} attribute says. */
    public String code() { return this == ZH ? "zh-CN" : "en"; }

    /** "zh", "zh-CN", "zh_CN.UTF-8", "en", "EN_us" …; null for anything else. */
    public static Lang parse(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh") || t.equals("cn") || t.equals("中文")) return ZH;
        if (t.startsWith("en")) return EN;
        return null;
    }

    /** The language {@code OGI_AUDIT_LANG} names, else Chinese. */
    public static Lang fromEnvironment(String value) {
        Lang l = parse(value);
        return l == null ? ZH : l;
    }

    /** A date as a person writes it: 2024年3月31日 in Chinese, 2024-03-31 in English. */
    public String date(LocalDate d) {
        if (d == null) return null;
        return this == ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日" : d.toString();
    }

    /** The name of a value of the model as a reader sees it: {@code Status.FAIL} is 不合格 / fail. */
    public String label(Enum<?> value) {
        if (value == null) return null;
        return labels.getOrDefault(value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
    }

    /** The tool's own words of one package in this language: {@code messages("org.ogiaudit.render.messages")}. */
    public Messages messages(String baseName) {
        return new Messages(this, bundle(baseName));
    }

    private ResourceBundle bundle(String baseName) {
        // no fallback to the JVM's default locale: a Chinese run on an English machine stays Chinese
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * One package's words in one language. Values are {@link String#format} patterns, so that "%d" and "%s" stand
     * where numbers and names go in either language's word order.
     */
    public static final class Messages {
        private final Lang lang;
        private final ResourceBundle bundle;

        Messages(Lang lang, ResourceBundle bundle) {
            this.lang = lang;
            this.bundle = bundle;
        }

        public Lang lang() { return lang; }

        /** The text of {@code key}, formatted with {@code args}. */
        public String get(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("no text \"" + key + "\" in " + bundle.getBaseBundleName() + " (" + lang + ")", e);
            }
            return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
        }

        /** The label of a model value (see {@link Lang#label}). */
        public String label(Enum<?> value) { return lang.label(value); }

        /** A date in this language (see {@link Lang#date}). */
        public String date(LocalDate d) { return lang.date(d); }
    }
}
