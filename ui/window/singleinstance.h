// One PayRecon window per user session: a second launch hands over to the first (which comes to the front)
// and exits, so two windows never reconcile, publish or alert from the same store at once.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// key names the instance slot; the default is per user, so other users' sessions are independent.
    explicit SingleInstance(QString key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Becomes the primary instance, or, when another one answers, asks it to come forward. Returns true
    /// when this process is the primary and should run; false when it should exit.
    bool claimOrActivate(int timeoutMs = 2000);

    static QString defaultKey();

signals:
    /// Another launch asked this (primary) instance to show its window.
    void activationRequested();

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
};
