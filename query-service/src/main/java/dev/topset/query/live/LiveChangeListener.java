package dev.topset.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@value LiveChangeNotifier#CHANNEL} with its own connection (outside the pool: it is held for the
 * instance's lifetime) and hands each change to the subscriptions. After a lost connection it reconnects and tells
 * every view to re-read, because notifications sent meanwhile are gone.
 */
@Component
class LiveChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveChangeListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSourceProperties dataSource;
    private final LiveSubscriptions subscriptions;
    private final ObjectMapper objectMapper;
    private final LiveProperties properties;
    private volatile boolean running;
    private Thread thread;

    LiveChangeListener(DataSourceProperties dataSource, LiveSubscriptions subscriptions, ObjectMapper objectMapper,
                       LiveProperties properties) {
        this.dataSource = dataSource;
        this.subscriptions = subscriptions;
        this.objectMapper = objectMapper;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(dataSource.determineUrl(),
                    dataSource.determineUsername(), dataSource.determinePassword())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveChangeNotifier.CHANNEL);
                }
                if (reconnecting) {
                    subscriptions.resyncAll();
                    log.info("live listener reconnected; every live view re-reads");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("live listener lost its database connection: {}", e.getMessage());
                    reconnecting = true;
                    pause();
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            subscriptions.publish(objectMapper.readValue(payload, LiveChange.class));
        } catch (IOException e) {
            log.warn("ignoring an unreadable live change: {}", e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
