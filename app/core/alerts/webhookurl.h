// The Discord webhook URL is a secret (anyone holding it can post): checks and a masked form for display.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace WebhookUrl {
/// https:// required; plain http:// only to a loopback host (tests, a local relay). *error names the problem
/// without repeating the URL.
bool isValid(const QString &url, QString *error);
/// https://discord.com/api/webhooks/1234…/**** — safe for the settings dialog and status lines.
QString masked(const QString &url);
/// The URL to POST to: ?wait=true added (so Discord answers after storing the message), other
/// parameters such as thread_id kept.
QUrl executeUrl(const QString &url);
} // namespace WebhookUrl
