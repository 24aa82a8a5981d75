package org.ceasefiretimeline.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An article as read from disk: its content blocks, metadata and publication day. An article that
 * could not be read has no blocks and says why in {@code errors}.
 */
public record Article(
        String file,
        String title,
        String publisher,
        String url,
        LocalDate published,
        PublicationSource publishedSource,
        String publishedEvidence,
        ZoneId timezone,
        List<Block> blocks,
        List<String> errors) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jerusalem");

    public Article {
        blocks = List.copyOf(blocks);
        errors = List.copyOf(errors);
    }

    public static Article unreadable(String file, String error) {
        return new Article(
                file,
                null,
                null,
                null,
                null,
                PublicationSource.UNKNOWN,
                null,
                DEFAULT_ZONE,
                List.of(),
                List.of(error));
    }

    public Article withErrors(List<String> more) {
        var all = new ArrayList<>(errors);
        all.addAll(more);
        return new Article(
                file,
                title,
                publisher,
                url,
                published,
                publishedSource,
                publishedEvidence,
                timezone,
                blocks,
                all);
    }
}
