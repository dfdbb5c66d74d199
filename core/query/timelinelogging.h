#pragma once

#include <QLoggingCategory>

// The logging category of the timeline queries in core/query: faultline.query.
Q_DECLARE_LOGGING_CATEGORY(lcTimelineQuery)
