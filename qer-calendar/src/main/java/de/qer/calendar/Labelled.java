package de.qer.calendar;

/**
 * Something qer names in German and English: every enum of qer implements it, so a host renders any of
 * them the same way ({@code x.label().in(locale)}).
 */
public interface Labelled {

    /**
     * The name of this value in German and English.
     *
     * @return the label, never null
     */
    Label label();
}
