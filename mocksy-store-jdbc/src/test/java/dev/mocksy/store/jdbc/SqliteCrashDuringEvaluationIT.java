package dev.mocksy.store.jdbc;

/** A killed process loses no answer on SQLite. */
class SqliteCrashDuringEvaluationIT extends CrashDuringEvaluationBehaviour {

    @Override
    String url() {
        return Databases.sqlite(home);
    }
}
