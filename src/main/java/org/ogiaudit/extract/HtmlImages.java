package org.ogiaudit.extract;

/** The line an image of the report's article is read as: tables are sometimes published as pictures. */
public final class HtmlImages {
    /** Written by the HTML reader for each {@code <img>} inside the article. */
    public static final String MARK = "[图片]";

    private HtmlImages() { }
}
