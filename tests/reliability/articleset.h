#pragma once

#include <QString>
#include <QStringList>

namespace Faultline::Testing {

// Writes count distinct, event-rich English articles (plain text, a few KB
// each, with dated sentences about varied actors) into folder; the same seed
// gives the same files. Returns their paths in import (sorted) order.
QStringList writeArticleSet(const QString &folder, int count, quint32 seed);

} // namespace Faultline::Testing
