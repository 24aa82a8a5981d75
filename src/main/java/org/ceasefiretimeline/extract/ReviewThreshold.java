package org.ceasefiretimeline.extract;

/**
 * The confidence below which a date goes to the editors' review queue, chosen on the development
 * part from the fitted confidence model: the highest threshold that flags no more than one right
 * date in ten there (0.78 with the model refitted on the first runs of the fourth and fifth
 * batches: on the 114 dev articles 10 of 12 wrong dates, 48 of 545 right ones).
 */
public final class ReviewThreshold {

    public static final double VALUE = 0.78;

    private ReviewThreshold() {}
}
