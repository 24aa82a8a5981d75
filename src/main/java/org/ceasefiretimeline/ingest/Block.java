package org.ceasefiretimeline.ingest;

/** One line of article text that carries content, with its 1-based line number in the file. */
public record Block(int line, BlockKind kind, String text) {

    public boolean caption() {
        return kind == BlockKind.CAPTION;
    }
}
