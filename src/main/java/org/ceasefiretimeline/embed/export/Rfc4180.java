package org.ceasefiretimeline.embed.export;

import java.util.List;

/**
 * RFC 4180's rules for a CSV record: fields separated by commas, records ended by CRLF, a field
 * holding a comma, a double quote or a line break put in double quotes with its quotes doubled.
 */
final class Rfc4180 {

    private Rfc4180() {}

    static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields.get(i));
        }
        out.append("\r\n");
    }

    private static void field(StringBuilder out, String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
