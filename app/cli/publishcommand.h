// `payrecon-cli publish`: drains the Elasticsearch outbox; also the publishing half of `reconcile --publish`.
#pragma once

#include <QDate>
#include <QStringList>

struct ReconOutcome;
struct EsConfig;
struct StoreLocation;

namespace PublishCommand {
/// Exit codes: 0 everything in the outbox acknowledged, 1 something left pending or failed, 2 bad configuration
/// or an unusable store.
int run(const QStringList &arguments);

/// Loads the Elasticsearch settings and environment; prints the problem and returns false when unusable.
bool loadConfig(EsConfig *config);
/// `reconcile --publish`: records the run's documents in the outbox (one transaction), then drains it.
/// Returns an exit code as run() does.
/// \a store: the store holding the outbox, with its password (the configured store unless --store names another).
int enqueueAndPublish(
    const EsConfig &config, const ReconOutcome &outcome, const QDate &runDate, bool quiet, const StoreLocation &store);
} // namespace PublishCommand
