package org.ogiaudit.cli;

import org.ogiaudit.model.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang zh|en}, shared by every command: the language of everything a person reads. Without it,
 * {@code OGI_AUDIT_LANG}; without that, Chinese, the language of the offices that read the results.
 *
 * <p>Help is printed while the command line is parsed, before this option has a value, so {@link Main} finds the
 * language with {@link #detect} first and hands picocli the help in it; the option then only has to agree.
 */
final class LanguageOption {
    static final String ENVIRONMENT = "OGI_AUDIT_LANG";
    /** The tool's own words at run time, per language. */
    static final String MESSAGES = "org.ogiaudit.cli.messages";

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang", converter = Parser.class)
    Lang value;

    /** Reads "zh", "zh-CN", "en" …; anything else is a usage error. */
    static final class Parser implements ITypeConverter<Lang> {
        @Override public Lang convert(String text) {
            Lang l = Lang.parse(text);
            if (l == null) throw new TypeConversionException("zh, en");
            return l;
        }
    }

    /** The language asked for. */
    Lang lang() {
        return value != null ? value : Lang.fromEnvironment(System.getenv(ENVIRONMENT));
    }

    /** The run-time messages of the commands in that language. */
    Lang.Messages messages() {
        return lang().messages(MESSAGES);
    }

    /** The language a command line asks for ({@code --lang X}, {@code --lang=X}), else the environment's, else Chinese. */
    static Lang detect(String[] args, String environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            Lang l = null;
            if (args[i].equals("--lang") && i + 1 < args.length) l = Lang.parse(args[i + 1]);
            else if (args[i].startsWith("--lang=")) l = Lang.parse(args[i].substring("--lang=".length()));
            if (l != null) return l;
        }
        return Lang.fromEnvironment(environment);
    }
}
