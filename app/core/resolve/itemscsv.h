// Open items with their resolutions as CSV for Excel (a run's discrepancy list, or everything still open).
#pragma once

#include "openitem.h"

#include <QIODevice>
#include <QStringList>
#include <vector>

namespace ItemsCsv {
QStringList header(); ///< translated (context "ItemsCsv")
bool write(QIODevice &out, const std::vector<OpenItem> &items);
} // namespace ItemsCsv
