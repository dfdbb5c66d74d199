#include "core/query/tooltiptext.h"

namespace Faultline {

QString ToolTipText::fromPlainText(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    // The span makes the tooltip rich text, whose entities show as the literal
    // characters; pre-wrap keeps line breaks and spaces as in the plain text.
    return QStringLiteral("<span style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
           + QStringLiteral("</span>");
}

} // namespace Faultline
