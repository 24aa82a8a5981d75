package org.ceasefiretimeline.importing;

import java.util.List;

/**
 * What became of one pasted or uploaded file: the article it made (or had made before), how many
 * events that article reports, and the problems met on the way; {@code articleId} is null when the
 * file was refused.
 */
public record UploadResult(
        String fileName, Outcome outcome, Long articleId, int events, List<String> problems) {

    public enum Outcome {
        ADDED,
        ALREADY_IMPORTED,
        REFUSED
    }

    public static UploadResult refused(String fileName, String reason) {
        return new UploadResult(fileName, Outcome.REFUSED, null, 0, List.of(reason));
    }
}
