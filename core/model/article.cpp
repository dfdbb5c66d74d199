#include "core/model/article.h"

#include <QCryptographicHash>

namespace Faultline {

QString Article::hashText(const QString &text)
{
    // Whitespace differences (line endings, re-wrapping) do not make a new article.
    const QString normalised = text.simplified();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Faultline
