package fr.gouv.travail.dosiportail.registry.web;

import fr.gouv.travail.dosiportail.registry.Classification;
import fr.gouv.travail.dosiportail.registry.MonitoringType;
import fr.gouv.travail.dosiportail.registry.declaration.Receipts;
import fr.gouv.travail.dosiportail.registry.query.RegistryQueries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The nomenclatures the exposure profile selects offer: domains, and their sectors and occupations in force. */
@Component
class Nomenclatures {

    private final RegistryQueries queries;
    private final Receipts receipts;

    Nomenclatures(RegistryQueries queries, Receipts receipts) {
        this.queries = queries;
        this.receipts = receipts;
    }

    @SuppressWarnings("unchecked")
    void addTo(Model model) {
        Map<String, Object> all = queries.nomenclatures();
        LocalDate today = receipts.today();
        List<Map<String, Object>> domains = (List<Map<String, Object>>) all.get("domains");
        model.addAttribute("domains", domains);
        model.addAttribute("sectorsByDomain", byDomain((List<Map<String, Object>>) all.get("sectors"), today));
        model.addAttribute("occupationsByDomain", byDomain((List<Map<String, Object>>) all.get("occupations"), today));
        Map<String, Map<String, Object>> labels = new LinkedHashMap<>();
        ((List<Map<String, Object>>) all.get("sectors")).forEach(s -> labels.put((String) s.get("code"), s));
        ((List<Map<String, Object>>) all.get("occupations")).forEach(o -> labels.put((String) o.get("code"), o));
        model.addAttribute("codeLabels", labels);
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("monitoringTypes", MonitoringType.values());
    }

    private static Map<String, List<Map<String, Object>>> byDomain(List<Map<String, Object>> rows, LocalDate today) {
        Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            Object to = r.get("valid_to");
            if (to != null && java.sql.Date.valueOf(to.toString()).toLocalDate().isBefore(today)) {
                continue;
            }
            grouped.computeIfAbsent((String) r.get("domain_code"), k -> new java.util.ArrayList<>()).add(r);
        }
        return grouped;
    }
}
