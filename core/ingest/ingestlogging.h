#pragma once

#include <QLoggingCategory>

namespace Faultline {
// faultline.import: the readers in core/ingest
Q_DECLARE_LOGGING_CATEGORY(lcIngest)
} // namespace Faultline
