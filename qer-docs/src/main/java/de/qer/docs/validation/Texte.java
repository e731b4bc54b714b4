package de.qer.docs.validation;

import de.qer.core.QuerPolicy;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** R-N2: what makes a text "umfangreich und aussagekräftig". */
final class Texte {

    /** Texts made only of x, dashes, dots, slashes, question marks and spaces. */
    private static final Pattern FILLER = Pattern.compile("[xX\\-./?* ]+");
    private static final int SHORT_MINIMUM = 3;

    private Texte() {
    }

    /** The message template of the problem of a given text, or empty if the text is fine. */
    static Optional<String> problem(String text, boolean kurz, QuerPolicy policy) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of("{de.qer.docs.R-N2.leer}");
        }
        String norm = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (FILLER.matcher(t).matches() || policy.placeholderTexts().stream().anyMatch(p -> p.equalsIgnoreCase(norm))) {
            return Optional.of("{de.qer.docs.R-N2.platzhalter}");
        }
        int min = kurz ? SHORT_MINIMUM : policy.minimumTextLength();
        if (t.codePointCount(0, t.length()) < min) {
            return Optional.of("{de.qer.docs.R-N2.kurz} " + min);
        }
        return Optional.empty();
    }
}
