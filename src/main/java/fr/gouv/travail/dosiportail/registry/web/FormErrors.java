package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.core.InvalidValue;
import fr.gouv.travail.dosiportail.platform.ApiProblem;
import fr.gouv.travail.dosiportail.platform.FieldProblem;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Puts the registry's refusals on the form the user typed, next to the field at fault when there is one. */
final class FormErrors {

    private FormErrors() {
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /**
     * @param renames declaration field → form field, where the names differ
     * @param fallbackField the form field a refusal without field belongs to (null: the whole form)
     */
    static void reject(BindingResult form, ApiProblem problem, Map<String, String> renames, String fallbackField) {
        if (problem.errors().isEmpty()) {
            add(form, fallbackField, problem.type(), english() ? problem.detailEn() : problem.detailFr());
            return;
        }
        for (FieldProblem p : problem.errors()) {
            add(form, renames.getOrDefault(p.field(), p.field()), p.code(), english() ? p.messageEn() : p.message());
        }
    }

    static void reject(BindingResult form, InvalidValue invalid, Map<String, String> renames) {
        add(form, renames.getOrDefault(invalid.field(), invalid.field()), "invalid",
                english() ? invalid.reasonEn() : invalid.reasonFr());
    }

    private static void add(BindingResult form, String field, String code, String message) {
        if (field != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, "registry." + code, message);
        } else {
            form.reject("registry." + code, message);
        }
    }
}
