"""Runs a SQL script on a fresh in-memory SQLite database and prints one JSON document describing what it did.

Usage: python3 -I -S sqlite_driver.py MAIN_SQL --row-cap N --statement-timeout-ms M [--sample]

The document on stdout:
  {"results": [{"statement_index": i, "line": L, "columns": [...], "rows": [[...]], "truncated": bool,
                "changes": n}, ...],
   "error": null | {"message": "...", "statement_index": i, "line": L}}

Every statement that ran gets a result; one that returns no columns has "columns": [] and "rows": [].
Statement indexes count from 0 and skip empty statements; lines count from 1.
Exit status: 0 when every statement ran, 1 after an SQL error, 2 when the driver itself could not run.

Only the standard library: this runs with -I -S inside the sandbox, where nothing else is installed.
"""
import json
import sqlite3
import sys
import time

# How many SQLite virtual-machine steps run between two deadline checks: frequent enough that a statement stops
# within a millisecond or so of its deadline, rare enough that the Python callback costs nothing noticeable.
PROGRESS_STEPS = 1000
SQL_WHITESPACE = " \t\n\f\r"
POSITIVE_INFINITY = float("inf")


class UsageError(Exception):
    """The command line or the input files are wrong: a bug of the caller, not of the user's SQL."""


class Statement:
    """One statement of the script: its text and where it starts."""

    def __init__(self, text, line, dot_command=False):
        self.text = text
        self.line = line
        self.dot_command = dot_command


class Deadline:
    """Stops a statement that runs longer than its time, through SQLite's progress handler."""

    def __init__(self, milliseconds):
        self.milliseconds = milliseconds
        self.until = None
        self.expired = False

    def start(self):
        self.until = time.monotonic() + self.milliseconds / 1000.0
        self.expired = False

    def stop(self):
        self.until = None

    def check(self):
        # A non-zero answer makes SQLite abort the running statement with "interrupted".
        if self.until is not None and time.monotonic() > self.until:
            self.expired = True
            return 1
        return 0


class Guard:
    """The authorizer: the database stays in memory, so ATTACH (and VACUUM INTO, which attaches) is refused."""

    def __init__(self):
        self.refused = None

    def authorize(self, action, arg1, arg2, database, trigger):
        if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
            self.refused = "ATTACH" if action == sqlite3.SQLITE_ATTACH else "DETACH"
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


def parse_arguments(argv):
    if len(argv) < 2:
        raise UsageError("usage: sqlite_driver.py MAIN_SQL --row-cap N --statement-timeout-ms M [--sample]")
    options = {"source": argv[1], "row_cap": None, "timeout_ms": None, "sample": False}
    rest = argv[2:]
    i = 0
    while i < len(rest):
        name = rest[i]
        if name == "--sample":
            options["sample"] = True
            i += 1
        elif name in ("--row-cap", "--statement-timeout-ms") and i + 1 < len(rest):
            value = rest[i + 1]
            if not value.isdigit() or int(value) < 1:
                raise UsageError(name + " needs a positive integer, not " + repr(value))
            options["row_cap" if name == "--row-cap" else "timeout_ms"] = int(value)
            i += 2
        else:
            raise UsageError("unknown or incomplete option: " + name)
    if options["row_cap"] is None or options["timeout_ms"] is None:
        raise UsageError("--row-cap and --statement-timeout-ms are required")
    return options


def read_text(path):
    try:
        with open(path, "rb") as source:
            data = source.read()
    except OSError as e:
        raise UsageError("cannot read " + path + ": " + e.strerror)
    text = data.decode("utf-8", "replace")
    return text[1:] if text.startswith("\ufeff") else text


def skip_blank(text, i):
    """The index of the first character at or after i that is neither whitespace nor inside a comment."""
    n = len(text)
    while i < n:
        if text[i] in SQL_WHITESPACE:
            i += 1
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
        elif text.startswith("/*", i):
            # SQLite ends an unterminated block comment at the end of the input.
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
        else:
            break
    return i


def statement_end(text, first):
    """The index just after the ';' that completes the statement starting at first, or the end of the text.

    sqlite3.complete_statement knows strings, quoted names, comments and the BEGIN ... END of triggers, so a ';'
    inside any of them does not end the statement.
    """
    semicolon = text.find(";", first)
    while semicolon != -1:
        if sqlite3.complete_statement(text[first:semicolon + 1]):
            return semicolon + 1
        semicolon = text.find(";", semicolon + 1)
    return len(text)


