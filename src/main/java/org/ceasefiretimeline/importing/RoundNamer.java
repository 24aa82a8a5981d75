package org.ceasefiretimeline.importing;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives a round's name and slug: the month and year of its first report, parties, mediators and
 * the operation's name.
 */
public final class RoundNamer {

    private static final Map<String, String> ADJECTIVES =
            Map.of(
                    "Egypt",
                    "Egyptian",
                    "Qatar",
                    "Qatari",
                    "United States",
                    "US",
                    "United Nations",
                    "UN",
                    "European Union",
                    "EU",
                    "Jordan",
                    "Jordanian",
                    "Turkey",
                    "Turkish",
                    "Russia",
                    "Russian",
                    "France",
                    "French",
                    "Germany",
                    "German");

    private RoundNamer() {}

    public static String name(
            LocalDate start, String counterpart, List<String> mediators, String operation) {
        StringBuilder name =
                new StringBuilder(monthYear(start)).append(": Israel and ").append(counterpart);
        if (!mediators.isEmpty()) {
            List<String> adjectives =
                    mediators.stream().map(m -> ADJECTIVES.getOrDefault(m, m)).toList();
            name.append(", ").append(joined(adjectives)).append(" mediation");
        }
        if (operation != null) {
            name.append(" (").append(operation).append(")");
        }
        return name.toString();
    }

    public static String slug(LocalDate start, String counterpart) {
        String party = counterpart.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return start.getYear()
                + "-"
                + String.format("%02d", start.getMonthValue())
                + "-israel-"
                + party;
    }

    private static String monthYear(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    private static String joined(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1))
                + " and "
                + words.get(words.size() - 1);
    }
}
