#include "memorysecretstore.h"

#include <QCoreApplication>

namespace {
QString unavailableText()
{
    return QCoreApplication::translate("MemorySecretStore", "No keychain service is available.");
}
} // namespace

bool MemorySecretStore::isAvailable(QString *why)
{
    const std::lock_guard lock(m_mutex);
    if (!m_available && why)
        *why = unavailableText();
    return m_available;
}

std::optional<QString> MemorySecretStore::read(const QString &key, QString *error)
{
    const std::lock_guard lock(m_mutex);
    if (!m_available) {
        if (error)
            *error = unavailableText();
        return std::nullopt;
    }
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

bool MemorySecretStore::write(const QString &key, const QString &value, QString *error)
{
    const std::lock_guard lock(m_mutex);
    if (!m_available) {
        if (error)
            *error = unavailableText();
        return false;
    }
    m_entries.insert(key, value);
    return true;
}

bool MemorySecretStore::remove(const QString &key, QString *error)
{
    const std::lock_guard lock(m_mutex);
    if (!m_available) {
        if (error)
            *error = unavailableText();
        return false;
    }
    m_entries.remove(key);
    return true;
}

void MemorySecretStore::setAvailable(bool available)
{
    const std::lock_guard lock(m_mutex);
    m_available = available;
}

QHash<QString, QString> MemorySecretStore::entries() const
{
    const std::lock_guard lock(m_mutex);
    return m_entries;
}
