package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.model.Mindeststandard;
import de.qer.docs.QuerDokumentation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point for hosts: validates a documented QuEr (or any single document) and reports
 * every violation with its rule, field, severity and German and English message, plus the state of
 * each minimum standard of R-Q1. No knowledge of Bean Validation is needed:
 *
 * <pre>{@code
 * try (QuerValidator validator = QuerValidator.create()) {      // once: the factory is expensive
 *     QuerReport report = validator.validate(dokumentation);
 *     if (!report.isComplete()) { ... report.format(Locale.GERMAN) ... }
 * }
 * }</pre>
 *
 * <p>A host with its own {@link Validator} uses {@link #using(Validator)}, or first adds qer's policy
 * and messages to its configuration with {@link #configure(Configuration, Deadlines)}.
 *
 * <p>This class is thread-safe; create it once and share it.
 */
public final class QuerValidator implements AutoCloseable {

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::field)
            .thenComparing(Violation::rule).thenComparing(Violation::messageDe);

    private final ValidatorFactory ownedFactory;
    private final Validator validator;
    private final MessageInterpolator messages = new QerMessageInterpolator();

    private QuerValidator(ValidatorFactory ownedFactory, Validator validator) {
        this.ownedFactory = ownedFactory;
        this.validator = validator;
    }

    /**
     * A validator with the standard policy and the NRW calendar, using the Jakarta Validation provider
     * on the class or module path (Hibernate Validator by default).
     *
     * @return the validator, never null
     */
    public static QuerValidator create() {
        return create(Deadlines.standard());
    }

    /**
     * A validator with a policy and calendar.
     *
     * @param deadlines the policy and calendar, not null
     * @return the validator, never null
     */
    public static QuerValidator create(Deadlines deadlines) {
        Configuration<?> config = Validation.byDefaultProvider().configure();
        configure(config, deadlines);
        ValidatorFactory factory = config.buildValidatorFactory();
        return new QuerValidator(factory, factory.getValidator());
    }

    /**
     * Uses a host's own validator. qer's constraints then run with the standard policy unless the host
     * configured it with {@link #configure(Configuration, Deadlines)}; messages come from qer's bundles.
     *
     * @param hostValidator the host's validator, not null
     * @return the validator, never null
     */
    public static QuerValidator using(Validator hostValidator) {
        return new QuerValidator(null, Objects.requireNonNull(hostValidator, "hostValidator"));
    }

    /**
     * Adds qer's policy and messages to a host's Bean Validation configuration.
     *
     * @param config    the configuration, not null
     * @param deadlines the policy and calendar, not null
     * @param <T>       the configuration type
     * @return the same configuration, for chaining
     */
    public static <T extends Configuration<T>> Configuration<T> configure(Configuration<T> config, Deadlines deadlines) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(deadlines, "deadlines");
        config.messageInterpolator(new QerMessageInterpolator());
        config.constraintValidatorFactory(new QerConstraintValidatorFactory(deadlines, config.getDefaultConstraintValidatorFactory()));
        return config;
    }

    /**
     * Validates any qer document (a note, a plan, an analysis, ...).
     *
     * @param document the document, not null
     * @return the violations, sorted by field and rule; empty if valid
     */
    public List<Violation> validateDocument(Object document) {
        Set<ConstraintViolation<Object>> found = validator.validate(Objects.requireNonNull(document, "document"));
        List<Violation> list = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            list.add(toViolation(cv));
        }
        list.sort(ORDER);
        return list;
    }

    /**
     * Validates a documented QuEr: every violation and the state of each minimum standard (R-Q1).
     *
     * @param doc the documented QuEr, not null
     * @return the report, never null
     */
    public QuerReport validate(QuerDokumentation doc) {
        List<Violation> violations = validateDocument(doc);
        Map<Mindeststandard, StandardStatus> standards = new EnumMap<>(Mindeststandard.class);
        for (Mindeststandard s : Mindeststandard.values()) {
            standards.put(s, status(doc, s, violations));
        }
        return new QuerReport(standards, violations, doc.getOffenePunkte());
    }

    private static StandardStatus status(QuerDokumentation doc, Mindeststandard s, List<Violation> violations) {
        if (!Standards.required(doc, s)) {
            return new StandardStatus(s, StandardStatus.Stand.NICHT_ERFORDERLICH, Optional.empty());
        }
        if (Standards.present(doc, s)) {
            String p = Standards.property(s);
            boolean errors = violations.stream().anyMatch(v -> v.severity() == Severity.ERROR
                    && (v.field().equals(p) || v.field().startsWith(p + ".") || v.field().startsWith(p + "[")));
            return new StandardStatus(s, errors ? StandardStatus.Stand.MANGELHAFT : StandardStatus.Stand.ERFUELLT, Optional.empty());
        }
        Optional<LocalDate> open = Standards.openUntil(doc, s);
        return new StandardStatus(s, open.isPresent() ? StandardStatus.Stand.OFFEN : StandardStatus.Stand.FEHLT, open);
    }

    private Violation toViolation(ConstraintViolation<?> cv) {
        ConstraintDescriptor<?> d = cv.getConstraintDescriptor();
        Object rule = d.getAttributes().get("rule");
        Severity severity = d.getPayload().contains(Warnung.class) ? Severity.WARNING : Severity.ERROR;
        MessageInterpolator.Context ctx = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return d;
            }

            @Override
            public Object getValidatedValue() {
                return null; // never used: no personal data in messages
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("not supported: " + type);
            }
        };
        return new Violation(rule == null ? "?" : rule.toString(), field(cv.getPropertyPath()), severity,
                d.getAnnotation().annotationType().getSimpleName(),
                messages.interpolate(cv.getMessageTemplate(), ctx, Locale.GERMAN),
                messages.interpolate(cv.getMessageTemplate(), ctx, Locale.ENGLISH));
    }

    /**
     * The field path of a violation, built from the model's own property names and list indices only:
     * {@code kooperationsplan.schritte[1]}, {@code kooperationsplan.aktivitaeten[0].bisWann}. Never from
     * the provider's {@code Path.toString()}, which would print a map key or a set element, that is caller
     * text; an element of a set or map is shown as {@code []}. A container element ("list element")
     * adds its index only.
     */
    static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                sb.append('[');
                if (node.getIndex() != null) {
                    sb.append(node.getIndex().intValue());
                }
                sb.append(']');
            }
            ElementKind kind = node.getKind();
            if (node.getName() != null && (kind == ElementKind.PROPERTY || kind == ElementKind.PARAMETER
                    || kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR)) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(node.getName());
            }
        }
        return sb.toString();
    }

    /** Closes the validator factory if this validator created it. */
    @Override
    public void close() {
        if (ownedFactory != null) {
            ownedFactory.close();
        }
    }
}
