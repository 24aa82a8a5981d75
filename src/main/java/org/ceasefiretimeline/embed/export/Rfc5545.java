package org.ceasefiretimeline.embed.export;

/**
 * RFC 5545's folding of content lines (section 3.1): a line longer than 75 octets, its CRLF not
 * counted, goes on in continuation lines that begin with a space. Counted in UTF-8 octets and
 * folded between characters, never inside one.
 */
final class Rfc5545 {

    private static final int MAX_OCTETS = 75;

    private Rfc5545() {}

    /** The same lines, each ended by CRLF, folded. */
    static String folded(String lines) {
        StringBuilder out = new StringBuilder(lines.length() + lines.length() / 32);
        int octets = 0;
        for (int i = 0; i < lines.length(); ) {
            int c = lines.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' || c == '\n') {
                octets = 0;
            } else {
                int size = utf8Octets(c);
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                octets += size;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    private static int utf8Octets(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
}
