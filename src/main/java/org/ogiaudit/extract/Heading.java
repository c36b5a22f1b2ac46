package org.ogiaudit.extract;

/**
 * A heading line as the parser saw it, before it is mapped to sections.
 *
 * @param line    1-based line number
 * @param level   1 for 一、/第一部分/canonical unnumbered headings, 2 for (一)
 * @param ordinal the heading's own number (一 = 1), 0 when unnumbered
 * @param text    the heading text without its marker, cut at the first sentence break
 * @param full    the whole line
 */
record Heading(int line, int level, int ordinal, String text, String full) { }
