package de.qer.docs.validation;

import de.qer.core.rule.Message;
import de.qer.core.rule.Problem;
import de.qer.core.rule.ProblemCode;
import de.qer.core.rule.Severity;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link Problem} travels through Bean Validation: as the message template of its constraint
 * violation, {@code {key}|rule|CODE|SEVERITY|arg…}, and back ({@link QuerValidator} reads the field from the
 * violation's path). The arguments are process values (numbers, dates, rule IDs), never caller text.
 */
final class ProblemTemplate {

    private static final char SEP = '|';

    private ProblemTemplate() {
    }

    /** The template of a problem. */
    static String encode(Problem p) {
        StringBuilder sb = new StringBuilder(64).append('{').append(p.text().key()).append('}')
                .append(SEP).append(p.rule()).append(SEP).append(p.code().name()).append(SEP).append(p.severity().name());
        for (Object a : p.text().args()) {
            String s = a instanceof String x ? x : null;
            if (s == null || s.indexOf(SEP) >= 0 || s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || s.indexOf('$') >= 0
                    || s.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("a document problem's arguments are plain process values: " + p.text().key());
            }
            sb.append(SEP).append(s);
        }
        return sb.toString();
    }

    /** The problem of a template at a field, or empty if the template is not one of qer's. */
    static Optional<Problem> decode(String template, String field) {
        if (template == null || !template.startsWith("{")) {
            return Optional.empty();
        }
        int close = template.indexOf('}');
        if (close < 0 || close + 1 >= template.length() || template.charAt(close + 1) != SEP) {
            return Optional.empty();
        }
        String key = template.substring(1, close);
        String[] parts = template.substring(close + 2).split("\\|", -1);
        if (parts.length < 3) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>(List.of(parts).subList(3, parts.length));
        try {
            return Optional.of(new Problem(ProblemCode.valueOf(parts[1]), parts[0], field, Severity.valueOf(parts[2]),
                    new Message(key, args)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reports a problem as a constraint violation at its field below the validated object. */
    static void report(ConstraintValidatorContext ctx, Problem p) {
        ctx.disableDefaultConstraintViolation();
        ConstraintViolationBuilder b = ctx.buildConstraintViolationWithTemplate(encode(p));
        if (p.field().isEmpty()) {
            b.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext open = null;
        NodeBuilderDefinedContext defined = null;
        Integer pendingIndex = null;
        for (String segment : p.field().split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            Integer index = bracket < 0 ? null : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
            NodeBuilderCustomizableContext node = open != null ? open.addPropertyNode(name)
                    : defined != null ? defined.addPropertyNode(name) : b.addPropertyNode(name);
            if (pendingIndex != null) { // the previous segment was a list: this node is in it at that index
                defined = node.inIterable().atIndex(pendingIndex);
                open = null;
            } else {
                open = node;
                defined = null;
            }
            pendingIndex = index;
        }
        if (pendingIndex != null) {
            throw new IllegalArgumentException("a document problem's field ends in a property: " + p.rule());
        }
        if (open != null) {
            open.addConstraintViolation();
        } else {
            defined.addConstraintViolation();
        }
    }
}
