package org.ceasefiretimeline.ingest;

/**
 * An article file that cannot be read as an article; the message says why, without the file name.
 */
public class UnreadableArticleException extends Exception {

    public UnreadableArticleException(String message) {
        super(message);
    }
}
