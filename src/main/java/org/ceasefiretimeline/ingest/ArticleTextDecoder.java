package org.ceasefiretimeline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an article file's bytes into text: UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (what older newsroom exports use for curly quotes). Refuses binary data and files too large to be
 * an article.
 */
public final class ArticleTextDecoder {

    /**
     * Long-form news articles are under 100 kB; 2 MB leaves room for pages with comments pasted in.
     */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public String decode(byte[] bytes) throws UnreadableArticleException {
        if (bytes.length == 0) {
            throw new UnreadableArticleException("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableArticleException(
                    String.format(
                            "the file is %.1f MB, over the %d MB limit for one article",
                            bytes.length / 1048576.0, MAX_BYTES / 1048576));
        }
        if (looksBinary(bytes)) {
            throw new UnreadableArticleException("the file is binary, not text");
        }
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        text =
                text.replace("\uFEFF", "")
                        .replace("\r\n", "\n")
                        .replace('\r', '\n')
                        .replace('\u00A0', ' ');
        if (text.isBlank()) {
            throw new UnreadableArticleException("the file holds only white space");
        }
        return text;
    }

    /**
     * NUL bytes, or many control characters other than tab and line breaks, mean this is not text.
     */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }
}
