package fr.gouv.travail.dosiportail.platform.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says what is wrong with an unreadable JSON body, and where, without repeating the rejected value. */
final class JsonReadErrors {

    record Reading(String type, String detailFr, String detailEn, List<FieldProblem> errors) {
    }

    private final MessageSource messages;

    JsonReadErrors(MessageSource messages) {
        this.messages = messages;
    }

    Reading explain(HttpMessageNotReadableException ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return new Reading("corps-manquant", "Le corps de la requête est absent.", "The request body is missing.",
                    List.of());
        }
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidValue iv) {
                return validation(List.of(ApiProblemHandler.fieldProblem(iv)));
            }
            if (t instanceof UnrecognizedPropertyException u) {
                return validation(List.of(field(path(u), "UNKNOWN_PROPERTY")));
            }
            if (t instanceof InvalidFormatException || t instanceof MismatchedInputException) {
                JacksonException j = (JacksonException) t;
                if (j.getPath().isEmpty()) {
                    break;
                }
                return validation(List.of(field(path(j), "WRONG_TYPE")));
            }
            if (t instanceof StreamReadException s) {
                TokenStreamLocation at = s.getLocation();
                String where = at == null ? "" : " (ligne " + at.getLineNr() + ", colonne " + at.getColumnNr() + ")";
                String whereEn = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
                return new Reading("json-invalide", "Le JSON est mal formé" + where + ".",
                        "The JSON is malformed" + whereEn + ".", List.of());
            }
        }
        return new Reading("json-invalide", "Le corps de la requête est illisible.", "The request body is unreadable.",
                List.of());
    }

    private Reading validation(List<FieldProblem> errors) {
        return new Reading("validation", "La requête contient des valeurs invalides.",
                "The request contains invalid values.", errors);
    }

    private FieldProblem field(String path, String code) {
        return new FieldProblem(path, code, messages.getMessage("problem.field." + code, null, code, Locale.FRENCH),
                messages.getMessage("problem.field." + code, null, code, Locale.ENGLISH));
    }

    private static String path(JacksonException j) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : j.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
