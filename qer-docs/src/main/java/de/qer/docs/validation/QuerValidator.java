package de.qer.docs.validation;

import de.qer.core.Deadlines;
import de.qer.core.model.Mindeststandard;
import de.qer.core.QuerPolicy;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Severity;
import de.qer.docs.Folgegespraech;
import de.qer.docs.Gespraechsdokumentation;
import de.qer.docs.Kooperationsplan;
import de.qer.docs.KpUeberpruefung;
import de.qer.docs.QuerDokumentation;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point for hosts: validates a documented QuEr, a follow-up interview (R-L1, R-Q2), a KP
 * review (R-L2) or any single document, and reports every violation with its rule, field, severity and
 * German and English message, plus the state of each minimum standard of R-Q1 (of a follow-up: each
 * standard of the policy's {@code followUpStandards()}). The same constraints check the QuEr and every later
 * interview. No knowledge of Bean Validation is needed:
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

    /** By field and rule; the German text (rendered only then) breaks a tie. */
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::field)
            .thenComparing(Problem::rule).thenComparing(Problem::messageDe);

    private final ValidatorFactory ownedFactory;
    private final Validator validator;
    private final QuerPolicy policy;

    private QuerValidator(ValidatorFactory ownedFactory, Validator validator, QuerPolicy policy) {
        this.ownedFactory = ownedFactory;
        this.validator = validator;
        this.policy = policy;
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
        return new QuerValidator(factory, factory.getValidator(), deadlines.policy());
    }

    /**
     * Uses a host's own validator. qer's constraints then run with the standard policy unless the host
     * configured it with {@link #configure(Configuration, Deadlines)}; messages come from qer's bundles. The
     * standards of a follow-up are those of the standard policy.
     *
     * @param hostValidator the host's validator, not null
     * @return the validator, never null
     */
    public static QuerValidator using(Validator hostValidator) {
        return new QuerValidator(null, Objects.requireNonNull(hostValidator, "hostValidator"), QuerPolicy.standard());
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
    public List<Problem> validateDocument(Object document) {
        Set<ConstraintViolation<Object>> found = validator.validate(Objects.requireNonNull(document, "document"));
        List<Problem> list = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            list.add(toProblem(cv));
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
        List<Problem> violations = validateDocument(doc);
        Map<Mindeststandard, StandardStatus> standards = new EnumMap<>(Mindeststandard.class);
        for (Mindeststandard s : Mindeststandard.values()) {
            standards.put(s, status(doc, s, violations));
        }
        return new QuerReport(standards, violations, doc.getOffenePunkte());
    }

    /**
     * Validates a documented follow-up interview (R-L1, R-Q2): every violation, found by the same constraints
     * as in the QuEr, and the state of each standard the policy requires of a follow-up; a KP or
     * Potenzialanalyse confirmed unchanged counts as met.
     *
     * <pre>{@code
     * FolgegespraechReport report = validator.validate(folgegespraech);
     * if (report.isComplete()) {
     *     decider.decide(state, new Command.RecordFollowUp(ifk, day, person, report.toNachweis(), report.nextKpReview()));
     * }
     * }</pre>
     *
     * @param doc the documented follow-up, not null
     * @return the report, never null
     */
    public FolgegespraechReport validate(Folgegespraech doc) {
        List<Problem> violations = validateDocument(doc);
        Map<Mindeststandard, StandardStatus> standards = new EnumMap<>(Mindeststandard.class);
        for (Mindeststandard s : policy.followUpStandards()) {
            standards.put(s, status(doc, s, violations));
        }
        Optional<LocalDate> next = doc.getKooperationsplan() != null
                ? Optional.ofNullable(doc.getKooperationsplan().getNaechsteUeberpruefung())
                : Optional.ofNullable(doc.getKpNaechsteUeberpruefung());
        return new FolgegespraechReport(standards, violations, doc.getOffenePunkte(), next);
    }

    /**
     * Validates a review of the Kooperationsplan (R-L2) with the same rules as the KP of the QuEr (R-K1 to R-K4)
     * and its next review date after the review day and at the latest the policy's months later (R-K3, R-L2).
     *
     * @param review the review, not null
     * @return the violations, sorted by field and rule; empty if valid
     */
    public List<Problem> validateKpReview(KpUeberpruefung review) {
        return validateDocument(review);
    }

    /**
     * Validates a review of the Kooperationsplan on a day, where cooperation works (R-L2, R-K1 to R-K4); see
     * {@link #validateKpReview(KpUeberpruefung)}.
     *
     * @param updated    the plan as updated in the review, not null
     * @param reviewDate the day of the review, not null
     * @return the violations, sorted by field and rule; empty if valid
     */
    public List<Problem> validateKpReview(Kooperationsplan updated, LocalDate reviewDate) {
        return validateKpReview(KpUeberpruefung.builder().kooperationsplan(updated).datum(reviewDate).build());
    }

    private StandardStatus status(Gespraechsdokumentation doc, Mindeststandard s, List<Problem> violations) {
        if (!Standards.required(doc, policy).contains(s)) {
            return new StandardStatus(s, StandardStatus.Stand.NICHT_ERFORDERLICH, Optional.empty());
        }
        if (Standards.present(doc, s)) {
            String p = Standards.property(s);
            // a KP confirmed unchanged is deficient when its review date is (R-L2)
            String other = s == Mindeststandard.KOOPERATIONSPLAN ? "kpNaechsteUeberpruefung" : p;
            boolean errors = violations.stream().anyMatch(v -> v.severity() == Severity.ERROR
                    && (v.field().equals(p) || v.field().startsWith(p + ".") || v.field().startsWith(p + "[")
                        || v.field().equals(other)));
            return new StandardStatus(s, errors ? StandardStatus.Stand.MANGELHAFT : StandardStatus.Stand.ERFUELLT, Optional.empty());
        }
        Optional<LocalDate> open = Standards.openUntil(doc, s);
        return new StandardStatus(s, open.isPresent() ? StandardStatus.Stand.OFFEN : StandardStatus.Stand.FEHLT, open);
    }

    /**
     * The problem of a violation: qer's constraints carry it in their template (see {@link ProblemTemplate}),
     * the field comes from the path. A constraint of another library (a host's own) becomes a problem of its
     * annotation's name with the provider's message template as its key, never with the validated value.
     */
    private static Problem toProblem(ConstraintViolation<?> cv) {
        String field = field(cv.getPropertyPath());
        return ProblemTemplate.decode(cv.getMessageTemplate(), field).orElseGet(() -> Problem.error(ProblemCode.WRONG_VALUE,
                "?", field, "qer.constraint.other", cv.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
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
