package org.ceasefiretimeline.extract;

/**
 * One sentence of an article, numbered in reading order. {@code block} counts the article's text
 * blocks (headline, paragraphs, captions), so sentences with the same block share a paragraph.
 */
public record Sentence(int index, int block, int line, String text, boolean caption) {}
