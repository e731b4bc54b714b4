package de.qer.calendar;

import java.util.Locale;
import java.util.Objects;

/**
 * A bilingual text: the German wording that the Jobcenter uses, and its English rendering.
 *
 * <p>qer has one label type for everything it names in two languages: every enum constant
 * ({@link Labelled}), holidays, states, commands, rules and the reports. German is the language of the
 * procedure; English is for hosts and logs outside Germany. Neither text ever contains personal data.
 *
 * @param german  the German text, not blank
 * @param english the English text, not blank
 */
public record Label(String german, String english) {

    /** Checks both texts. */
    public Label {
        Objects.requireNonNull(german, "german");
        Objects.requireNonNull(english, "english");
        if (german.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("A label needs a German and an English text"
                    + " / Eine Bezeichnung braucht einen deutschen und einen englischen Text");
        }
    }

    /**
     * The text in the language of the locale: German for every locale whose language is {@code de},
     * English otherwise.
     *
     * @param locale the locale, not null
     * @return the German or the English text
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "de".equals(locale.getLanguage()) ? german : english;
    }

    /**
     * Both texts, German first.
     *
     * @return {@code "german / english"}, or the one text if both are the same
     */
    @Override
    public String toString() {
        return german.equals(english) ? german : german + " / " + english;
    }
}