def split_statements(text):
    statements = []
    n = len(text)
    i = 0
    line = 1
    counted_to = 0
    while True:
        first = skip_blank(text, i)
        if first >= n:
            return statements
        line += text.count("\n", counted_to, first)
        counted_to = first
        if text[first] == ";":
            i = first + 1
            continue
        line_start = text.rfind("\n", 0, first) + 1
        if text[first] == "." and text[line_start:first].strip(SQL_WHITESPACE) == "":
            # A dot-command of the sqlite3 shell, which is a line of its own: not SQL, and reported as such
            # rather than as a confusing syntax error in the statement after it.
            end = text.find("\n", first)
            end = n if end == -1 else end
            statements.append(Statement(text[first:end].strip(), line, dot_command=True))
            i = end
            continue
        end = statement_end(text, first)
        statements.append(Statement(text[first:end], line))
        i = end


def json_value(value):
    if value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value == POSITIVE_INFINITY:
            return "Inf"
        if value == -POSITIVE_INFINITY:
            return "-Inf"
        return value
    if isinstance(value, bytes):
        return "x'" + value.hex() + "'"
    return str(value)


def execute(connection, statement, index, row_cap, deadline):
    cursor = connection.cursor()
    changes_before = connection.total_changes
    deadline.start()
    try:
        cursor.execute(statement.text)
        columns = [column[0] for column in cursor.description] if cursor.description else []
        # One row past the cap says whether there are more, without computing the rest.
        rows = cursor.fetchmany(row_cap + 1) if columns else []
    finally:
        deadline.stop()
        cursor.close()
    truncated = len(rows) > row_cap
    changes = 0
    if connection.total_changes != changes_before:
        # total_changes also counts rows that triggers changed; changes() counts only the statement's own.
        changes = connection.execute("SELECT changes()").fetchone()[0]
    return {
        "statement_index": index,
        "line": statement.line,
        "columns": columns,
        "rows": [[json_value(value) for value in row] for row in rows[:row_cap]],
        "truncated": truncated,
        "changes": changes,
    }


def error_message(error, deadline, guard):
    if deadline.expired:
        return "statement stopped: it ran longer than the %d ms statement deadline" % deadline.milliseconds
    if guard.refused is not None:
        return "%s is not allowed: the database lives in memory and may not open files" % guard.refused
    if isinstance(error, sqlite3.Error):
        return str(error)
    return type(error).__name__ + ": " + str(error)


def open_database(deadline, guard):
    connection = sqlite3.connect(":memory:", isolation_level=None)
    # Autocommit (isolation_level None): the script's own BEGIN and COMMIT mean what they say, as in the sqlite3 shell.
    if hasattr(connection, "enable_load_extension"):
        connection.enable_load_extension(False)
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    connection.set_progress_handler(deadline.check, PROGRESS_STEPS)
    connection.set_authorizer(guard.authorize)
    return connection


def run(options, sample_path):
    deadline = Deadline(options["timeout_ms"])
    guard = Guard()
    connection = open_database(deadline, guard)
    if options["sample"]:
        try:
            connection.executescript(read_text(sample_path))
        except sqlite3.Error as e:
            raise UsageError("the sample dataset does not load: " + str(e))
    results = []
    error = None
    for index, statement in enumerate(split_statements(read_text(options["source"]))):
        if statement.dot_command:
            message = "dot-commands of the sqlite3 shell are not SQL and are not supported: " + statement.text
            error = {"message": message, "statement_index": index, "line": statement.line}
            break
        guard.refused = None
        try:
            results.append(execute(connection, statement, index, options["row_cap"], deadline))
        except Exception as e:  # any failure of the user's statement ends the script, as the sqlite3 shell's -bail
            error = {"message": error_message(e, deadline, guard), "statement_index": index, "line": statement.line}
            break
    return {"results": results, "error": error}


def main(argv):
    try:
        options = parse_arguments(argv)
        sample_path = argv[0].rpartition("/")[0] + "/sample.sql" if "/" in argv[0] else "sample.sql"
        document = run(options, sample_path)
    except UsageError as e:
        sys.stderr.write("sqlite_driver: " + str(e) + "\n")
        return 2
    sys.stdout.write(json.dumps(document, allow_nan=False, separators=(",", ":")) + "\n")
    sys.stdout.flush()
    return 0 if document["error"] is None else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
