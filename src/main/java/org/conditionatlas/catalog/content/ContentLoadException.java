package org.conditionatlas.catalog.content;

/** A content file that cannot be loaded, with where and why, as an editor needs to fix it. */
public class ContentLoadException extends RuntimeException {

    private final String file;
    private final int line;

    public ContentLoadException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
