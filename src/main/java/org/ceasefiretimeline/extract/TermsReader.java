package org.ceasefiretimeline.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a proposal's terms from its sentence: truce length ("a 72-hour truce", "a seven-day
 * humanitarian ceasefire"), stages, hostages and prisoners.
 */
final class TermsReader {

    private static final String NUMBER =
            "(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|thousands of)";
    private static final Pattern TRUCE =
            Pattern.compile(
                    "(?i)\\b((?:(?:year|week|month|day)-?long|(?:[a-z]+-)+(?:hour|day|week|month|year)s?(?:-long)?|\\d+-(?:hour|day|week|month|year)|"
                            + NUMBER
                            + "\\s+(?:hours|days|weeks|months|years))\\s+(?:[a-z]+\\s+)?(?:truce|ceasefire|cease-fire|pause|lull|halt|calm))");
    private static final Pattern STAGES =
            Pattern.compile(
                    "(?i)\\b((?:two|three|four|five|\\d|multiple|several)\\s+(?:stages|phases)|(?:a|the)\\s+(?:first|second|third|final)\\s+(?:stage|phase))\\b");
    private static final Pattern HOSTAGES =
            Pattern.compile(
                    "(?i)\\b("
                            + NUMBER
                            + "\\s+(?:living\\s+|Israeli\\s+)?(?:hostages|captives|abductees))");
    private static final Pattern PRISONERS =
            Pattern.compile(
                    "(?i)\\b(" + NUMBER + "\\s+(?:Palestinian\\s+)?(?:security\\s+)?prisoners)");

    private TermsReader() {}

    static Terms read(String sentence) {
        return new Terms(
                first(TRUCE, sentence),
                first(STAGES, sentence),
                first(HOSTAGES, sentence),
                first(PRISONERS, sentence));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
