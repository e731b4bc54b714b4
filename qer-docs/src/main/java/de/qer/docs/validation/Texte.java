package de.qer.docs.validation;

import de.qer.core.Freitext;
import de.qer.core.QuerPolicy;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * R-N2: what makes a text "umfangreich und aussagekräftig", and the hygiene of every free text (not
 * longer than the policy allows, no control or bidi characters). What counts as visible is defined once,
 * in {@link Freitext}.
 */
final class Texte {

    /** Texts made only of x, dashes, dots, slashes, question marks and spaces. */
    private static final Pattern FILLER = Pattern.compile("[xX\\-./?* ]+");
    private static final int SHORT_MINIMUM = 3;

    private Texte() {
    }

    /**
     * The content problem of a text (blank, placeholder, too short) at the text itself, or empty if it
     * has content. Blank and short are judged by the visible characters, placeholders by the visible text.
     */
    static Optional<Problem> problem(String text, boolean kurz, QuerPolicy policy) {
        String visible = Freitext.visibleText(text);
        if (visible.isEmpty()) {
            return Optional.of(Problem.error(ProblemCode.MISSING, "R-N2", "", "R-N2.blank"));
        }
        String norm = visible.toLowerCase(Locale.ROOT);
        if (FILLER.matcher(visible).matches()
                || policy.placeholderTexts().stream().anyMatch(p -> Freitext.visibleText(p).equalsIgnoreCase(norm))) {
            return Optional.of(Problem.error(ProblemCode.WRONG_VALUE, "R-N2", "", "R-N2.placeholder"));
        }
        int min = kurz ? SHORT_MINIMUM : policy.minimumTextLength();
        if (Freitext.visibleLength(visible) < min) {
            return Optional.of(Problem.error(ProblemCode.WRONG_VALUE, "R-N2", "", "R-N2.short", min));
        }
        return Optional.empty();
    }

    /** The hygiene problems of any free text, at the text itself: too long, control or bidi characters. */
    static List<Problem> hygiene(String text, QuerPolicy policy) {
        List<Problem> problems = new ArrayList<>(2);
        int max = policy.maximumTextLength();
        if (text.length() > max && Freitext.length(text) > max) {
            problems.add(Problem.error(ProblemCode.WRONG_VALUE, "R-N2", "", "R-N2.long", max));
        }
        if (Freitext.containsControlOrBidi(text)) {
            problems.add(Problem.error(ProblemCode.WRONG_VALUE, "R-N2", "", "R-N2.control"));
        }
        return problems;
    }
}
