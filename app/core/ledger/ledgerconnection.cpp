#include "ledgerconnection.h"

LedgerConnection LedgerConnection::fromEnvironment(QString url)
{
    return { std::move(url), qEnvironmentVariable(PasswordVariable) };
}

std::optional<LedgerUrl> LedgerConnection::parse(QString *error) const
{
    std::optional<LedgerUrl> parsed = LedgerUrl::parse(url, error);
    if (parsed && parsed->driver == LedgerUrl::Driver::MySql)
        parsed->password = password;
    return parsed;
}

QString LedgerConnection::redacted() const
{
    const std::optional<LedgerUrl> parsed = LedgerUrl::parse(url, nullptr);
    return parsed ? parsed->redacted() : QString();
}
