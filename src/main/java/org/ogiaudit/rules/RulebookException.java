package org.ogiaudit.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rulebook could not be built; every problem is listed with file and line. */
public class RulebookException extends Exception {
    private final List<RulebookProblem> problems;

    public RulebookException(List<RulebookProblem> problems) {
        super(problems.stream().map(RulebookProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RulebookProblem> getProblems() { return problems; }
}
