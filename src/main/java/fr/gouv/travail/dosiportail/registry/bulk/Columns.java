package fr.gouv.travail.dosiportail.registry.bulk;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rows gathered column by column, bound as text arrays: one {@code INSERT … SELECT … FROM unnest(?::text[], …)}
 * writes a whole chunk in one round trip (the SQL casts each column to its type).
 */
final class Columns {

    private final List<List<String>> columns = new ArrayList<>();
    private int rows;

    Columns(int count) {
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            columns.get(i).add(v == null ? null : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
        }
        rows++;
    }

    int rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** Binds the columns as parameters {@code first}, {@code first + 1}… */
    void bind(PreparedStatement ps, int first) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            bindTexts(ps, first + i, columns.get(i));
        }
    }

    static void bindTexts(PreparedStatement ps, int index, Collection<String> values) throws SQLException {
        ps.setArray(index, ps.getConnection().createArrayOf("text", values.toArray()));
    }

    /** {@code unnest(?::text[], …) as t(a, b…)} for these column names. */
    static String unnest(String... names) {
        return "unnest(" + String.join(", ", java.util.Collections.nCopies(names.length, "?::text[]")) + ") as t("
                + String.join(", ", names) + ")";
    }
}
