package org.ogiaudit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogiaudit.extract.FactExtractor;
import org.ogiaudit.ingest.DocumentReader;
import org.ogiaudit.ingest.IngestException;
import org.ogiaudit.ingest.PageMetadata;
import org.ogiaudit.ingest.SourceDocument;
import org.ogiaudit.model.ReportFacts;
import org.ogiaudit.render.FactsJson;
import org.ogiaudit.rules.Rulebook;
import org.ogiaudit.rules.RulebookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi-audit facts FILE}: the rule author's window on what was read. Its help is {@code ogi-audit.facts.*}. */
@Command(name = "facts", mixinStandardHelpOptions = true)
final class FactsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "facts.file")
    Path file;

    @Option(names = "--text", descriptionKey = "facts.text")
    boolean text;

    @Mixin
    LanguageOption language;

    @picocli.CommandLine.Mixin
    ReadingOptions reading;

    @Mixin
    RulesOption rules;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SourceDocument doc;
        try {
            doc = new DocumentReader(reading.toReadOptions()).read(file, file.toString());
        } catch (IngestException e) {
            spec.commandLine().getErr().println(language.messages().get("prefix") + language.messages().get("facts.cannotRead", file, e.reason().in(language.lang())));
            return ExitCodes.FILE_ERRORS;
        }
        if (text) {
            int n = 1;
            for (String line : doc.lines()) out.printf("%5d  %s%n", n++, line);
            out.flush();
            return ExitCodes.OK;
        }
        Rulebook rulebook;
        try {
            rulebook = rules.load(); // its vocabulary decides what is read
        } catch (RulebookException e) {
            spec.commandLine().getErr().println(language.messages().get("prefix") + language.messages().get("rulebook.errorsShort"));
            e.getProblems().forEach(p -> spec.commandLine().getErr().println("  " + p.toString(language.lang())));
            return ExitCodes.RULEBOOK;
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        FactsJson json = new FactsJson(mapper, language.lang());
        ObjectNode root = mapper.createObjectNode();
        root.put("file", doc.file());
        root.put("format", doc.format().name());
        root.put("charset", doc.charset());
        ArrayNode meta = root.putArray("metadata");
        for (PageMetadata m : doc.metadata()) {
            meta.addObject().put("name", m.name()).put("value", m.value()).put("line", m.line());
        }
        ArrayNode reports = root.putArray("reports");
        int part = 1;
        for (ReportFacts f : new FactExtractor(rulebook.vocabulary()).extract(doc)) {
            ObjectNode r = reports.addObject();
            r.put("part", part++);
            r.set("facts", json.facts(f));
        }
        ArrayNode lines = root.putArray("text");
        doc.lines().forEach(lines::add);
        out.println(mapper.writeValueAsString(root));
        out.flush();
        return ExitCodes.OK;
    }
}
