// A ledger to open: its URL and the MySQL password that goes with it. The edges (payrecon-cli, the window) build
// one and hand it down, so nothing below them reads a password from the environment or keeps one of its own.
#pragma once

#include "ledger/ledgerurl.h"

#include <QString>
#include <optional>

struct LedgerConnection final
{
    /// Where payrecon-cli finds the ledger's password, so it never lands in shell history or logs.
    static constexpr char PasswordVariable[] = "PAYRECON_LEDGER_PASSWORD";

    QString url; ///< sqlite:///… or mysql://user@host[:port]/database; never holds the password
    QString password {}; ///< MySQL only; never logged, never part of a message

    /// For the edges only (a CLI command): \a url with the password PAYRECON_LEDGER_PASSWORD holds, taken as set
    /// (not trimmed; empty when unset).
    static LedgerConnection fromEnvironment(QString url);

    bool isEmpty() const { return url.isEmpty(); }
    /// The URL parsed as LedgerUrl::parse does, with password() in it for a MySQL ledger.
    std::optional<LedgerUrl> parse(QString *error) const;
    /// For messages and logs: the canonical URL without password, empty when it does not parse.
    QString redacted() const;
};
