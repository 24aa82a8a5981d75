package org.ceasefiretimeline.ingest;

public class InvalidManifestException extends Exception {

    public InvalidManifestException(String message) {
        super(message);
    }
}
