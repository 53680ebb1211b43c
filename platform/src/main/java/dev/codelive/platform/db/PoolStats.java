package dev.codelive.platform.db;

/** A moment's view of the connection pool. */
public record PoolStats(int active, int idle, int total, int waiting, int maximum) {}
