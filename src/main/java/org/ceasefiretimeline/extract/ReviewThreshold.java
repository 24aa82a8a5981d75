package org.ceasefiretimeline.extract;

/**
 * The confidence below which a date goes to the editors' review queue, chosen on the development
 * part from the fitted confidence model: the highest threshold that flags no more than one right
 * date in ten there (0.92 on the dev part with its first runs of each new batch: 9 of 15 wrong
 * dates, 59 of 651 right ones).
 */
public final class ReviewThreshold {

    public static final double VALUE = 0.92;

    private ReviewThreshold() {}
}
