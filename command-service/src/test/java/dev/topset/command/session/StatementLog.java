package dev.topset.command.session;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records every SQL statement and commit the application's data source sees, with the thread that ran it: a
 * deterministic measure of what one request costs the database (the CPU figures of a loaded machine are not).
 * An autocommit statement is a commit of its own.
 */
final class StatementLog implements BeanPostProcessor {

    /** One round trip: a statement ({@code sql}) or a {@code COMMIT}; {@code committed} when it ended a transaction. */
    record Entry(String thread, String sql, boolean committed) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = call(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    /** What the threads whose name starts with {@code prefix} ran. */
    List<Entry> ranBy(String prefix) {
        return entries.stream().filter(entry -> entry.thread().startsWith(prefix)).toList();
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = call(target, method, args);
            if (method.getName().equals("commit")) {
                record("COMMIT", true);
            } else if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, statement, connection, sql);
            } else if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
                return statement(Statement.class, statement, connection, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, Connection connection, String prepared) {
        return proxy(type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = prepared != null ? prepared : args != null && args.length > 0 ? (String) args[0] : "?";
                record(sql, connection.getAutoCommit());
            }
            return call(target, method, args);
        });
    }

    private void record(String sql, boolean committed) {
        entries.add(new Entry(Thread.currentThread().getName(), sql.strip().replaceAll("\\s+", " "), committed));
    }

    private interface Call {
        Object invoke(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.invoke(target, method, args);
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
