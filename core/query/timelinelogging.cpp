#include "core/query/timelinelogging.h"

Q_LOGGING_CATEGORY(lcTimelineQuery, "faultline.query")
