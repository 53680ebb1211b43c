package dev.codelive.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/** The {@code codelive} command line: {@code serve} (the default), {@code migrate}, {@code backup}, {@code restore}, {@code version}, {@code help}. */
public final class Main {
    static final int USAGE = 64; // EX_USAGE from sysexits.h

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        return switch (command) {
            case "serve" -> new ServeCommand(env, err, Application.modules()).run();
            case "migrate" -> new MigrateCommand(env, out, err).run(args.length > 1 && args[1].equals("--status"));
            case "backup" -> new BackupCommand(env, out, err).backup();
            case "restore" -> new BackupCommand(env, out, err).restore(Arrays.copyOfRange(args, 1, args.length));
            case "version", "--version" -> {
                out.println("codelive " + Version.current());
                yield 0;
            }
            case "help", "--help", "-h" -> {
                out.print(usage());
                yield 0;
            }
            default -> {
                err.println("unknown command: " + command);
                err.print(usage());
                yield USAGE;
            }
        };
    }

    static String usage() {
        return """
                Usage: codelive [command]

                Commands:
                  serve              start the server (default); configured by environment variables and POLICY_FILE
                  migrate            apply pending database migrations (the server also does at start-up)
                  migrate --status   print the schema version and how many migrations are pending
                  backup             write an archive of the database and blobs to DATA_DIR/backups
                  restore ARCHIVE [--force]
                                     verify ARCHIVE and restore it into an empty database and blob store
                                     (--force replaces what is there)
                  version            print the version
                  help               show this text

                Environment variables are listed in README.md ("Configuration").
                """;
    }
}
