package fr.gouv.travail.dosiportail.access;

import java.util.Map;

/**
 * A WHERE condition and its named parameters (all prefixed {@code acc_}), to AND into a query's own conditions:
 * {@code jdbc.sql("... where " + f.sql()).params(f.params())}.
 */
public record SqlFilter(String sql, Map<String, Object> params) {

    public SqlFilter {
        params = Map.copyOf(params);
    }
}
