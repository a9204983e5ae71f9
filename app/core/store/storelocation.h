// Where PayRecon's own store is and the password that opens it: a SQLite file (no password) or the team's
// MySQL/MariaDB database. The edges (the window's start, a CLI command) resolve it once and hand it to whatever
// opens the store, so nothing below them reads a password from the environment or a process-wide default, and two
// stores with different passwords can be open in one process.
#pragma once

#include <QString>

struct StoreLocation final
{
    /// The team store's own password variable; SecretResolver reads it (over the keychain's store/password) for the
    /// edges. The ledger's password is never used for the store.
    static constexpr char PasswordVariable[] = "PAYRECON_STORE_PASSWORD";

    /// A SQLite file path, sqlite:///path, or mysql://user@host[:port]/db[?socket=…]; never a password.
    QString location;
    QString password {}; ///< MySQL only; never logged, never part of a message

    bool isEmpty() const { return location.isEmpty(); }
    /// A mysql:// location: the team's shared store.
    bool isMySql() const;
    bool isTeam() const { return isMySql(); }
    bool isSqlite() const { return !isMySql(); }
    /// Someone wrote a password into the location ("user:secret@"); opening refuses it.
    bool hasPasswordInLocation() const;
    /// The location fit for a message: a password written into it is masked. Never the password field.
    QString redacted() const;
    /// The same store, whatever password each holds.
    bool sameStoreAs(const StoreLocation &other) const { return location == other.location; }
};
