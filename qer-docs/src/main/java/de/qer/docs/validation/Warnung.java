package de.qer.docs.validation;

import jakarta.validation.Payload;

/** Payload that marks a constraint violation as a warning (a "soll" item) rather than an error. */
public interface Warnung extends Payload {
}
