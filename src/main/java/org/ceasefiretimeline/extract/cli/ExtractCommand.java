package org.ceasefiretimeline.extract.cli;

public final class ExtractCommand {

    public int run(String[] args) {
        System.err.println("extract: not implemented yet");
        return 2;
    }
}
