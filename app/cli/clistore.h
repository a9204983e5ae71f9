// What the commands over the resolution store share: the --store option and opening the store it names.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

class ReconStore;
struct StoreLocation;

namespace CliStore {
/// --store URL: empty for the local store, sqlite:///path, or mysql://user@host/db (team).
QCommandLineOption option();
/// --store, else PAYRECON_STORE_URL / the settings / the local store, with its password (CliSecrets::storeLocation).
StoreLocation location(const QCommandLineParser &parser);
/// Opens location(); prints the error and returns false.
bool open(const QCommandLineParser &parser, ReconStore &store);
/// Parses \a arguments; on a usage error prints it and returns 2, on --help prints the help and returns 0,
/// otherwise returns -1 (go on).
int parse(QCommandLineParser &parser, const QStringList &arguments, const char *command);
} // namespace CliStore
