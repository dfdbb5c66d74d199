#include "core/store/storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "faultline.store", QtWarningMsg)
