package dev.codelive.exec.history;

import dev.codelive.platform.db.paging.Cursor;
import dev.codelive.platform.db.paging.NewestFirst;
import dev.codelive.platform.db.paging.Page;
import dev.codelive.platform.db.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code feedback} table. Only admins read it back, across every user, so it is not user-owned data and uses
 * the unscoped path.
 */
public final class FeedbackStore {
    private static final String COLUMNS = "id, user_id, rating, comment, context, created_at";

    private final Jdbi jdbi;

    public FeedbackStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void save(Feedback feedback) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO feedback (" + COLUMNS + ") VALUES (:id, :user_id, :rating, :comment, :context, :created_at)")
                .bind("id", feedback.id())
                .bind("user_id", feedback.userId().orElse(null))
                .bind("rating", feedback.rating())
                .bind("comment", feedback.comment().orElse(null))
                .bind("context", feedback.context().orElse(null))
                .bind("created_at", OffsetDateTime.ofInstant(feedback.createdAt(), ZoneOffset.UTC))
                .execute());
    }

    /** Every user's feedback, newest first. */
    public Page<Feedback> list(PageRequest page) {
        String sql = "SELECT " + COLUMNS + " FROM feedback WHERE 1 = 1" + NewestFirst.after(page) + NewestFirst.ORDER;
        List<Feedback> rows = jdbi.withHandle(handle -> NewestFirst.bind(handle.createQuery(sql), page).map((rs, ctx) -> feedback(rs)).list());
        return NewestFirst.page(rows, page, row -> new Cursor(row.createdAt(), row.id()));
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(
                rs.getString("id"),
                Optional.ofNullable(rs.getString("user_id")),
                rs.getInt("rating"),
                Optional.ofNullable(rs.getString("comment")),
                Optional.ofNullable(rs.getString("context")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
