package org.ceasefiretimeline.embed;

/**
 * What every embed page's {@code <head>} and frame carry: its title and description for link
 * previews (Open Graph, Twitter card), its address, the reader page it embeds (canonical), its
 * oEmbed address, and the page's language and theme.
 *
 * @param oembed null on pages oEmbed does not describe
 */
public record PageHead(
        String title,
        String description,
        String self,
        String canonical,
        String oembed,
        EmbedQuery query,
        EmbedText text,
        EmbedAssets assets) {}
