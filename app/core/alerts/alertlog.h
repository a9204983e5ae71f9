// The payrecon.alerts logging category, shared by the monitor, the outbox and the Discord delivery.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAlerts)
