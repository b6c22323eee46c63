package dk.ecei.shared;

import java.util.List;

/**
 * A named table of plain values (strings, numbers, dates, booleans, nulls) as every export writes it: the same rows
 * become a CSV file, a sheet of an Excel workbook, or stay JSON.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Table " + name + ": a row has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
        rows = List.copyOf(rows);
    }
}
