package org.ceasefiretimeline.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a folder's {@code manifest.json}: article metadata keyed by file name. */
public final class ManifestReader {

    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @throws InvalidManifestException with the manifest's path and what is wrong with it
     */
    public Map<String, ManifestEntry> read(Path manifest) throws InvalidManifestException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(manifest));
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting depth, number and string length) are reported without a
            // location
            JsonLocation at = e.getLocation();
            throw new InvalidManifestException(
                    manifest
                            + ": malformed JSON"
                            + (at == null
                                    ? ""
                                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                            + ": "
                            + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidManifestException(manifest + ": cannot be read: " + e.getMessage());
        }
        JsonNode articles = root == null ? null : root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new InvalidManifestException(
                    manifest + ": expected an object with an \"articles\" array");
        }
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : articles) {
            index++;
            String where = manifest + ": article " + index;
            String file = text(node, "file");
            if (file == null) {
                throw new InvalidManifestException(where + " has no \"file\"");
            }
            entries.put(
                    file,
                    new ManifestEntry(
                            file,
                            published(node, where),
                            text(node, "publisher"),
                            text(node, "url"),
                            text(node, "title"),
                            zone(node, where)));
        }
        return entries;
    }

    private static LocalDate published(JsonNode node, String where)
            throws InvalidManifestException {
        String value = text(node, "published");
        if (value == null) {
            return null;
        }
        try {
            // an ISO day or day-time: the day is what the resolver needs
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            throw new InvalidManifestException(
                    where + ": \"published\" is not an ISO date: " + value);
        }
    }

    private static ZoneId zone(JsonNode node, String where) throws InvalidManifestException {
        String value = text(node, "timezone");
        try {
            return value == null ? null : ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidManifestException(where + ": unknown \"timezone\" " + value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
