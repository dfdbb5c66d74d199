#pragma once

#include <QLoggingCategory>

// The logging category of core/store: faultline.store.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
