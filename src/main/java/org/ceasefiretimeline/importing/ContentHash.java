package org.ceasefiretimeline.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.Block;

/**
 * The SHA-256 of an article's text as read (headline, paragraphs, captions), whatever its file is
 * called.
 */
public final class ContentHash {

    private ContentHash() {}

    public static String of(Article article) {
        return sha256(String.join("\n", article.blocks().stream().map(Block::text).toList()));
    }

    public static String sha256(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
