package fr.gouv.travail.dosiportail.dosimetry.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting: {@code "a;b"}, {@code ""} for a quote). A record is one line: a quoted field
 * cannot hold a line break, so a stray quote spoils one line only, never the rest of the file.
 */
final class CsvSplitter {

    /** The line's quoting is broken; the message says where. */
    static final class Malformed extends Exception {
        final int column;

        Malformed(int column) {
            super("bad quoting at character " + column, null, false, false);
            this.column = column;
        }
    }

    private CsvSplitter() {
    }

    static List<String> split(String line, char separator) throws Malformed {
        if (line.indexOf('"') < 0) { // most lines: no quoting, cut at each separator
            List<String> fields = new ArrayList<>(24);
            int from = 0;
            for (int at; (at = line.indexOf(separator, from)) >= 0; from = at + 1) {
                fields.add(line.substring(from, at));
            }
            fields.add(line.substring(from));
            return fields;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                int start = i;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(start + 1); // the quote opened here is never closed
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != separator) {
                    throw new Malformed(i + 1); // text after a closing quote
                }
            } else {
                while (i < n && line.charAt(i) != separator) {
                    field.append(line.charAt(i));
                    i++;
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the separator
        }
    }

    /** One field written so that {@link #split} reads it back. */
    static String quote(String value, char separator) {
        if (value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.strip().equals(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
