// The payrecon.publish logging category, shared by the Elasticsearch client, bootstrap, outbox and publisher.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPublish)
