package dev.codelive.exec.language.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codelive.exec.language.sql.SqlValue.Int;
import dev.codelive.exec.language.sql.SqlValue.Null;
import dev.codelive.exec.language.sql.SqlValue.Real;
import dev.codelive.exec.language.sql.SqlValue.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlOutcomeJsonTest {

    @Test
    void readsResultsAndTheError() {
        SqlOutcome outcome = SqlOutcomeJson.parse("""
                {"results":[
                  {"statement_index":0,"line":1,"columns":[],"rows":[],"truncated":false,"changes":3},
                  {"statement_index":1,"line":4,"columns":["a","b","a"],
                   "rows":[[null,1.5,"x'00ff'"],[9223372036854775807,-2,"Inf"]],"truncated":true,"changes":0}],
                 "error":{"message":"no such table: t","statement_index":2,"line":7}}
                """);

        assertThat(outcome.results()).containsExactly(
                new SqlResultSet(0, 1, List.of(), List.of(), false, 3),
                new SqlResultSet(1, 4, List.of("a", "b", "a"), List.of(
                        List.of(new Null(), new Real(1.5), new Text("x'00ff'")),
                        List.of(new Int(Long.MAX_VALUE), new Int(-2), new Text("Inf"))), true, 0));
        assertThat(outcome.error()).contains(new SqlError("no such table: t", 2, 7));
        assertThat(outcome.succeeded()).isFalse();
    }

    @Test
    void aNullErrorMeansEveryStatementRan() {
        SqlOutcome outcome = SqlOutcomeJson.parse("{\"results\":[],\"error\":null}\n");

        assertThat(outcome.results()).isEmpty();
        assertThat(outcome.succeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[]",
        "{\"results\":[],\"error\":null",
        "{\"results\":[],\"error\":null} trailing",
        "{\"error\":null}",
        "{\"results\":[]}",
        "{\"results\":{},\"error\":null}",
        "{\"results\":[],\"error\":\"boom\"}",
        "{\"results\":[],\"error\":{\"message\":\"m\",\"statement_index\":0}}",
        "{\"results\":[],\"error\":{\"message\":5,\"statement_index\":0,\"line\":1}}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[\"a\"],\"rows\":[[1,2]],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[\"a\"],\"rows\":[[true]],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[\"a\"],\"rows\":[[[1]]],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[\"a\"],\"rows\":[1],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[\"a\"],\"rows\":[[99999999999999999999]],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[1],\"rows\":[],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":\"0\",\"line\":1,\"columns\":[],\"rows\":[],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1.5,\"columns\":[],\"rows\":[],\"truncated\":false,\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[],\"rows\":[],\"truncated\":\"no\",\"changes\":0}],\"error\":null}",
        "{\"results\":[{\"statement_index\":0,\"line\":1,\"columns\":[],\"rows\":[],\"truncated\":false}],\"error\":null}",
    })
    void anythingElseIsMalformed(String json) {
        assertThatThrownBy(() -> SqlOutcomeJson.parse(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the SQLite driver's output is not its JSON document");
    }
}
