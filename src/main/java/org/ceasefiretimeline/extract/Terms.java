package org.ceasefiretimeline.extract;

/** The terms of a proposal as the sentence states them; any may be null. */
public record Terms(String truce, String stages, String hostages, String prisoners) {

    public static final Terms NONE = new Terms(null, null, null, null);

    public boolean isEmpty() {
        return truce == null && stages == null && hostages == null && prisoners == null;
    }

    /** A short label for the proposal: its truce length, else its stages or exchange. */
    public String summary() {
        if (truce != null) {
            return truce;
        }
        return stages != null ? stages : hostages != null ? hostages : prisoners;
    }
}
