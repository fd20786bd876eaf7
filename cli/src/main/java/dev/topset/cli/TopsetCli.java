package dev.topset.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The lifter's terminal client. */
@Command(name = "topset", mixinStandardHelpOptions = true, version = "topset 0.1.0",
        description = "Log top sets and backoffs from a terminal, read trends and recommendations.",
        footerHeading = "%nEnvironment:%n",
        footer = {
                "  TOPSET_ATHLETE        your athlete id (default: from `topset login`)",
                "  TOPSET_TOKEN          bearer token for every service (default: the login)",
                "  TOPSET_URL            command-service (default http://localhost:8081)",
                "  TOPSET_QUERY_URL      query-service (default http://localhost:8082)",
                "  TOPSET_ANALYTICS_URL  analytics (default http://localhost:8083)",
                "  TOPSET_UNIT           kg or lb for loads written without a unit (default kg)",
                "  TOPSET_STATE          the current-session file (default ~/.topset/session)",
                "  TOPSET_CREDENTIALS    the stored login (default ~/.topset/credentials)",
                "  TOPSET_ISSUER         the OpenID provider of `topset login` (device flow)",
                "  TOPSET_CLIENT_ID      this client's id there (default topset-cli)",
                "%nExit codes: 0 done, 1 refused by the service (the problem is printed), 2 usage error,"
                        + " 3 service unreachable or failing.",
                "%nExamples:",
                "  topset login --dev              sign in to the local system",
                "  topset log squat 140x5@8        a top set at RPE 8 (starts today's session)",
                "  topset backoff squat 3x8rir2    3 backoffs at the prescribed load, RIR 2",
                "  topset correct 140x4@8.5        correct the last set; topset undo voids it",
                "  topset accessory curl 20x12 --sets 3",
                "  topset session show             the session, sets numbered (for --set)",
                "  topset session finish",
                "  topset plan show squat",
                "  topset trend squat",
                "  topset recommend                then: topset recommend accept squat",
                "  topset import strong strong.csv --dry-run"})
public class TopsetCli implements Runnable {

    /**
     * The commands, in the order the help lists them. Only the one a command line names is built: picocli
     * reflects on a command's annotations and fields when it is added, and logging a set needs one command, not
     * all of them.
     */
    static final Map<String, Class<?>> COMMANDS = commands();
    private static final Map<String, String> ALIASES = Map.of("undo", "void");

    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 3;

    final Terminal terminal;

    @Spec
    CommandSpec spec;

    TopsetCli(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        spec.commandLine().usage(terminal.out);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(System.getenv(), out, err, args));
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("login", LoginCommand.class);
        commands.put("logout", LogoutCommand.class);
        commands.put("log", LogCommand.class);
        commands.put("warmup", WarmupCommand.class);
        commands.put("backoff", BackoffCommand.class);
        commands.put("accessory", AccessoryCommand.class);
        commands.put("correct", CorrectCommand.class);
        commands.put("void", VoidCommand.class);
        commands.put("session", SessionCommand.class);
        commands.put("plan", PlanCommand.class);
        commands.put("trend", TrendCommand.class);
        commands.put("recommend", RecommendCommand.class);
        commands.put("import", ImportCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command line for {@code args}: the command it names, or all of them (for help, the version, or an
     * unknown command, whose error lists them).
     */
    static CommandLine commandLine(Terminal terminal, String... args) {
        CommandLine commandLine = new CommandLine(new TopsetCli(terminal));
        String named = args.length == 0 ? null : ALIASES.getOrDefault(args[0], args[0]);
        if (named != null && COMMANDS.containsKey(named)) {
            commandLine.addSubcommand(COMMANDS.get(named));
        } else {
            COMMANDS.values().forEach(commandLine::addSubcommand);
            commandLine.addSubcommand(CommandLine.HelpCommand.class);
        }
        withHelpOption(commandLine);
        return commandLine;
    }

    /** -h/--help (and -V/--version) on every subcommand, however deep. */
    private static void withHelpOption(CommandLine command) {
        command.getCommandSpec().mixinStandardHelpOptions(true);
        command.getSubcommands().values().forEach(TopsetCli::withHelpOption);
    }

    /** Runs one command line; the environment is passed in so that tests can give their own. */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        ObjectMapper json = Terminal.newJson();
        Terminal terminal;
        try {
            terminal = new Terminal(CliSettings.from(env, json), json, out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        CommandLine commandLine = commandLine(terminal, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof ApiProblem problem) {
                err.println(problem.describe());
                return problem.status() >= 500 ? UNAVAILABLE : REFUSED;
            }
            if (exception instanceof ServiceUnreachableException unreachable) {
                err.println("error: " + unreachable.getMessage());
                return UNAVAILABLE;
            }
            if (exception instanceof UsageException usage) {
                err.println("error: " + usage.getMessage());
                return USAGE;
            }
            throw exception;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
