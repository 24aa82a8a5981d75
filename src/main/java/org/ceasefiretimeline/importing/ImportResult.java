package org.ceasefiretimeline.importing;

import java.util.List;

/**
 * What one import did: articles added, already known, refused (with the reason, naming the file).
 */
public record ImportResult(int added, int alreadyImported, List<String> problems) {

    @Override
    public String toString() {
        return added
                + " new, "
                + alreadyImported
                + " already imported, "
                + problems.size()
                + " with problems";
    }
}
