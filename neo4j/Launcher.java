import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs an embedded Neo4j Community DBMS with Bolt on 127.0.0.1 for local development and tests.
 *
 * <p>Options come from arguments, falling back to system properties ({@code -Dneo4j.local.home=...}):
 *
 * <pre>
 *   --home DIR                 neo4j.local.home            home directory (data/, logs/ are created in it), required
 *   --port N                   neo4j.local.port            Bolt port; 0 lets the OS pick one, default 7687
 *   --transaction-timeout S    neo4j.local.txTimeout       db.transaction.timeout in seconds (0 = none)
 *   --page-cache SIZE          neo4j.local.pageCache       server.memory.pagecache.size, e.g. 256m
 *   --plugins-dir DIR          neo4j.local.pluginsDir      server.directories.plugins
 *   --unrestricted LIST        neo4j.local.unrestricted    dbms.security.procedures.unrestricted, e.g. apoc.*
 *   --exit-on-stdin-eof        neo4j.local.exitOnStdinEof  shut down when standard input closes (parent died)
 * </pre>
 *
 * <p>{@code Launcher DIR PORT} (two positional arguments) is accepted too. Once the DBMS is up it prints
 * exactly one line, {@code NEO4J_READY bolt://127.0.0.1:PORT}, to standard output. SIGTERM shuts it down
 * cleanly. Neo4j writes its own logs to {@code HOME/logs/}.
 */
public final class Launcher {
    private static final String PROPERTY_PREFIX = "neo4j.local.";
    private static final String LOOPBACK = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Map<String, String> options;
        try {
            options = parseArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Launcher: " + e.getMessage());
            System.err.println("usage: Launcher --home DIR [--port N] [--transaction-timeout S] [--page-cache SIZE]"
                    + " [--plugins-dir DIR] [--unrestricted LIST] [--exit-on-stdin-eof]");
            System.exit(2);
            return;
        }
        if (flag(options, "exitOnStdinEof")) {
            exitWhenStdinCloses();
        }
        DatabaseManagementService dbms = configure(options).build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-local-shutdown"));
        System.out.println("NEO4J_READY bolt://" + LOOPBACK + ":" + boundBoltPort(dbms));
        System.out.flush();
    }

    /** Builds the DBMS configuration; only settings that were given are set, the rest keep Neo4j defaults. */
    private static DatabaseManagementServiceBuilder configure(Map<String, String> options) {
        String home = option(options, "home");
        if (home == null) {
            throw new IllegalArgumentException("--home is required");
        }
        int port = Integer.parseInt(optionOr(options, "port", "7687"));
        var builder = new DatabaseManagementServiceBuilder(Path.of(home).toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's event loops otherwise idle 5 s each (10 s in all) after the databases have already
                // stopped and checkpointed; a quiet period of 0 makes SIGTERM take well under a second.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        String txTimeout = option(options, "txTimeout");
        if (txTimeout != null) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(Long.parseLong(txTimeout)));
        }
        String pageCache = option(options, "pageCache");
        if (pageCache != null) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache));
        }
        String pluginsDir = option(options, "pluginsDir");
        if (pluginsDir != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginsDir).toAbsolutePath());
        }
        String unrestricted = option(options, "unrestricted");
        if (unrestricted != null) {
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, splitList(unrestricted));
        }
        return builder;
    }

    /** The port Bolt actually listens on, which differs from the configured one when that was 0. */
    private static int boundBoltPort(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        var ports = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        return ports.getLocalAddress(ConnectorType.BOLT).getPort();
    }

    /** Exits (running the shutdown hook) once standard input reaches end of file, i.e. the parent went away. */
    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            drain(System.in);
            System.exit(0);
        }, "neo4j-local-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void drain(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone, same as end of file.
        }
    }

    private static Map<String, String> parseArguments(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--exit-on-stdin-eof")) {
                options.put("exitOnStdinEof", "true");
            } else if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(optionKey(arg), args[++i]);
            } else {
                positional.add(arg);
            }
        }
        applyPositional(options, positional);
        return options;
    }

    private static String optionKey(String arg) {
        switch (arg) {
            case "--home": return "home";
            case "--port": return "port";
            case "--transaction-timeout": return "txTimeout";
            case "--page-cache": return "pageCache";
            case "--plugins-dir": return "pluginsDir";
            case "--unrestricted": return "unrestricted";
            default: throw new IllegalArgumentException("unknown option " + arg);
        }
    }

    private static void applyPositional(Map<String, String> options, List<String> positional) {
        if (positional.size() > 2) {
            throw new IllegalArgumentException("unexpected arguments " + positional.subList(2, positional.size()));
        }
        if (positional.size() >= 1) {
            options.putIfAbsent("home", positional.get(0));
        }
        if (positional.size() == 2) {
            options.putIfAbsent("port", positional.get(1));
        }
    }

    private static String option(Map<String, String> options, String key) {
        String value = options.get(key);
        return value != null ? value : System.getProperty(PROPERTY_PREFIX + key);
    }

    private static String optionOr(Map<String, String> options, String key, String fallback) {
        String value = option(options, key);
        return value != null ? value : fallback;
    }

    private static boolean flag(Map<String, String> options, String key) {
        return Boolean.parseBoolean(option(options, key));
    }

    private static List<String> splitList(String raw) {
        return Arrays.stream(raw.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
