package io.gatehouse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prints a list as an aligned table for people, or the API's JSON as is for scripts ({@code --json}). */
final class Output {

    private final PrintWriter out;
    private final boolean asJson;
    private final JsonMapper json;

    Output(PrintWriter out, boolean asJson, JsonMapper json) {
        this.out = out;
        this.asJson = asJson;
        this.json = json;
    }

    record Column(String header, Function<JsonNode, String> value) {

        static Column of(String header, String field) {
            return new Column(header, row -> row.path(field).asString(""));
        }
    }

    void table(JsonNode reply, JsonNode rows, List<Column> columns, String empty) {
        if (asJson) {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(reply));
            return;
        }
        if (rows.isEmpty()) {
            out.println(empty);
            return;
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(columns.stream().map(Column::header).toArray(String[]::new));
        rows.forEach(row -> lines.add(columns.stream().map(c -> c.value().apply(row)).toArray(String[]::new)));
        int[] widths = new int[columns.size()];
        lines.forEach(line -> {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        });
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : String.format("%-" + widths[i] + "s  ", line[i]));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    /** A single result: a sentence for people, the reply for scripts. */
    void done(JsonNode reply, String sentence) {
        out.println(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(reply) : sentence);
    }
}
