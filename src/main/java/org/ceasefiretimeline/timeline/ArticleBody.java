package org.ceasefiretimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.ceasefiretimeline.ingest.Block;
import org.ceasefiretimeline.ingest.BlockKind;

/**
 * An article's blocks as stored text, one per line ("KIND&lt;TAB&gt;line&lt;TAB&gt;text"), so that
 * a corrected publication day can re-run extraction on exactly the text that was imported.
 */
public final class ArticleBody {

    private ArticleBody() {}

    public static String encode(List<Block> blocks) {
        StringBuilder body = new StringBuilder();
        for (Block b : blocks) {
            body.append(b.kind())
                    .append('\t')
                    .append(b.line())
                    .append('\t')
                    .append(b.text().replace('\n', ' ').replace('\t', ' '))
                    .append('\n');
        }
        return body.toString();
    }

    public static List<Block> decode(String body) {
        List<Block> blocks = new ArrayList<>();
        if (body == null) {
            return blocks;
        }
        for (String line : body.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                blocks.add(
                        new Block(
                                Integer.parseInt(parts[1]), BlockKind.valueOf(parts[0]), parts[2]));
            }
        }
        return blocks;
    }
}
