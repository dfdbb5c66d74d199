#include "core/ingest/ingestlogging.h"

namespace Faultline {
Q_LOGGING_CATEGORY(lcIngest, "faultline.import")
} // namespace Faultline
