package org.ceasefiretimeline.extract;

/**
 * The confidence below which a date goes to the editors' review queue, chosen on the development part from
 * the fitted confidence model: the highest threshold that flags no more than one right date in ten there
 * (0.93: 3 of 4 wrong dates, 24 of 302 right ones).
 */
public final class ReviewThreshold {

    public static final double VALUE = 0.93;

    private ReviewThreshold() {
    }
}
