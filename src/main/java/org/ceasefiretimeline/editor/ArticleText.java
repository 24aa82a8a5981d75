package org.ceasefiretimeline.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ceasefiretimeline.ingest.Block;
import org.ceasefiretimeline.ingest.BlockKind;
import org.ceasefiretimeline.timeline.StoredDateMention;

/**
 * An article's text as stored, cut into pieces so that each date phrase found in it can be marked
 * and linked to the event it dates.
 */
record ArticleText(List<MarkedBlock> blocks) {

    /** One paragraph, headline or caption. */
    record MarkedBlock(BlockKind kind, List<Piece> pieces) {}

    /**
     * Plain text, or a date phrase ({@code mention} set) with the event it dates ({@code eventId},
     * null when no event uses it).
     */
    record Piece(String text, StoredDateMention mention, Long eventId) {

        boolean isDate() {
            return mention != null;
        }
    }

    /**
     * @param eventByMention by date mention id, the event the mention dates or is a source of
     */
    static ArticleText of(
            List<Block> blocks, List<StoredDateMention> mentions, Map<Long, Long> eventByMention) {
        List<MarkedBlock> marked = new ArrayList<>();
        for (Block block : blocks) {
            List<int[]> spans = new ArrayList<>();
            List<StoredDateMention> found = new ArrayList<>();
            for (StoredDateMention m : mentions) {
                int at = phraseAt(block, m);
                if (at >= 0) {
                    spans.add(new int[] {at, at + m.getPhrase().length(), found.size()});
                    found.add(m);
                }
            }
            spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
            List<Piece> pieces = new ArrayList<>();
            int done = 0;
            for (int[] span : spans) {
                if (span[0] < done) {
                    continue; // overlaps a phrase already marked
                }
                if (span[0] > done) {
                    pieces.add(new Piece(block.text().substring(done, span[0]), null, null));
                }
                StoredDateMention m = found.get(span[2]);
                pieces.add(
                        new Piece(
                                block.text().substring(span[0], span[1]),
                                m,
                                eventByMention.get(m.getId())));
                done = span[1];
            }
            if (done < block.text().length()) {
                pieces.add(new Piece(block.text().substring(done), null, null));
            }
            marked.add(new MarkedBlock(block.kind(), pieces));
        }
        return new ArticleText(marked);
    }

    /** Where the mention's phrase is in the block: within its sentence, on its line. */
    private static int phraseAt(Block block, StoredDateMention m) {
        if (m.getLine() != block.line() || m.getPhrase() == null || m.getPhrase().isEmpty()) {
            return -1;
        }
        int sentence = block.text().indexOf(m.getSentence());
        if (sentence < 0) {
            return block.text().indexOf(m.getPhrase());
        }
        int inSentence = m.getSentence().indexOf(m.getPhrase());
        return inSentence < 0 ? -1 : sentence + inSentence;
    }
}
